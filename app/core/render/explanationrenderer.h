// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explanation.h"
#include "section.h"

#include <QJsonArray>

namespace SmtpCodes {

// Renders an Explanation for the window, the clipboard and the terminal, from one list of
// sections per reply.
class ExplanationRenderer
{
public:
    QString headline(const Explanation &explanation) const;
    QList<Section> sections(const ExplainedReply &reply, qsizetype index) const;

    QString toText(const Explanation &explanation) const;
    QString toMarkdown(const Explanation &explanation) const;
    QString toHtml(const Explanation &explanation) const;
    // An array of {line, basic, enhanced, command, text, verdict, verdictLabel, verdictBasis,
    // warnings, entries}; see the README.
    QJsonArray toJson(const Explanation &explanation) const;

private:
    static QString codesOf(const ParsedReply &reply);
};

} // namespace SmtpCodes
