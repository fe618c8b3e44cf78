// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailmessage.h"
#include "parsedreply.h"

#include <QList>

namespace SmtpCodes {

// The replies of one decoded mail, one per recipient and distinct reply. The delivery status
// gives a reply per recipient (its Diagnostic-Code, else its Status); the body texts and the
// bounce's own header fields are searched too, and a reply found there that repeats one
// already known (the same codes for the same address: Postfix's text and its DSN, Sendmail's
// reason, transcript and DSN, Exchange's plain and HTML) adds only what it knows better, such as
// the command it answered. A reply with no address of its own belongs to the mail's only
// recipient when it has one.
class MailReplies
{
public:
    static QList<ParsedReply> of(const MailMessage &mail, int mailIndex);
    // The warning for a reply whose DSN Status disagrees with its SMTP reply; empty when they
    // agree or one of them is missing.
    static QString statusWarning(const ParsedReply &reply);
};

} // namespace SmtpCodes
