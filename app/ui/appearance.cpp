// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace SmtpCodes::Appearance {

QString id(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return u"light"_s;
    case Theme::Dark:
        return u"dark"_s;
    case Theme::System:
        break;
    }
    return u"system"_s;
}

Theme fromId(const QString &id)
{
    if (id == u"light") {
        return Theme::Light;
    }
    if (id == u"dark") {
        return Theme::Dark;
    }
    return Theme::System;
}

QPalette palette(Theme theme)
{
    if (theme == Theme::System) {
        // A default palette resolves nothing, which hands the choice back to the platform.
        return {};
    }
    if (theme == Theme::Light) {
        return QApplication::style()->standardPalette();
    }
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe4, 0xe6, 0xeb);
    const QColor disabled(0x80, 0x83, 0x89);
    QPalette dark;
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, QColor(0x32, 0x34, 0x39));
    dark.setColor(QPalette::ToolTipBase, window);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9e, 0xa6));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    dark.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    dark.setColor(QPalette::Midlight, QColor(0x3d, 0x40, 0x45));
    dark.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    dark.setColor(QPalette::Shadow, Qt::black);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb8));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x7c, 0xb4, 0xff));
    dark.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        dark.setColor(QPalette::Disabled, role, disabled);
    }
    return dark;
}

void apply(Theme theme)
{
    QApplication::setPalette(palette(theme));
}

} // namespace SmtpCodes::Appearance
