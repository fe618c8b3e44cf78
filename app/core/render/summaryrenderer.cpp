// SPDX-License-Identifier: GPL-3.0-or-later
#include "summaryrenderer.h"

#include "explanationsections.h"
#include "sectionwriter.h"
#include "summarysections.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// A share as JSON and CSV give it: a percentage rounded to two decimals.
double share(qint64 part, qint64 whole)
{
    return whole > 0 ? std::round(10000.0 * double(part) / double(whole)) / 100.0 : 0.0;
}

// RFC 4180 §2: a field with a comma, a quote or a line break is quoted, its quotes doubled.
QString csvField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r')) {
        return field;
    }
    return u'"' + QString(field).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields) {
        quoted.append(csvField(field));
    }
    return quoted.join(u',') + u"\r\n"_s;
}

QJsonArray groupJson(const Summary &summary, const SummaryGroup &group)
{
    QJsonArray rows;
    for (const SummaryRow &row : group.rows) {
        rows.append(QJsonObject {
            {u"key"_s, stringOrNull(row.key)},
            {u"label"_s, row.label},
            {u"entry"_s, stringOrNull(row.entry)},
            {u"replies"_s, row.replies},
            {u"share"_s, share(row.replies, summary.replies.size())},
            {u"hard"_s, row.hard},
            {u"soft"_s, row.soft},
            {u"addresses"_s, row.addresses},
        });
    }
    return rows;
}

QJsonArray causesJson(const Summary &summary)
{
    QJsonArray causes;
    for (const SummaryCause &cause : summary.causes) {
        const Section advice = ExplanationSections::advice(cause.example);
        causes.append(QJsonObject {
            {u"title"_s, cause.title},
            {u"entry"_s, stringOrNull(cause.entry)},
            {u"replies"_s, cause.replies},
            {u"addresses"_s, cause.addresses},
            {u"hard"_s, cause.hard},
            {u"soft"_s, cause.soft},
            {u"adviceHeading"_s, stringOrNull(advice.heading)},
            {u"advice"_s, stringOrNull(advice.paragraphs.join(u"\n\n"_s))},
        });
    }
    return causes;
}

QJsonObject timelineJson(const SummaryTimeline &timeline)
{
    QJsonArray buckets;
    for (const SummaryTimeBucket &bucket : timeline.buckets) {
        buckets.append(QJsonObject {
            {u"start"_s, SummarySections::bucketIso(bucket.start)},
            {u"replies"_s, bucket.replies},
            {u"delivered"_s, bucket.delivered},
            {u"soft"_s, bucket.soft},
            {u"hard"_s, bucket.hard},
            {u"otherFailures"_s, bucket.otherFailures},
        });
    }
    return {{u"bucketSeconds"_s, double(timeline.bucketSeconds)}, {u"timed"_s, timeline.timed},
        {u"buckets"_s, buckets}};
}
} // namespace

QString SummaryRenderer::headline(const Summary &summary) const
{
    return SummarySections::headline(summary);
}

QString SummaryRenderer::toText(const Summary &summary) const
{
    QStringList blocks {headline(summary)};
    for (const SummarySections::Block &block : SummarySections::blocks(summary)) {
        blocks.append(block.table.isEmpty() ? SectionWriter::text(block.section) : block.table.text());
    }
    return blocks.join(u"\n\n"_s) + u'\n';
}

QString SummaryRenderer::toMarkdown(const Summary &summary) const
{
    QStringList blocks {u"# "_s + SectionWriter::markdownEscaped(headline(summary))};
    for (const SummarySections::Block &block : SummarySections::blocks(summary)) {
        const int level = 2 + block.depth;
        blocks.append(block.table.isEmpty() ? SectionWriter::markdown(block.section, level)
                                            : block.table.markdown(level));
    }
    return blocks.join(u"\n\n"_s) + u'\n';
}

QString SummaryRenderer::toHtml(const Summary &summary) const
{
    QString html = u"<p><i>"_s + SectionWriter::htmlText(headline(summary)) + u"</i></p>"_s;
    for (const SummarySections::Block &block : SummarySections::blocks(summary)) {
        const int level = 3 + block.depth;
        html += block.table.isEmpty() ? SectionWriter::html(block.section, level) : block.table.html(level);
    }
    return html;
}

QString SummaryRenderer::toCsv(const Summary &summary) const
{
    const qint64 all = summary.replies.size();
    const auto number = [](qint64 value) { return QString::number(value); };
    const auto shareText = [all](qint64 part) { return QString::number(share(part, all), 'f', 2); };
    QString csv = csvLine({u"grouping"_s, u"key"_s, u"label"_s, u"replies"_s, u"share"_s, u"hard"_s,
        u"soft"_s, u"addresses"_s});
    for (const SummaryGroup &group : summary.groups) {
        const QString grouping = Summary::groupingId(group.grouping);
        for (const SummaryRow &row : group.rows) {
            csv += csvLine({grouping, row.key, row.label, number(row.replies), shareText(row.replies),
                number(row.hard), number(row.soft), number(row.addresses)});
        }
    }
    if (summary.timeline.bucketSeconds > 0) {
        for (const SummaryTimeBucket &bucket : summary.timeline.buckets) {
            csv += csvLine({u"time"_s, SummarySections::bucketIso(bucket.start),
                SummarySections::bucketLabel(bucket.start), number(bucket.replies), shareText(bucket.replies),
                number(bucket.hard), number(bucket.soft), QString()});
        }
    }
    return csv;
}

QJsonObject SummaryRenderer::toJson(const Summary &summary) const
{
    QJsonObject groups;
    for (const SummaryGroup &group : summary.groups) {
        groups.insert(Summary::groupingId(group.grouping), groupJson(summary, group));
    }
    const QJsonObject totals {
        {u"replies"_s, int(summary.replies.size())},
        {u"delivered"_s, summary.delivered},
        {u"temporary"_s, summary.temporary},
        {u"permanent"_s, summary.permanent},
        {u"hard"_s, summary.hard},
        {u"soft"_s, summary.soft},
        {u"addresses"_s, summary.addresses},
    };
    return {
        {u"inputs"_s, QJsonArray::fromStringList(summary.inputs)},
        {u"problems"_s, QJsonArray::fromStringList(summary.problems)},
        {u"bytes"_s, double(summary.bytes)},
        {u"lines"_s, double(summary.lines)},
        {u"mails"_s, summary.mails},
        {u"cancelled"_s, summary.cancelled},
        {u"totals"_s, totals},
        {u"groups"_s, groups},
        {u"causes"_s, causesJson(summary)},
        {u"timeline"_s, timelineJson(summary.timeline)},
        {u"hardBounces"_s, QJsonArray::fromStringList(summary.hardBounced)},
    };
}

QString SummaryRenderer::hardBounces(const Summary &summary) const
{
    QString list;
    for (const QString &address : summary.hardBounced) {
        list += address + u'\n';
    }
    return list;
}

} // namespace SmtpCodes
