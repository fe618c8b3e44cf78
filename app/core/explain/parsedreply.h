// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace SmtpCodes {

// Where in the input a reply was found.
enum class ReplySource {
    Body, // the text of a mail body, or pasted text
    Transcript, // a session transcript: ">>> RCPT TO" / "<<< 550", "C:" / "S:", telnet or swaks
    DeliveryStatus, // a message/delivery-status part (RFC 3464): Diagnostic-Code or Status
    Headers, // a header field of the bounce itself
};

// One SMTP reply found in pasted text, before the knowledge base is consulted.
struct ParsedReply
{
    QString basic; // "550"; empty when only an enhanced code was given (.NET, DSN Status:)
    QString enhanced; // "5.1.1"; empty when the reply has none
    QString command; // the command it answers, when the text says so: "RCPT TO", "MAIL FROM", "DATA"
    QString text; // the reply text, continuation lines joined, codes removed
    int line = 0; // 1-based line of the input where the reply starts
    QStringList warnings; // problems of form, e.g. a continuation line with another code
    // The address the reply is about, when the text says: in a "<u@example.com>:" or "RCPT
    // TO:<u@example.com>" before it, on an address line just above it, or in the reply itself.
    QString recipient;
    ReplySource source = ReplySource::Body;
    // The host named before the reply on its line ("host mx.google.com[192.0.2.1] said:");
    // empty when none.
    QString host;

    // Filled from a mail's delivery status where one holds this reply's recipient.
    QString originalRecipient; // the DSN's Original-Recipient, when it differs
    QString action; // failed, delayed, delivered, relayed, expanded (RFC 3464 §2.3.3)
    QString reportingMta; // "mx.example.net"; without the "dns;" type
    QString remoteMta;
    QString status; // the DSN's Status field for this recipient (RFC 3464 §2.3.4)
    int mail = -1; // index into Explanation::mails; -1 for text that is not a mail

    // "550 5.1.1", "550", "5.1.1": the codes as the reply gives them.
    QString codes() const { return QStringList {basic, enhanced}.join(u' ').trimmed(); }
};

} // namespace SmtpCodes
