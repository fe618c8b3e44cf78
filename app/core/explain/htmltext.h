// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// The text of an HTML body part, for finding replies in a bounce that has no plain-text part:
// block elements become line breaks, tags, scripts and styles go, and character references
// are decoded. QTextDocument would do it too, but the core links QtCore only.
namespace SmtpCodes::HtmlText {

QString toPlainText(QStringView html);

} // namespace SmtpCodes::HtmlText
