// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace SmtpCodes::DocumentStyle {

// The style sheet of the rich-text panes, taken from the palette so that a dark palette gives
// dark panes with readable links and headings.
QString styleSheet(const QPalette &palette);
// The badge colour of a class digit (2 to 5; 0 for codes used with several classes), toned to
// the palette's base so that it reads on light and dark backgrounds alike.
QColor classColor(int classDigit, const QPalette &palette);

} // namespace SmtpCodes::DocumentStyle
