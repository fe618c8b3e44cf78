// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deliverystatus.h"

#include <QStringView>

namespace SmtpCodes {

// Reads the fields of a message/delivery-status part (RFC 3464 §2.1: groups of header-style
// fields separated by blank lines, the first about the message, each further one about a
// recipient). Lenient as bounces in the field are: a missing blank line before a new
// Final-Recipient still starts a new recipient, unknown fields are ignored, and folded lines
// are joined.
class DeliveryStatusReader
{
public:
    static DeliveryStatus read(QStringView text);
    // True for text that is a delivery status on its own (pasted without the mail around it):
    // its first field is a DSN field and it names a recipient.
    static bool looksLikeDeliveryStatus(QStringView text);
    // "rfc822; u@example.com" -> "u@example.com"; "dns; mx.example.com" -> "mx.example.com".
    static QString withoutType(QStringView value);
};

} // namespace SmtpCodes
