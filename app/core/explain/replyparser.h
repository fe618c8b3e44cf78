// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parsedreply.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace SmtpCodes {

// Finds SMTP replies in whatever a user pastes: a bare reply, a multi-line reply (RFC 5321
// §4.2), a transcript, a DSN (RFC 3464 fields), or the wrappers of Postfix, Exim, qmail,
// Sendmail, Exchange, .NET and mail-service logs.
//
// A code is only taken where a reply can start: at the start of a line or right after a
// wrapper's marker ("said:", "smtp;", "reason:", ...). Digits inside the reply text (RFC 5321
// §4.2.1: "250-234 Text beginning with numbers") and dotted numbers such as IP addresses or
// versions are therefore never read as codes. ReplyScanner reads each line; this class keeps
// what spans lines: a multi-line reply still open, the last client command of a transcript,
// the Status fields of a DSN.
class ReplyParser
{
public:
    // Input longer than this is cut, with a warning on the last reply; see wasTruncated().
    static constexpr qsizetype maximumInput = 16 * 1024 * 1024;

    QList<ParsedReply> parse(QStringView input);
    bool wasTruncated() const { return m_truncated; }

private:
    void readLine(const QString &lineText, int number);
    // A reply at the start of text, possibly one line of a multi-line reply; false when none.
    bool readReplyAtStart(const QString &text, const QString &command, int number);
    // A reply after a wrapper's marker somewhere in text.
    void readWrappedReply(const QString &text, const QString &command, int number);
    void finish(ParsedReply reply);
    // Ends the open multi-line reply, with warning when it is not empty.
    void closeOpenReply(const QString &warning);
    void addStatusReplies();

    bool m_truncated = false;
    QList<ParsedReply> m_replies;
    std::optional<ParsedReply> m_open; // a multi-line reply still waiting for its last line
    QString m_lastClientCommand;
    QList<std::pair<QString, int>> m_statusCodes; // DSN "Status:" fields
};

} // namespace SmtpCodes
