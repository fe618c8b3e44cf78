// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace SmtpCodes::ClipboardExport {

// Puts text on the clipboard. With html, rich editors (ticket systems, mail) paste formatted
// text while terminals and plain editors still get the plain form; markdown is offered as
// text/markdown as well.
void copy(const QString &plainText, const QString &html = {}, const QString &markdown = {});

} // namespace SmtpCodes::ClipboardExport
