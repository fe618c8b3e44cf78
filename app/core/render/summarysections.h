// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "section.h"
#include "summary.h"
#include "summarytable.h"

#include <QList>

namespace SmtpCodes {

// The parts of a summary in reading order, each at its depth: the totals, what to fix first
// (each cause, then the advice the explain view gives its example reply), a table per
// grouping, the timeline, the hard-bounced addresses and the problems met while reading.
class SummarySections
{
public:
    struct Block
    {
        int depth = 0; // 0: a part of its own; 1: a cause; 2: a cause's advice
        Section section; // empty when the block is a table
        SummaryTable table;
    };

    static QString headline(const Summary &summary);
    static QList<Block> blocks(const Summary &summary);

    // "12,627": counts of the human outputs carry thousands separators, as QLocale::c() has them.
    static QString count(qint64 number);
    // part of whole in percent with the given decimals, "79.9"; "0.0" when whole is 0.
    static QString percent(qint64 part, qint64 whole, int decimals = 1);
    // "2026-11-28 10:00": a bucket's start, as the wall clock of the input shows it.
    static QString bucketLabel(qint64 start);
    // "2026-11-28T10:00:00": ISO 8601 without a zone, since a log's wall clock names none.
    static QString bucketIso(qint64 start);
    // "15 minutes", "1 hour", "1 day".
    static QString durationLabel(qint64 seconds);
    // The title of the entry that cause.entry names, from what its example reply matched.
    static QString entryTitle(const SummaryCause &cause);

private:
    static Section totals(const Summary &summary);
    static QList<Block> causes(const Summary &summary);
    static Section hardBounces(const Summary &summary);
    static Section problems(const Summary &summary);
};

} // namespace SmtpCodes
