// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpCodes {

// The per-recipient fields of a delivery status notification (RFC 3464 §2.3), with their
// address and name types ("rfc822;", "dns;", "smtp;") taken off.
struct DeliveryStatusRecipient
{
    QString finalRecipient;
    QString originalRecipient;
    QString action; // lower case: failed, delayed, delivered, relayed, expanded
    QString status; // "5.1.1"
    QString remoteMta;
    QString diagnosticType; // "smtp", "X-Postfix", ...; empty when there is no Diagnostic-Code
    QString diagnosticCode; // the text after the type, folded lines joined
    int line = 0; // 1-based line of the Final-Recipient (or first) field in the part
};

// One message/delivery-status part: the per-message fields and a record per recipient.
struct DeliveryStatus
{
    QString reportingMta;
    QString receivedFromMta;
    QStringList messageFields; // names of every per-message field, lower case ("x-postfix-queue-id")
    QList<DeliveryStatusRecipient> recipients;
};

} // namespace SmtpCodes
