// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summary.h"

// Replies over time: buckets of a minute, five, fifteen, an hour, ... a week or more, the
// smallest that covers the span in at most SummaryTimeline::maximumBuckets.
namespace SmtpCodes::TimelineBuilder {

SummaryTimeline of(const QList<SummaryReply> &replies);

} // namespace SmtpCodes::TimelineBuilder
