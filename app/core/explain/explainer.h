// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explainprogress.h"
#include "explanation.h"
#include "providermatcher.h"

#include <QHash>

namespace SmtpCodes {

// Explains pasted text: finds the replies (ReplyParser), links their codes to the knowledge
// base, and gives each a verdict with its RFC basis and warnings.
class Explainer
{
public:
    // Files larger than this are read only this far, with a warning (a 20 MB mbox is usual).
    static constexpr qsizetype maximumData = 64 * 1024 * 1024;

    explicit Explainer(const KnowledgeBase &base);

    // Pasted text: replies, a transcript, a log, or a whole mail or mbox pasted as text.
    Explanation explain(QStringView text, const ExplainProgress &progress = {}) const;
    // The bytes of a file or of standard input: a mail (.eml), an mbox, or text in UTF-8.
    // Mails are decoded by their own charsets; progress counts bytes.
    Explanation explainData(const QByteArray &data, const ExplainProgress &progress = {}) const;
    ExplainedReply explainReply(const ParsedReply &reply) const;

    static QString verdictId(Verdict verdict);
    static QString verdictLabel(Verdict verdict);

private:
    // A large paste repeats a few codes thousands of times; within one explain() each code is
    // resolved once.
    using LookupCache = QHash<QString, Lookup>;
    ExplainedReply explainReply(const ParsedReply &reply, LookupCache *cache) const;
    Lookup lookup(const QString &code, LookupCache *cache) const;
    Explanation explainText(QStringView text, const ExplainProgress &progress) const;
    // Mails decoded by MailReader; an empty explanation without message when data held none.
    Explanation explainMails(const QByteArray &data, const ExplainProgress &progress) const;
    void addReplies(Explanation &explanation, const QList<ParsedReply> &replies, LookupCache *cache) const;
    // Names the provider and its response, and gives the enhanced code's warnings: a code
    // outside the registry (a provider's own, when one is known), or a registered code the
    // provider uses with another meaning.
    void matchProvider(ExplainedReply &result) const;

    const KnowledgeBase &m_base;
    ProviderMatcher m_providers;
};

} // namespace SmtpCodes
