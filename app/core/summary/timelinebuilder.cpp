// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinebuilder.h"

#include <limits>

namespace SmtpCodes::TimelineBuilder {

namespace {
qint64 bucketFor(qint64 first, qint64 last)
{
    static constexpr qint64 sizes[]
        = {60, 5 * 60, 15 * 60, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 86400, 7 * 86400, 28 * 86400};
    for (const qint64 size : sizes) {
        if (last / size - first / size < SummaryTimeline::maximumBuckets) {
            return size;
        }
    }
    // Years: as many four-week buckets as it takes.
    const qint64 month = 28 * 86400;
    const qint64 months = (last - first) / month + 1;
    return month * ((months + SummaryTimeline::maximumBuckets - 1) / SummaryTimeline::maximumBuckets + 1);
}
} // namespace

SummaryTimeline of(const QList<SummaryReply> &replies)
{
    SummaryTimeline timeline;
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = -1;
    for (const SummaryReply &reply : replies) {
        if (reply.time >= 0) {
            first = qMin(first, reply.time);
            last = qMax(last, reply.time);
            ++timeline.timed;
        }
    }
    if (timeline.timed == 0) {
        return timeline;
    }
    const qint64 size = bucketFor(first, last);
    timeline.bucketSeconds = size;
    const qint64 start = first / size * size;
    const qsizetype count = (last - start) / size + 1;
    timeline.buckets.resize(count);
    for (qsizetype i = 0; i < count; ++i) {
        timeline.buckets[i].start = start + i * size;
    }
    for (const SummaryReply &reply : replies) {
        if (reply.time < 0) {
            continue;
        }
        SummaryTimeBucket &bucket = timeline.buckets[(reply.time - start) / size];
        ++bucket.replies;
        if (reply.verdict == Verdict::Delivered) {
            ++bucket.delivered;
        } else if (reply.bounce == Bounce::Hard) {
            ++bucket.hard;
        } else if (reply.bounce == Bounce::Soft) {
            ++bucket.soft;
        } else if (reply.verdict == Verdict::TemporaryFailure || reply.verdict == Verdict::PermanentFailure) {
            ++bucket.otherFailures;
        }
    }
    return timeline;
}

} // namespace SmtpCodes::TimelineBuilder
