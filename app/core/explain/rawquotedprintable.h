// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// A paste of a mail body whose quoted-printable encoding (RFC 2045 §6.7) was not decoded: lines
// end in a soft line break "=" and bytes are written "=3D", "=20", "=E2=80=99". Such a paste
// breaks replies in the middle ("does=" / "not exist"), so the parser joins and decodes it.
namespace SmtpCodes::RawQuotedPrintable {

// True when the text looks encoded: two soft line breaks or more, or one and an escape of a
// byte that plain text rarely holds ("=3D", "=20", "=09"). One "=" at the end of a line alone
// is too common in plain text (base64, "a =") to decode on.
bool looksEncoded(QStringView input);
// A physical line ends in a soft line break: "=" after the line's text, not "==" (base64).
bool endsInSoftBreak(QStringView line);
// The text with its "=XX" escapes decoded as UTF-8 bytes; invalid escapes stay as they are.
QString decoded(const QString &text);

} // namespace SmtpCodes::RawQuotedPrintable
