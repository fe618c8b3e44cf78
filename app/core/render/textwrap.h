// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace SmtpCodes::TextWrap {

// Wraps text at word boundaries so that no line exceeds width characters (a longer word
// stays whole). The first line starts with firstIndent, the others with indent.
QString wrap(const QString &text, int width, const QString &firstIndent, const QString &indent);

} // namespace SmtpCodes::TextWrap
