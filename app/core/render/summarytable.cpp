// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarytable.h"

#include "sectionwriter.h"
#include "summarysections.h"
#include "textwrap.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
const QString indent = u"  "_s;
// A text column wider than this is cut with an ellipsis: a long domain would push the numbers
// off a terminal. CSV and JSON keep every label whole.
constexpr qsizetype maximumTextColumn = 36;

QString cut(const QString &cell)
{
    return cell.size() > maximumTextColumn ? cell.left(maximumTextColumn - 1) + QChar(0x2026) : cell;
}

QString markdownCell(const QString &cell)
{
    // A line break would end the table row.
    return SectionWriter::markdownEscaped(cell).replace(u'\n', u' ');
}

QString omittedLine(int omitted)
{
    return u"\u2026 and %1 more"_s.arg(SummarySections::count(omitted));
}
} // namespace

SummaryTable SummaryTable::grouping(const Summary &summary, const SummaryGroup &group)
{
    SummaryTable table;
    table.id = Summary::groupingId(group.grouping);
    table.heading = Summary::groupingTitle(group.grouping);
    table.columns = {u"Label"_s, u"Key"_s, u"Replies"_s, u"Share"_s, u"Hard"_s, u"Soft"_s, u"Addresses"_s};
    table.numeric = {false, false, true, true, true, true, true};
    if (group.rows.isEmpty()) {
        table.note = u"No replies."_s;
    }
    const qsizetype shown = std::min<qsizetype>(group.rows.size(), maximumRows);
    for (qsizetype i = 0; i < shown; ++i) {
        const SummaryRow &row = group.rows.at(i);
        table.rows.append({{row.label, row.key, SummarySections::count(row.replies),
                               SummarySections::percent(row.replies, summary.replies.size()) + u'%',
                               SummarySections::count(row.hard), SummarySections::count(row.soft),
                               SummarySections::count(row.addresses)},
            row.entry, -1});
    }
    table.omitted = int(group.rows.size() - shown);
    return table;
}

SummaryTable SummaryTable::timeline(const Summary &summary)
{
    const SummaryTimeline &timeline = summary.timeline;
    if (timeline.bucketSeconds <= 0) {
        return {};
    }
    SummaryTable table;
    table.id = u"timeline"_s;
    table.heading = u"Over time"_s;
    table.note = u"%1 of %2 replies carry a time; each row is %3 from its start. Other: failures no "
                 u"reason was found for."_s.arg(SummarySections::count(timeline.timed),
                     SummarySections::count(summary.replies.size()),
                     SummarySections::durationLabel(timeline.bucketSeconds));
    table.columns = {u"Start"_s, u"Replies"_s, u"Delivered"_s, u"Soft"_s, u"Hard"_s, u"Other"_s};
    table.numeric = {false, true, true, true, true, true};
    int largest = 0;
    for (const SummaryTimeBucket &bucket : timeline.buckets) {
        largest = std::max(largest, bucket.replies);
    }
    for (const SummaryTimeBucket &bucket : timeline.buckets) {
        // Any reply at all shows as one mark, so a quiet bucket never looks empty.
        const int bar = largest == 0 ? 0
                                     : std::max(bucket.replies > 0 ? 1 : 0,
                                         int(std::lround(double(bucket.replies) * barWidth / largest)));
        table.rows.append(
            {{SummarySections::bucketLabel(bucket.start), SummarySections::count(bucket.replies),
                 SummarySections::count(bucket.delivered), SummarySections::count(bucket.soft),
                 SummarySections::count(bucket.hard), SummarySections::count(bucket.otherFailures)},
                {}, bar});
    }
    return table;
}

QString SummaryTable::text() const
{
    QList<qsizetype> widths;
    for (const QString &column : columns) {
        widths.append(column.size());
    }
    for (const Row &row : rows) {
        for (qsizetype c = 0; c < row.cells.size() && c < widths.size(); ++c) {
            widths[c] = std::max(widths.at(c), cut(row.cells.at(c)).size());
        }
    }
    const auto line = [&](const QStringList &cells, int bar) {
        QStringList parts;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const QString cell = cut(cells.value(c));
            parts.append(
                numeric.value(c) ? cell.rightJustified(widths.at(c)) : cell.leftJustified(widths.at(c)));
        }
        QString result = indent + parts.join(u"  "_s);
        if (bar >= 0) {
            result += u"  "_s + QString(bar, u'#');
        }
        // A left-aligned last column pads with spaces nobody needs.
        while (result.endsWith(u' ')) {
            result.chop(1);
        }
        return result;
    };
    QStringList lines {heading};
    if (!note.isEmpty()) {
        lines.append(TextWrap::wrap(note, SectionWriter::textWidth, indent, indent));
    }
    if (!rows.isEmpty()) {
        lines.append(line(columns, -1));
        for (const Row &row : rows) {
            lines.append(line(row.cells, row.bar));
        }
    }
    if (omitted > 0) {
        lines.append(indent + omittedLine(omitted));
    }
    return lines.join(u'\n');
}

QString SummaryTable::markdown(int headingLevel) const
{
    QStringList blocks {QString(headingLevel, u'#') + u' ' + SectionWriter::markdownEscaped(heading)};
    if (!note.isEmpty()) {
        blocks.append(SectionWriter::markdownEscaped(note));
    }
    if (!rows.isEmpty()) {
        QStringList header;
        QStringList rule;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            header.append(markdownCell(columns.at(c)));
            rule.append(numeric.value(c) ? u"---:"_s : u"---"_s);
        }
        QStringList lines {
            u"| "_s + header.join(u" | "_s) + u" |"_s, u"| "_s + rule.join(u" | "_s) + u" |"_s};
        for (const Row &row : rows) {
            QStringList cells;
            for (const QString &cell : row.cells) {
                cells.append(markdownCell(cell));
            }
            lines.append(u"| "_s + cells.join(u" | "_s) + u" |"_s);
        }
        blocks.append(lines.join(u'\n'));
    }
    if (omitted > 0) {
        blocks.append(SectionWriter::markdownEscaped(omittedLine(omitted)));
    }
    return blocks.join(u"\n\n"_s);
}

QString SummaryTable::html(int headingLevel) const
{
    QString html
        = u"<h%1>"_s.arg(headingLevel) + SectionWriter::htmlText(heading) + u"</h%1>"_s.arg(headingLevel);
    if (!note.isEmpty()) {
        html += u"<p>"_s + SectionWriter::htmlText(note) + u"</p>"_s;
    }
    const auto align = [this](qsizetype column) {
        return numeric.value(column) ? u" align=\"right\""_s : u" align=\"left\""_s;
    };
    if (!rows.isEmpty()) {
        html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>"_s;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            html += u"<th"_s + align(c) + u'>' + SectionWriter::htmlText(columns.at(c)) + u"</th>"_s;
        }
        html += u"</tr>"_s;
        for (const Row &row : rows) {
            html += u"<tr>"_s;
            for (qsizetype c = 0; c < row.cells.size(); ++c) {
                const QString &cell = row.cells.at(c);
                const QString shown = c == 0 && !row.entry.isEmpty()
                    ? SectionWriter::htmlCodeLink(row.entry, u"Opens "_s + row.entry, cell)
                    : SectionWriter::htmlText(cell);
                html += u"<td"_s + align(c) + u'>' + shown + u"</td>"_s;
            }
            html += u"</tr>"_s;
        }
        html += u"</table>"_s;
    }
    if (omitted > 0) {
        html += u"<p>"_s + SectionWriter::htmlText(omittedLine(omitted)) + u"</p>"_s;
    }
    return html;
}

} // namespace SmtpCodes
