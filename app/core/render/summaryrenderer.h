// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summary.h"

#include <QJsonObject>
#include <QString>

namespace SmtpCodes {

// Renders a Summary for the window, the clipboard, exported files and the terminal: the human
// outputs from one list of parts (SummarySections), CSV and JSON with every row, and the
// hard-bounced addresses alone for a suppression list.
class SummaryRenderer
{
public:
    // "12,627 replies in log10.txt: 10,100 delivered, 1,500 soft bounces, 1,000 hard bounces".
    QString headline(const Summary &summary) const;

    QString toText(const Summary &summary) const;
    QString toMarkdown(const Summary &summary) const;
    QString toHtml(const Summary &summary) const;
    // RFC 4180: the header grouping,key,label,replies,share,hard,soft,addresses, then a row per
    // row of every grouping, then a row per time bucket (grouping "time", key its ISO 8601
    // start, addresses empty). Lines end in CRLF; share is a percentage with two decimals.
    QString toCsv(const Summary &summary) const;
    // {inputs, problems, bytes, lines, mails, cancelled, totals, groups, causes, timeline,
    // hardBounces}; see the README.
    QJsonObject toJson(const Summary &summary) const;
    // The hard-bounced addresses, one a line, each line ending in a newline; nothing else.
    QString hardBounces(const Summary &summary) const;
};

} // namespace SmtpCodes
