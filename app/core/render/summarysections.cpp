// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarysections.h"

#include "explanationsections.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
QString plural(qint64 number, const QString &one, const QString &many)
{
    return SummarySections::count(number) + u' ' + (number == 1 ? one : many);
}

QString inputsLabel(const QStringList &inputs)
{
    return inputs.size() == 1 ? inputs.first() : plural(inputs.size(), u"file"_s, u"files"_s);
}

// Replies that neither were delivered nor bounced: 3xx, and failures no reason could be given.
qint64 otherReplies(const Summary &summary)
{
    return std::max<qint64>(0, summary.replies.size() - summary.delivered - summary.soft - summary.hard);
}

SummarySections::Block sectionBlock(int depth, Section section)
{
    SummarySections::Block block;
    block.depth = depth;
    block.section = std::move(section);
    return block;
}

SummarySections::Block tableBlock(SummaryTable table)
{
    SummarySections::Block block;
    block.table = std::move(table);
    return block;
}
} // namespace

QString SummarySections::count(qint64 number)
{
    // The C locale, whose digits and separator do not change with the user's; it omits group
    // separators unless told otherwise.
    static const QLocale locale = [] {
        QLocale c = QLocale::c();
        c.setNumberOptions(QLocale::DefaultNumberOptions);
        return c;
    }();
    return locale.toString(number);
}

QString SummarySections::percent(qint64 part, qint64 whole, int decimals)
{
    return QString::number(whole > 0 ? 100.0 * double(part) / double(whole) : 0.0, 'f', decimals);
}

QString SummarySections::bucketLabel(qint64 start)
{
    return QDateTime::fromSecsSinceEpoch(start, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s);
}

QString SummarySections::bucketIso(qint64 start)
{
    return QDateTime::fromSecsSinceEpoch(start, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

QString SummarySections::durationLabel(qint64 seconds)
{
    if (seconds > 0 && seconds % 86400 == 0) {
        return plural(seconds / 86400, u"day"_s, u"days"_s);
    }
    if (seconds > 0 && seconds % 3600 == 0) {
        return plural(seconds / 3600, u"hour"_s, u"hours"_s);
    }
    if (seconds > 0 && seconds % 60 == 0) {
        return plural(seconds / 60, u"minute"_s, u"minutes"_s);
    }
    return plural(seconds, u"second"_s, u"seconds"_s);
}

QString SummarySections::headline(const Summary &summary)
{
    const qsizetype replies = summary.replies.size();
    const QString where = summary.inputs.isEmpty() ? QString() : u" in "_s + inputsLabel(summary.inputs);
    const QString cancelled = summary.cancelled ? u" (cancelled: what was read so far)"_s : QString();
    if (replies == 0) {
        return u"No reply found"_s + where + cancelled + u'.';
    }
    QStringList parts {
        count(summary.delivered) + u" delivered"_s,
        plural(summary.soft, u"soft bounce"_s, u"soft bounces"_s),
        plural(summary.hard, u"hard bounce"_s, u"hard bounces"_s),
    };
    if (const qint64 other = otherReplies(summary); other > 0) {
        parts.append(count(other) + u" other"_s);
    }
    return plural(replies, u"reply"_s, u"replies"_s) + where + cancelled + u": "_s + parts.join(u", "_s);
}

Section SummarySections::totals(const Summary &summary)
{
    Section section;
    section.id = u"totals"_s;
    section.heading = u"Totals"_s;
    section.bullets = {
        u"Replies: "_s + count(summary.replies.size()),
        u"Delivered: "_s + count(summary.delivered),
        u"Temporary failures (4xx): "_s + count(summary.temporary),
        u"Permanent failures (5xx): "_s + count(summary.permanent),
        u"Hard bounces (the address is bad): "_s + count(summary.hard),
        u"Soft bounces (this message failed): "_s + count(summary.soft),
        u"Distinct addresses: "_s + count(summary.addresses),
        u"Mails: "_s + count(summary.mails),
        u"Lines: "_s + count(summary.lines),
        u"Problems: "_s + count(summary.problems.size()),
    };
    return section;
}

QString SummarySections::entryTitle(const SummaryCause &cause)
{
    const ExplainedReply &example = cause.example;
    if (example.providerResponse && example.providerResponse->key() == cause.entry) {
        return example.providerResponse->title;
    }
    if (example.reason && example.reason->id == cause.entry) {
        return example.reason->title;
    }
    for (const Lookup *lookup : {&example.enhanced, &example.basic}) {
        // The cause may name the code as written ("5.1.1") or its entry ("X.1.1").
        if (*lookup && (lookup->code == cause.entry || lookup->entry->code == cause.entry)) {
            return lookup->entry->title;
        }
    }
    return {};
}

QList<SummarySections::Block> SummarySections::causes(const Summary &summary)
{
    Section intro;
    intro.id = u"causes"_s;
    intro.heading = u"What to fix first"_s;
    intro.paragraphs
        = {summary.causes.isEmpty() ? u"No failure to fix."_s
                                    : u"The failures one fix answers, the most replies first."_s};
    QList<Block> result {sectionBlock(0, intro)};
    for (qsizetype i = 0; i < summary.causes.size(); ++i) {
        const SummaryCause &cause = summary.causes.at(i);
        Section about;
        about.id = u"cause"_s;
        about.heading = u"%1. %2"_s.arg(i + 1).arg(cause.title);
        about.paragraphs = {u"%1 to %2: %3, %4."_s.arg(plural(cause.replies, u"reply"_s, u"replies"_s),
            plural(cause.addresses, u"address"_s, u"addresses"_s),
            plural(cause.hard, u"hard bounce"_s, u"hard bounces"_s),
            plural(cause.soft, u"soft bounce"_s, u"soft bounces"_s))};
        if (!cause.entry.isEmpty()) {
            about.codes = {{cause.entry, entryTitle(cause), {}, {}}};
        }
        result.append(sectionBlock(1, about));
        if (Section advice = ExplanationSections::advice(cause.example); !advice.isEmpty()) {
            result.append(sectionBlock(2, advice));
        }
    }
    return result;
}

Section SummarySections::hardBounces(const Summary &summary)
{
    Section section;
    section.id = u"hardBounces"_s;
    section.heading = u"Hard-bounced addresses"_s;
    section.paragraphs = {
        u"%1 hard-bounced: the address is bad and will stay so. smtp-codes --hard-bounces with the same "
        u"inputs lists them, one a line, for a suppression list."_s.arg(
            plural(summary.hardBounced.size(), u"address"_s, u"addresses"_s)),
    };
    return section;
}

Section SummarySections::problems(const Summary &summary)
{
    Section section;
    section.id = u"problems"_s;
    section.heading = u"Problems"_s;
    section.paragraphs = {u"What could not be read; the rest is summarised."_s};
    section.bullets = summary.problems;
    return section;
}

QList<SummarySections::Block> SummarySections::blocks(const Summary &summary)
{
    QList<Block> result {sectionBlock(0, totals(summary))};
    result.append(causes(summary));
    for (const SummaryGroup &group : summary.groups) {
        result.append(tableBlock(SummaryTable::grouping(summary, group)));
    }
    if (SummaryTable timeline = SummaryTable::timeline(summary); !timeline.isEmpty()) {
        result.append(tableBlock(std::move(timeline)));
    }
    if (!summary.hardBounced.isEmpty()) {
        result.append(sectionBlock(0, hardBounces(summary)));
    }
    if (!summary.problems.isEmpty()) {
        result.append(sectionBlock(0, problems(summary)));
    }
    return result;
}

} // namespace SmtpCodes
