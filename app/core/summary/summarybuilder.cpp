// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarybuilder.h"

#include "timelinebuilder.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
bool failed(Verdict verdict)
{
    return verdict == Verdict::TemporaryFailure || verdict == Verdict::PermanentFailure;
}

// One fix answers the replies of one provider response, or of one reason (and variant) with
// one code.
QString causeKey(const ExplainedReply &reply)
{
    if (!failed(reply.verdict)) {
        return {};
    }
    if (reply.providerResponse) {
        return reply.providerResponse->key();
    }
    const QString code = reply.enhanced ? reply.enhanced.code
        : reply.basic                   ? reply.basic.code
                                        : reply.reply.codes();
    const QString reason = reply.reasonVariant ? reply.reasonVariant->title
        : reply.reason                         ? reply.reason->id
                                               : QString();
    return reason + u'|' + code;
}

QString causeTitle(const ExplainedReply &reply)
{
    if (reply.providerResponse) {
        return u"%1: %2"_s.arg(reply.provider->name, reply.providerResponse->title);
    }
    const QString code = reply.enhanced ? reply.enhanced.code : reply.reply.codes();
    const QString title = reply.reasonVariant ? reply.reasonVariant->title
        : reply.reason                        ? reply.reason->title
        : reply.enhanced                      ? reply.enhanced.entry->title
        : reply.basic                         ? reply.basic.entry->title
                                              : u"Failure"_s;
    return u"%1 (%2)"_s.arg(title, code);
}

struct Outcome
{
    QString key;
    QString label;
};

Outcome outcome(const SummaryReply &reply)
{
    if (reply.verdict == Verdict::Delivered) {
        return {u"delivered"_s, u"Delivered"_s};
    }
    if (reply.bounce == Bounce::Hard) {
        return {u"hard"_s, u"Hard bounce: the address is bad"_s};
    }
    if (reply.bounce == Bounce::Soft) {
        return {u"soft"_s, u"Soft bounce: this message failed"_s};
    }
    if (failed(reply.verdict)) {
        return {u"failed"_s, u"Failed, no reason told"_s};
    }
    return {u"other"_s, u"Other (3xx, no class)"_s};
}

SummaryRow row(const QString &key, const QString &label, const QString &entry = {})
{
    SummaryRow made;
    made.key = key;
    made.label = label;
    made.entry = entry;
    return made;
}

// The row of one reply in one grouping: key, label and the entry a click opens.
SummaryRow rowOf(SummaryGrouping grouping, const SummaryReply &reply)
{
    switch (grouping) {
    case SummaryGrouping::Outcome: {
        const Outcome found = outcome(reply);
        return row(found.key, found.label);
    }
    case SummaryGrouping::Reason:
        return reply.reason ? row(reply.reason->id, reply.reason->title, reply.reason->id)
                            : row({}, u"(no reason)"_s);
    case SummaryGrouping::Provider:
        return reply.provider ? row(reply.provider->id, reply.provider->name) : row({}, u"(not known)"_s);
    case SummaryGrouping::Basic:
        if (reply.basic.isEmpty()) {
            return row({}, u"(no basic code)"_s);
        }
        return row(reply.basic, reply.basicEntry ? reply.basicEntry->title : u"(unknown code)"_s,
            reply.basicEntry ? reply.basic : QString());
    case SummaryGrouping::Enhanced:
        if (reply.enhanced.isEmpty()) {
            return row({}, u"(no enhanced code)"_s);
        }
        if (reply.enhancedEntry) {
            return row(reply.enhanced, reply.enhancedEntry->title, reply.enhanced);
        }
        if (reply.response && !reply.response->enhanced.isEmpty()) {
            return row(reply.enhanced, reply.response->title, reply.response->key());
        }
        return row(reply.enhanced, u"(not in the IANA registry)"_s);
    case SummaryGrouping::Domain:
        break;
    }
    const QString domain = reply.domain();
    return reply.recipient.isEmpty() ? row({}, u"(no address)"_s) : row(domain, domain);
}

// The key alone, for the replies after a row's first: building the whole row for each reply
// and grouping is what a large summary would spend its time on.
QString keyOf(SummaryGrouping grouping, const SummaryReply &reply)
{
    switch (grouping) {
    case SummaryGrouping::Outcome:
        break;
    case SummaryGrouping::Reason:
        return reply.reason ? reply.reason->id : QString();
    case SummaryGrouping::Provider:
        return reply.provider ? reply.provider->id : QString();
    case SummaryGrouping::Basic:
        return reply.basic;
    case SummaryGrouping::Enhanced:
        return reply.enhanced;
    case SummaryGrouping::Domain:
        return reply.domain();
    }
    return rowOf(grouping, reply).key;
}

void countInto(SummaryRow &counted, const SummaryReply &reply, int index)
{
    ++counted.replies;
    counted.hard += reply.bounce == Bounce::Hard ? 1 : 0;
    counted.soft += reply.bounce == Bounce::Soft ? 1 : 0;
    counted.indexes.append(index);
}

// A pair of a row (or cause) and an address, to count distinct addresses per row in one set.
qint64 pairOf(qsizetype row, int address)
{
    return (qint64(row) << 32) | quint32(address);
}

template<typename Rows> void sortByReplies(Rows &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.replies != b.replies ? a.replies > b.replies : a.key < b.key;
    });
}
} // namespace

