// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explanation.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpCodes {

// One reply of a summarised input, as the summary keeps it: small enough that a 100 MB log's
// replies fit beside it, and enough to list the reply and open its entries.
struct SummaryReply
{
    QString basic; // "550"; empty when the reply had only an enhanced code
    QString enhanced; // "5.1.1"
    QString text; // the reply text, shortened to SummaryReply::maximumText characters
    QString recipient; // the address, lower case; empty when none could be told
    QString entry; // the key of its most specific entry: a provider response, else a code
    int file = -1; // index into Summary::inputs
    int line = 0; // 1-based line in its file; 0 when it came from a mail's parts
    int mail = -1; // 0-based number of the mail in its file; -1 for text
    qint64 time = -1; // seconds since 1970 its line or mail gives (see LogTimestamp); -1 unknown
    Verdict verdict = Verdict::Unknown;
    Bounce bounce = Bounce::None;
    const Entry *basicEntry = nullptr;
    const Entry *enhancedEntry = nullptr; // null when the code is not in the registry
    const BounceReason *reason = nullptr;
    const Provider *provider = nullptr;
    const ProviderResponse *response = nullptr;

    static constexpr qsizetype maximumText = 300;
    QString codes() const { return QStringList {basic, enhanced}.join(u' ').trimmed(); }
    QString domain() const { return recipient.section(u'@', -1); }
};

// What a summary counts its replies by.
enum class SummaryGrouping { Outcome, Reason, Provider, Basic, Enhanced, Domain };

// One row of a grouping: a reason, a provider, a code, a domain or an outcome, with its counts
// and the replies behind it.
struct SummaryRow
{
    QString key; // stable: "MailboxFull", "gmail", "550", "5.1.1", "example.com", "hard"; empty: none
    QString label; // "Mailbox full", "Gmail / Google Workspace", "User unknown", "(no address)"
    QString entry; // the entry a click opens: a reason, a code, a response; empty when none
    int replies = 0;
    int hard = 0;
    int soft = 0;
    int addresses = 0; // distinct recipient addresses among the replies
    QList<int> indexes; // into Summary::replies, in input order
};

struct SummaryGroup
{
    SummaryGrouping grouping = SummaryGrouping::Reason;
    QList<SummaryRow> rows; // most replies first, then by key
};

// A cause worth fixing: the failures one fix answers (one provider response, or one reason
// with one code), with a reply that shows it so that the renderers can give its advice.
struct SummaryCause
{
    QString title; // "Gmail / Google Workspace: The account does not exist"
    QString entry; // the entry that explains it
    int replies = 0;
    int addresses = 0;
    int hard = 0;
    int soft = 0;
    ExplainedReply example; // the first of its replies, whole
    QList<int> indexes;
};

// Replies over time, in equal buckets chosen so that the span needs at most maximumBuckets.
struct SummaryTimeBucket
{
    qint64 start = 0; // as SummaryReply::time
    int replies = 0;
    int delivered = 0;
    int soft = 0;
    int hard = 0;
    int otherFailures = 0; // 4xx and 5xx replies no reason could be given
};

struct SummaryTimeline
{
    static constexpr int maximumBuckets = 48;
    qint64 bucketSeconds = 0; // 0: no reply carried a time
    QList<SummaryTimeBucket> buckets;
    int timed = 0; // replies with a time
};

// What thousands of replies say together: counts by outcome, reason, provider, code and
// recipient domain, over time, the addresses that hard-bounced and the causes to fix first.
struct Summary
{
    static constexpr int maximumCauses = 10;

    QStringList inputs; // the files read, as named (a folder's files relative to it); "-" for stdin
    QStringList problems; // "a.eml: cannot be read (Permission denied)"; the rest is still summarised
    qint64 bytes = 0; // of the input
    qint64 lines = 0; // of the text inputs
    int mails = 0;
    QList<SummaryReply> replies; // in input order
    int delivered = 0;
    int temporary = 0; // 4xx
    int permanent = 0; // 5xx
    int hard = 0;
    int soft = 0;
    int addresses = 0; // distinct recipients
    QList<SummaryGroup> groups; // one per SummaryGrouping, in its order
    QList<SummaryCause> causes; // failures only, most replies first, at most maximumCauses
    QStringList hardBounced; // distinct addresses, sorted
    SummaryTimeline timeline;
    bool cancelled = false; // the user stopped it; what was read so far is summarised

    const SummaryGroup *group(SummaryGrouping grouping) const
    {
        for (const SummaryGroup &candidate : groups) {
            if (candidate.grouping == grouping) {
                return &candidate;
            }
        }
        return nullptr;
    }
    static QString groupingId(SummaryGrouping grouping); // "outcome", "reason", ...
    static QString groupingTitle(SummaryGrouping grouping); // "Outcome", "Reason", ...
};

} // namespace SmtpCodes
