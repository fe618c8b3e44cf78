// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinechart.h"

#include "chartpalette.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
constexpr int margin = 8;
} // namespace

TimelineChart::TimelineChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"timelineChart"_s);
    setAccessibleName(tr("Replies over time"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

TimelineChart::~TimelineChart() = default;

void TimelineChart::setSummary(std::shared_ptr<const Summary> summary)
{
    m_timeline = summary ? summary->timeline : SummaryTimeline {};
    if (hasTimeline()) {
        setAccessibleDescription(
            tr("%1 to %2, %n replies with a time", nullptr, m_timeline.timed)
                .arg(timeText(m_timeline.buckets.first().start),
                    timeText(m_timeline.buckets.last().start + m_timeline.bucketSeconds)));
    }
    update();
}

QString TimelineChart::timeText(qint64 seconds) const
{
    const QDateTime time = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    // Buckets of a day or more need no hour; shorter ones need no year.
    return m_timeline.bucketSeconds >= 86400 ? time.toString(u"yyyy-MM-dd"_s)
                                             : time.toString(u"MM-dd HH:mm"_s);
}

QSize TimelineChart::sizeHint() const
{
    return {360, fontMetrics().height() * 4 + 120};
}

QSize TimelineChart::minimumSizeHint() const
{
    return {140, fontMetrics().height() * 4 + 60};
}

void TimelineChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    const QFontMetrics metrics = fontMetrics();
    const QRect area = rect().adjusted(margin, margin, -margin, -margin);
    const int line = metrics.height() + 4;
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(area.left(), area.top() + metrics.ascent(), tr("Replies over time"));
    painter.setFont(font());
    if (!hasTimeline()) {
        painter.drawText(
            area.adjusted(0, line, 0, 0), Qt::AlignLeft | Qt::AlignTop, tr("No reply carried a time."));
        return;
    }
    using ChartPalette::Series;
    const int legend = ChartPalette::drawLegend(&painter,
        QRect(area.left(), area.top() + line, area.width(), metrics.height()),
        {Series::Delivered, Series::Soft, Series::Hard, Series::Other}, pal);
    const int extra = legend - metrics.height(); // a legend on two lines pushes the plot down
    int largest = 1;
    for (const SummaryTimeBucket &bucket : m_timeline.buckets) {
        largest = std::max(largest, bucket.replies);
    }
    const QString top = QLocale().toString(largest);
    const int axisWidth = metrics.horizontalAdvance(top) + margin;
    const QRect plot(area.left() + axisWidth, area.top() + 2 * line + extra + metrics.height() / 2,
        area.width() - axisWidth, area.height() - 3 * line - extra - metrics.height() / 2);
    if (plot.height() < 10 || plot.width() < 10) {
        return;
    }
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.25f);
    painter.setPen(grid);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.topLeft(), plot.topRight());
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRect(area.left(), plot.top() - metrics.height() / 2, axisWidth - 4, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, top);
    painter.drawText(
        QRect(area.left(), plot.bottom() - metrics.height() / 2, axisWidth - 4, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(0));
    const int count = int(m_timeline.buckets.size());
    const double width = double(plot.width()) / count;
    const int gap = width > 6 ? 1 : 0;
    for (int i = 0; i < count; ++i) {
        const SummaryTimeBucket &bucket = m_timeline.buckets.at(i);
        const int left = plot.left() + int(i * width);
        const int right = plot.left() + int((i + 1) * width) - gap;
        double bottom = plot.bottom();
        const std::pair<Series, int> parts[] = {{Series::Delivered, bucket.delivered},
            {Series::Soft, bucket.soft}, {Series::Hard, bucket.hard}, {Series::Other, bucket.otherFailures}};
        for (const auto &[series, value] : parts) {
            const double height = double(value) / largest * plot.height();
            if (value > 0) {
                painter.fillRect(QRectF(left, bottom - height, std::max(1, right - left), height),
                    ChartPalette::color(series, pal));
            }
            bottom -= height;
        }
    }
    const int labelTop = plot.bottom() + 4;
    const QString first = timeText(m_timeline.buckets.first().start);
    const QString last = timeText(m_timeline.buckets.last().start + m_timeline.bucketSeconds);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRect(plot.left(), labelTop, plot.width(), metrics.height()), Qt::AlignLeft, first);
    painter.drawText(QRect(plot.left(), labelTop, plot.width(), metrics.height()), Qt::AlignRight, last);
}

} // namespace SmtpCodes
