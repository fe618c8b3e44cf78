// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentstyle.h"

#include <QPalette>

using namespace Qt::StringLiterals;

namespace SmtpCodes::DocumentStyle {

QString styleSheet(const QPalette &palette)
{
    const QString text = palette.color(QPalette::Text).name();
    const QString link = palette.color(QPalette::Link).name();
    const QString muted = palette.color(QPalette::PlaceholderText).name();
    const QString band = palette.color(QPalette::AlternateBase).name();
    return u"body { color: %1; }"
           u"h2 { margin-top: 0; margin-bottom: 4px; }"
           u"h3 { margin-top: 14px; margin-bottom: 2px; font-size: medium; }"
           // An explained mail nests recipient, reply and advice headings below its own; Qt's
           // smaller h5 and h6 would read as finer print than the text under them.
           u"h4, h5, h6 { margin-top: 10px; margin-bottom: 2px; font-size: medium; font-weight: bold; }"
           u"p { margin-top: 2px; margin-bottom: 6px; }"
           u"a { color: %2; }"
           u"i { color: %3; }"
           u"th { text-align: left; background-color: %4; }"_s.arg(text, link, muted, band);
}

QColor classColor(int classDigit, const QPalette &palette)
{
    int hue = 275; // several classes
    switch (classDigit) {
    case 2:
        hue = 130;
        break;
    case 3:
        hue = 210;
        break;
    case 4:
        hue = 38;
        break;
    case 5:
        hue = 0;
        break;
    default:
        break;
    }
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return QColor::fromHsl(hue, dark ? 110 : 150, dark ? 70 : 205);
}

} // namespace SmtpCodes::DocumentStyle
