// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explanation.h"
#include "explanationsections.h"

#include <QJsonArray>

namespace SmtpCodes {

// Renders an Explanation for the window, the clipboard and the terminal, from one list of
// sections (ExplanationSections): mails, their recipients, the replies and what to do.
class ExplanationRenderer
{
public:
    QString headline(const Explanation &explanation) const;

    QString toText(const Explanation &explanation) const;
    QString toMarkdown(const Explanation &explanation) const;
    QString toHtml(const Explanation &explanation) const;
    // An array with an object per reply: {line, basic, enhanced, command, text, verdict,
    // verdictLabel, verdictBasis, warnings, entries, recipient, originalRecipient, action,
    // status, reportingMta, remoteMta, source, message}; see the README.
    QJsonArray toJson(const Explanation &explanation) const;

private:
    // Markdown heading level of a block: replies of a plain paste at level 2, as before mails.
    static int markdownLevel(const Explanation &explanation, ExplanationSections::Depth depth);

    ExplanationSections m_sections;
};

} // namespace SmtpCodes
