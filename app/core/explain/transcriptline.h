// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// Which side of an SMTP session a line of a transcript belongs to, by the marks transcripts
// use: Sendmail ">>>" / "<<<", swaks "->" / "<-" / "<**" (and "~>" / "<~" inside TLS), RFC 5321
// Appendix D "C:" / "S:", and bare telnet sessions, where a client line is the command alone
// ("EHLO x", "RCPT TO:<u@c>", "DATA"). Indented or not: a transcript quoted in a bounce is.
namespace SmtpCodes::TranscriptLine {

enum class Side { None, Client, Server };

struct Classified
{
    Side side = Side::None;
    bool bare = false; // a client command without a mark (telnet); a server line is never bare
    QString text; // the line without its mark: "RCPT TO:<u@c>", "550 5.1.1 ..."
};

Classified classify(QStringView line);
// "EHLO x", "MAIL FROM:<a@b>", "RCPT TO:<u@c>", "DATA", "QUIT", ...: a whole line that is one
// client command, in any case (people type "rcpt to:" into telnet).
bool isBareCommand(QStringView trimmed);

} // namespace SmtpCodes::TranscriptLine
