// SPDX-License-Identifier: GPL-3.0-or-later
#include "reasonchart.h"

#include "chartpalette.h"

#include <QLocale>
#include <QPainter>

namespace SmtpCodes {

namespace {
constexpr int margin = 8;
constexpr int barGap = 4;
} // namespace

ReasonChart::ReasonChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("reasonChart"));
    setAccessibleName(tr("Failures by reason"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

ReasonChart::~ReasonChart() = default;

void ReasonChart::setSummary(std::shared_ptr<const Summary> summary)
{
    m_bars.clear();
    const SummaryGroup *reasons = summary ? summary->group(SummaryGrouping::Reason) : nullptr;
    Bar others;
    others.label = tr("Other reasons");
    QStringList described;
    for (const SummaryRow &row : reasons ? reasons->rows : QList<SummaryRow> {}) {
        // Failures only: delivered replies would dwarf what needs fixing.
        const int failures = row.hard + row.soft;
        if (failures == 0) {
            continue;
        }
        if (m_bars.size() < shownReasons) {
            m_bars.append({row.label, row.hard, row.soft});
            described.append(tr("%1: %2 hard, %3 soft").arg(row.label).arg(row.hard).arg(row.soft));
        } else {
            others.hard += row.hard;
            others.soft += row.soft;
        }
    }
    if (others.hard + others.soft > 0) {
        m_bars.append(others);
    }
    setAccessibleDescription(described.isEmpty() ? tr("No bounces") : described.join(u"; "));
    updateGeometry();
    update();
}

QSize ReasonChart::sizeHint() const
{
    const int line = fontMetrics().height() + barGap;
    return {360, 2 * margin + line * int(m_bars.size() + 2)};
}

QSize ReasonChart::minimumSizeHint() const
{
    return {140, sizeHint().height()};
}

void ReasonChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    const QFontMetrics metrics = fontMetrics();
    const QRect area = rect().adjusted(margin, margin, -margin, -margin);
    const int line = metrics.height() + barGap;
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(area.left(), area.top() + metrics.ascent(), tr("Bounces by reason"));
    painter.setFont(font());
    if (m_bars.isEmpty()) {
        painter.drawText(area.adjusted(0, line, 0, 0), Qt::AlignLeft | Qt::AlignTop, tr("No bounces."));
        return;
    }
    ChartPalette::drawLegend(&painter, QRect(area.left(), area.top() + line, area.width(), metrics.height()),
        {ChartPalette::Series::Hard, ChartPalette::Series::Soft}, pal);
    int largest = 1;
    int countWidth = 0;
    for (const Bar &bar : m_bars) {
        largest = std::max(largest, bar.hard + bar.soft);
        countWidth = std::max(countWidth, metrics.horizontalAdvance(QLocale().toString(bar.hard + bar.soft)));
    }
    // Labels take up to two fifths of the width, cut with an ellipsis beyond.
    const int labelWidth = std::min(area.width() * 2 / 5, 260);
    const int barLeft = area.left() + labelWidth + margin;
    const int barSpace = std::max(1, area.right() - countWidth - margin - barLeft);
    int y = area.top() + 2 * line;
    for (const Bar &bar : m_bars) {
        const QRect labelRect(area.left(), y, labelWidth, metrics.height());
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(bar.label, Qt::ElideRight, labelWidth));
        const int hardWidth = int(double(bar.hard) / largest * barSpace + 0.5);
        const int softWidth = int(double(bar.soft) / largest * barSpace + 0.5);
        const int top = y + 2;
        const int height = metrics.height() - 4;
        painter.fillRect(
            QRect(barLeft, top, hardWidth, height), ChartPalette::color(ChartPalette::Series::Hard, pal));
        painter.fillRect(QRect(barLeft + hardWidth, top, softWidth, height),
            ChartPalette::color(ChartPalette::Series::Soft, pal));
        painter.drawText(
            QRect(barLeft + hardWidth + softWidth + margin / 2, y, countWidth + margin, metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, QLocale().toString(bar.hard + bar.soft));
        y += line;
    }
}

} // namespace SmtpCodes
