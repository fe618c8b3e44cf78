// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deliverystatus.h"
#include "parsedreply.h"

#include <QList>
#include <QPair>
#include <QString>

namespace SmtpCodes {

// A text of a mail that may hold replies, decoded to Unicode: a body part, or the header
// fields of the bounce itself. The returned copy of the original message is never one.
struct MailText
{
    QString text;
    ReplySource source = ReplySource::Body;
};

// One mail of the input as the mail reader decoded it.
struct MailMessage
{
    qint64 offset = 0; // byte offset in the input (the mbox "From " line of the message)
    QString subject; // RFC 2047 words decoded
    QString from;
    QString date;
    QString messageId;
    QList<QPair<QString, QString>> headers; // the bounce's own header fields, in order
    QList<MailText> texts; // in the order of the parts
    QList<DeliveryStatus> deliveryStatus; // one per message/delivery-status part
    bool hasReturnedMessage = false; // a message/rfc822, headers part or inline copy was skipped
};

} // namespace SmtpCodes
