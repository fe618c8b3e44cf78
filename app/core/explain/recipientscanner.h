// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// Finds the address a reply is about. ReplyParser asks these in this order and takes the first
// that gives one:
//  1. the address in the same line before the reply: "<u@x>: host ... said: 550", "u@x: 550",
//     "to=<u@x>, ... said: 550", Exim's "** u@x ... after RCPT TO:<u@x>: 550";
//  2. for a reply read from a transcript, the address of the last "RCPT TO" (a "MAIL FROM"
//     starts a new transaction and forgets it);
//  3. an address line just above the reply in the same paragraph: a line that is only "u@x",
//     "<u@x>" or "<u@x>:" (indented or not, as Exim, Postfix and qmail bounces write it), or a
//     "Final-Recipient: rfc822; u@x" field;
//  4. an address in the reply text: "550 5.1.1 <u@x>: Recipient address rejected";
//  5. none.
// An address right after a sender's word ("from", "sender", "ctladdr", "source", Postfix's
// "expanded from <u@x>") or followed by "sender" ("<a@b>: Sender address rejected") is never
// taken: it names the sender. Addresses keep their case; the angle brackets are stripped.
namespace SmtpCodes::RecipientScanner {

QString addressBefore(QStringView prefix);
// The address of an address line, or empty when the line is anything else.
QString addressOfLine(QStringView line);
QString addressInReply(QStringView text);
// "RCPT TO:<u@c> NOTIFY=NEVER" -> "u@c".
QString addressOfCommand(QStringView command);

} // namespace SmtpCodes::RecipientScanner
