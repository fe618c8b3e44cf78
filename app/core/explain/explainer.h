// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explanation.h"

#include <QHash>

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
    // A large paste repeats a few codes thousands of times; within one explain() each code is
    // resolved once.
    using LookupCache = QHash<QString, Lookup>;
    ExplainedReply explainReply(const ParsedReply &reply, LookupCache *cache) const;
    Lookup lookup(const QString &code, LookupCache *cache) const;

    const KnowledgeBase &m_base;
};

} // namespace SmtpCodes
