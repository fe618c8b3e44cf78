// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

namespace SmtpCodes::Appearance {

// System follows the desktop's palette (and its live changes); Light and Dark override it for
// desktops whose dark mode does not reach Qt applications.
enum class Theme { System, Light, Dark };

QString id(Theme theme);
Theme fromId(const QString &id);
QPalette palette(Theme theme);
// Sets the application palette; every pane re-renders on the palette change that follows.
void apply(Theme theme);

} // namespace SmtpCodes::Appearance
