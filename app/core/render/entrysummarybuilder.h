// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entrysummary.h"
#include "knowledgebase.h"

namespace SmtpCodes {

// Builds the summary an entry opens with. What to do follows from the class alone (RFC 5321
// §4.2.1, RFC 3463 §2); who acts from the subject of an enhanced code (RFC 3463 §2), and is
// left out where the subject names nobody (X.0, X.5) or for a basic code.
class EntrySummaryBuilder
{
public:
    explicit EntrySummaryBuilder(const KnowledgeBase &base);

    EntrySummary build(const Lookup &lookup) const;

    // The first sentence of a description; two when the first only says where the code is
    // defined ("Registered by RFC 7372.").
    static QString shortMeaning(const QString &description);
    // "not-needed", "continue", "later", "not-unchanged", "depends-on-class"
    static QString retryId(EntrySummary::Retry retry);
    // Who can remove the cause of a failure reported with this enhanced subject digit.
    static QString whoActs(int subject);

    // At most this many related codes stand in for a missing distinction.
    static constexpr qsizetype seeAlsoLimit = 5;

private:
    void addLinks(const Lookup &lookup, EntrySummary &summary) const;

    const KnowledgeBase &m_base;
};

} // namespace SmtpCodes
