// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GMime before Qt: GLib's headers name struct members "signals", which Qt defines as a macro.
#include <gmime/gmime.h>

#include "mailmessage.h"

namespace SmtpCodes {

// Walks the MIME tree of one GMime message into a MailMessage: which parts carry replies and
// how each is decoded to Unicode. Only MailReader uses it; it keeps GMime out of every other
// header of the module.
class MailPartReader
{
public:
    explicit MailPartReader(MailMessage *mail);

    void readMessage(GMimeMessage *message);

private:
    void readObject(GMimeObject *object, int depth);
    void readMultipart(GMimeMultipart *multipart, int depth);
    void readLeaf(GMimePart *part);
    void readAttachedMessages(GMimeObject *object, int depth);
    void addBody(QString text);

    MailMessage *m_mail;
    QList<GMimeMessage *> m_attached; // message/rfc822 parts, read only if nothing else is found
};

// The bytes of a part after its transfer encoding is undone.
QByteArray decodedContent(GMimePart *part);
// Bytes in a MIME charset as Unicode; undeclared or broken text falls back to UTF-8, then
// Windows-1252, so no input is lost.
QString textInCharset(const QByteArray &bytes, const char *charset);

} // namespace SmtpCodes
