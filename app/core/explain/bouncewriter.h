// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mailmessage.h"

#include <QString>

namespace SmtpCodes {

// Which MTA or mail service wrote a bounce, from the signs each leaves: its own header fields
// (X-Postfix-Queue-ID, X-Failed-Recipients, X-SES-Outgoing), the host of its Reporting-MTA
// (googlemail.com, *.prod.outlook.com), the sender address, and the fixed sentences of its
// bounce text. The most specific sign is tried first: a Microsoft 365 bounce also carries
// Exchange's fields.
class BounceWriter
{
public:
    struct Identity
    {
        QString name; // "Postfix"; empty when no sign matched
        QString evidence; // "X-Postfix-Queue-ID field"
    };

    static Identity identify(const MailMessage &mail);
};

} // namespace SmtpCodes
