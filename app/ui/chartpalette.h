// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QPainter;
class QPalette;
class QRect;

namespace SmtpCodes::ChartPalette {

enum class Series { Delivered, Soft, Hard, Other };

// A series' colour, of a middle lightness so that it stands out on light and dark bases alike
// and the palette's text stays readable beside it.
QColor color(Series series, const QPalette &palette);
// "Delivered", "Soft", "Hard", "Other failures", as the legends say.
QString name(Series series);
// Draws a legend of series in one line from the top left of area; returns its height.
int drawLegend(QPainter *painter, const QRect &area, const QList<Series> &series, const QPalette &palette);

} // namespace SmtpCodes::ChartPalette
