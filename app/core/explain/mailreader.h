// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explainprogress.h"
#include "mailmessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace SmtpCodes {

// Decodes an Internet message or an mbox with GMime 3: MIME at any depth, quoted-printable and
// base64, body charsets, RFC 2047 words and folded fields. What it returns holds only what may
// carry the bounce's replies: the body texts (for multipart/alternative the plain one, else the
// HTML as text), the delivery status parts, and the header fields. The returned original
// (message/rfc822, text/rfc822-headers, an inline copy) is left out, except that a mail which
// only carries other mails (a bounce forwarded as an attachment) is read through to them.
class MailReader
{
public:
    // Header fields first, as a mail or a pasted mail source starts.
    static bool looksLikeMail(QByteArrayView data);
    // The "From " line of an mbox (RFC 4155), then a mail.
    static bool looksLikeMbox(QByteArrayView data);
    // Either: what read() takes.
    static bool looksLikeMailOrMbox(QByteArrayView data)
    {
        return looksLikeMbox(data) || looksLikeMail(data);
    }

    // Progress counts bytes; when it returns false reading stops, wasCancelled() is true and
    // the mails read so far are returned.
    QList<MailMessage> read(const QByteArray &data, const ExplainProgress &progress = {});
    bool wasCancelled() const { return m_cancelled; }

private:
    bool m_cancelled = false;
};

} // namespace SmtpCodes
