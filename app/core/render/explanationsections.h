// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explanation.h"
#include "section.h"

#include <QList>

namespace SmtpCodes {

// The sections of an explanation in reading order, each at its depth: a mail (its Subject,
// From, Date and writer), a recipient of it (action, status, MTAs), a reply about that
// recipient, and what to do about the reply. Text that is no mail and names no address gives
// replies only, as a paste of one reply should.
class ExplanationSections
{
public:
    enum Depth { Mail, Recipient, Reply, Fix };

    struct Block
    {
        Depth depth;
        Section section;
    };

    QString headline(const Explanation &explanation) const;
    QList<Block> blocks(const Explanation &explanation) const;
    // The sections of one reply (heading and verdict, then what to do); index counts from 0.
    QList<Section> replySections(const ExplainedReply &reply, qsizetype index) const;
    // What to do about reply (heading and paragraph), from the most specific knowledge that
    // matched; empty when nothing says. A summary gives each cause the advice of its example.
    static Section advice(const ExplainedReply &reply);
    // True when the output groups replies by mail and recipient.
    static bool isGrouped(const Explanation &explanation);

    // RFC 3464 §2.3.3, in a few words: "failed: not delivered, and it will not be retried".
    static QString actionLabel(const QString &action);
    static QString sourceId(ReplySource source);
    // "hard", "soft"; empty for Bounce::None.
    static QString bounceId(Bounce bounce);

private:
    Section mailSection(const Explanation &explanation, int mail) const;
    Section recipientSection(const RecipientResult &recipient) const;
};

} // namespace SmtpCodes
