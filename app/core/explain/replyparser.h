// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parsedreply.h"

#include <QList>
#include <QStringView>

namespace SmtpCodes {

// Finds SMTP replies in whatever a user pastes: a bare reply, a multi-line reply (RFC 5321
// §4.2), a transcript, a DSN (RFC 3464 fields), or the wrappers of Postfix, Exim, qmail,
// Sendmail, Exchange, .NET and mail-service logs.
//
// A code is only taken where a reply can start: at the start of a line or right after a
// wrapper's marker ("said:", "smtp;", "reason:", ...). Digits inside the reply text (RFC 5321
// §4.2.1: "250-234 Text beginning with numbers") and dotted numbers such as IP addresses or
// versions are therefore never read as codes.
class ReplyParser
{
public:
    // Input longer than this is cut, with a warning on the last reply; see wasTruncated().
    static constexpr qsizetype maximumInput = 16 * 1024 * 1024;

    QList<ParsedReply> parse(QStringView input);
    bool wasTruncated() const { return m_truncated; }

private:
    bool m_truncated = false;
};

} // namespace SmtpCodes
