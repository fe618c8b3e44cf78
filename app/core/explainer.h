// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explanation.h"

namespace SmtpCodes {

// Explains pasted text: finds the replies (ReplyParser), links their codes to the knowledge
// base, and gives each a verdict with its RFC basis and warnings.
class Explainer
{
public:
    explicit Explainer(const KnowledgeBase &base);

    Explanation explain(QStringView text) const;
    ExplainedReply explainReply(const ParsedReply &reply) const;

    static QString verdictId(Verdict verdict);
    static QString verdictLabel(Verdict verdict);

private:
    const KnowledgeBase &m_base;
};

} // namespace SmtpCodes
