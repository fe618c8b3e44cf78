// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summary.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpCodes {

// A table of a summary, independent of the output format: the rows of one grouping or the
// buckets of the timeline, as cells that text, Markdown and HTML lay out alike. A grouping
// shows its first maximumRows rows and says how many more there are; CSV and JSON carry all.
struct SummaryTable
{
    static constexpr int maximumRows = 15;
    // The widest bar of the timeline's text, for the bucket with the most replies: with the
    // columns before it, a row fits 80 columns.
    static constexpr int barWidth = 20;

    struct Row
    {
        QStringList cells; // one per column, numbers already formatted
        QString entry; // the entry the first cell opens; empty when none
        int bar = -1; // the text's '#' bar in characters; -1: no bar column
    };

    static SummaryTable grouping(const Summary &summary, const SummaryGroup &group);
    // The timeline's buckets; an empty table (no columns) when no reply carried a time.
    static SummaryTable timeline(const Summary &summary);

    bool isEmpty() const { return columns.isEmpty(); }
    // Aligned columns under the heading, indented like a section's body.
    QString text() const;
    QString markdown(int headingLevel) const;
    // Every cell escaped; a row's first cell links to its entry ("code:" URL).
    QString html(int headingLevel) const;

    QString id; // "reason", "timeline"
    QString heading;
    QString note; // a sentence under the heading; empty when none
    QStringList columns;
    QList<bool> numeric; // per column: right-aligned
    QList<Row> rows;
    int omitted = 0; // the grouping's rows past maximumRows
};

} // namespace SmtpCodes