SummaryReply &SummaryPart::add(const ExplainedReply &reply)
{
    SummaryReply kept;
    kept.basic = reply.reply.basic;
    kept.enhanced = reply.reply.enhanced;
    kept.text = reply.reply.text.left(SummaryReply::maximumText);
    kept.recipient = reply.reply.recipient.toLower();
    kept.entry = reply.providerResponse ? reply.providerResponse->key()
        : reply.enhanced                ? reply.reply.enhanced
        : reply.basic                   ? reply.reply.basic
                                        : QString();
    kept.verdict = reply.verdict;
    kept.bounce = reply.bounce;
    kept.basicEntry = reply.basic.entry;
    kept.enhancedEntry = reply.enhanced.entry;
    kept.reason = reply.reason;
    kept.provider = reply.provider;
    kept.response = reply.providerResponse;
    const QString cause = causeKey(reply);
    if (!cause.isEmpty() && !examples.contains(cause)) {
        examples.insert(cause, reply);
    }
    causes.append(cause);
    replies.append(kept);
    return replies.last();
}

void SummaryBuilder::add(SummaryPart &&part, bool continuesFile)
{
    if (!continuesFile) {
        m_fileLines = 0;
        m_fileMails = 0;
    }
    for (SummaryReply &reply : part.replies) {
        reply.line += reply.line > 0 ? int(m_fileLines) : 0;
        reply.mail += reply.mail >= 0 ? m_fileMails : 0;
    }
    m_fileLines += part.lines;
    m_fileMails += part.mails;
    m_lines += part.lines;
    m_mails += part.mails;
    m_cancelled = m_cancelled || part.cancelled;
    m_replies.append(std::move(part.replies));
    m_causes.append(std::move(part.causes));
    for (auto it = part.examples.cbegin(); it != part.examples.cend(); ++it) {
        if (!m_examples.contains(it.key())) {
            m_examples.insert(it.key(), it.value());
        }
    }
}

Summary SummaryBuilder::finish(Summary summary)
{
    summary.lines += m_lines;
    summary.mails += m_mails;
    summary.cancelled = summary.cancelled || m_cancelled;
    summary.replies = std::move(m_replies);
    QHash<QString, int> addresses;
    QSet<QString> hard;
    m_addressIds.clear();
    m_addressIds.reserve(summary.replies.size());
    for (const SummaryReply &reply : std::as_const(summary.replies)) {
        summary.delivered += reply.verdict == Verdict::Delivered ? 1 : 0;
        summary.temporary += reply.verdict == Verdict::TemporaryFailure ? 1 : 0;
        summary.permanent += reply.verdict == Verdict::PermanentFailure ? 1 : 0;
        summary.hard += reply.bounce == Bounce::Hard ? 1 : 0;
        summary.soft += reply.bounce == Bounce::Soft ? 1 : 0;
        m_addressIds.append(-1);
        if (!reply.recipient.isEmpty()) {
            auto known = addresses.constFind(reply.recipient);
            if (known == addresses.cend()) {
                known = addresses.insert(reply.recipient, int(addresses.size()));
            }
            m_addressIds.last() = *known;
            if (reply.bounce == Bounce::Hard) {
                hard.insert(reply.recipient);
            }
        }
    }
    summary.addresses = int(addresses.size());
    summary.hardBounced = QStringList(hard.cbegin(), hard.cend());
    summary.hardBounced.sort();
    countGroups(summary);
    countCauses(summary);
    summary.timeline = TimelineBuilder::of(summary.replies);
    return summary;
}

void SummaryBuilder::countGroups(Summary &summary) const
{
    for (const SummaryGrouping grouping :
        {SummaryGrouping::Outcome, SummaryGrouping::Reason, SummaryGrouping::Provider, SummaryGrouping::Basic,
            SummaryGrouping::Enhanced, SummaryGrouping::Domain}) {
        SummaryGroup group;
        group.grouping = grouping;
        QHash<QString, qsizetype> rows;
        QSet<qint64> pairs;
        for (qsizetype i = 0; i < summary.replies.size(); ++i) {
            const SummaryReply &reply = summary.replies.at(i);
            const QString key = keyOf(grouping, reply);
            auto found = rows.constFind(key);
            if (found == rows.cend()) {
                found = rows.insert(key, group.rows.size());
                group.rows.append(rowOf(grouping, reply));
            }
            countInto(group.rows[*found], reply, int(i));
            if (const int address = m_addressIds.at(i);
                address >= 0 && !pairs.contains(pairOf(*found, address))) {
                pairs.insert(pairOf(*found, address));
                ++group.rows[*found].addresses;
            }
        }
        sortByReplies(group.rows);
        summary.groups.append(std::move(group));
    }
}

void SummaryBuilder::countCauses(Summary &summary) const
{
    QHash<QString, qsizetype> found;
    QSet<qint64> pairs;
    QList<SummaryCause> causes;
    for (qsizetype i = 0; i < summary.replies.size(); ++i) {
        const QString &key = m_causes.at(i);
        if (key.isEmpty()) {
            continue;
        }
        auto it = found.constFind(key);
        if (it == found.cend()) {
            const ExplainedReply &example = m_examples.value(key);
            it = found.insert(key, causes.size());
            causes.append({causeTitle(example), summary.replies.at(i).entry, 0, 0, 0, 0, example, {}});
        }
        SummaryCause &cause = causes[*it];
        const SummaryReply &reply = summary.replies.at(i);
        ++cause.replies;
        cause.hard += reply.bounce == Bounce::Hard ? 1 : 0;
        cause.soft += reply.bounce == Bounce::Soft ? 1 : 0;
        cause.indexes.append(int(i));
        if (const int address = m_addressIds.at(i); address >= 0 && !pairs.contains(pairOf(*it, address))) {
            pairs.insert(pairOf(*it, address));
            ++cause.addresses;
        }
    }
    std::stable_sort(causes.begin(), causes.end(),
        [](const SummaryCause &a, const SummaryCause &b) { return a.replies > b.replies; });
    summary.causes = causes.mid(0, Summary::maximumCauses);
}

} // namespace SmtpCodes
