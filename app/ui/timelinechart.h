// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summary.h"

#include <QWidget>

#include <memory>

namespace SmtpCodes {

// The replies of a summary over time, one column per bucket of its timeline, stacked as
// delivered, soft, hard and other failures, with a legend and the first and last times.
// Hidden by its owner when no reply carried a time.
class TimelineChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineChart)

public:
    explicit TimelineChart(QWidget *parent = nullptr);
    ~TimelineChart() override;

    void setSummary(std::shared_ptr<const Summary> summary);
    bool hasTimeline() const { return m_timeline.bucketSeconds > 0 && !m_timeline.buckets.isEmpty(); }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString timeText(qint64 seconds) const;

    SummaryTimeline m_timeline;
};

} // namespace SmtpCodes
