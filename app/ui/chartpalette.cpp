// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpalette.h"

#include <QCoreApplication>
#include <QList>
#include <QPainter>
#include <QPalette>

namespace SmtpCodes::ChartPalette {

QColor color(Series series, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    switch (series) {
    case Series::Delivered:
        return QColor::fromHsl(130, 120, dark ? 120 : 140);
    case Series::Soft:
        return QColor::fromHsl(38, 200, dark ? 125 : 135);
    case Series::Hard:
        return QColor::fromHsl(0, 170, dark ? 135 : 130);
    case Series::Other:
        break;
    }
    return QColor::fromHsl(0, 0, dark ? 135 : 150);
}

QString name(Series series)
{
    switch (series) {
    case Series::Delivered:
        return QCoreApplication::translate("SmtpCodes::ChartPalette", "Delivered");
    case Series::Soft:
        return QCoreApplication::translate("SmtpCodes::ChartPalette", "Soft bounce");
    case Series::Hard:
        return QCoreApplication::translate("SmtpCodes::ChartPalette", "Hard bounce");
    case Series::Other:
        break;
    }
    return QCoreApplication::translate("SmtpCodes::ChartPalette", "Other failure");
}

int drawLegend(QPainter *painter, const QRect &area, const QList<Series> &series, const QPalette &palette)
{
    // Items that do not fit beside the others start a new line, so a narrow chart or a longer
    // translation never cuts a name.
    const QFontMetrics metrics = painter->fontMetrics();
    const int swatch = metrics.height() * 2 / 3;
    int x = area.left();
    int top = area.top();
    painter->save();
    for (const Series one : series) {
        const QString text = name(one);
        const int width = swatch + 5 + metrics.horizontalAdvance(text) + 2;
        if (x > area.left() && x + width > area.right()) {
            x = area.left();
            top += metrics.height();
        }
        const QRect box(x, top + (metrics.height() - swatch) / 2, swatch, swatch);
        painter->fillRect(box, color(one, palette));
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(QRect(box.right() + 5, top, metrics.horizontalAdvance(text) + 2, metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, text);
        x += width + 2 * swatch;
    }
    painter->restore();
    return top - area.top() + metrics.height();
}

} // namespace SmtpCodes::ChartPalette
