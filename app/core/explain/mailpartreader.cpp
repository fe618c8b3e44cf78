// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailpartreader.h"

#include "deliverystatusreader.h"
#include "htmltext.h"
#include "returnedcopy.h"

#include <QStringDecoder>

#include <memory>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
// Deeper nesting than this is not a real mail but an attack on the stack.
constexpr int maximumDepth = 40;

QString fromGChars(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

bool isType(GMimeObject *object, const char *type, const char *subtype)
{
    GMimeContentType *contentType = g_mime_object_get_content_type(object);
    return contentType && g_mime_content_type_is_type(contentType, type, subtype);
}

// A declared charset may be a subset of what the writer really used; the superset decodes
// both (GB2312 mail written in GBK, ISO-8859-1 written in Windows-1252).
const char *widerCharset(const char *iconvName)
{
    const QByteArray name = QByteArray(iconvName).toUpper();
    if (name == "GB2312" || name == "GBK" || name == "EUC-CN") {
        return "GB18030";
    }
    if (name == "ISO-8859-1" || name == "US-ASCII" || name == "ASCII") {
        return "WINDOWS-1252";
    }
    if (name == "SHIFT_JIS" || name == "SJIS") {
        return "CP932";
    }
    if (name == "EUC-KR" || name == "KS_C_5601-1987") {
        return "CP949";
    }
    return iconvName;
}
} // namespace

QByteArray decodedContent(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (!content) {
        return {};
    }
    std::unique_ptr<GMimeStream, decltype(&g_object_unref)> out(g_mime_stream_mem_new(), &g_object_unref);
    g_mime_data_wrapper_write_to_stream(content, out.get());
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out.get()));
    return bytes ? QByteArray(reinterpret_cast<const char *>(bytes->data), qsizetype(bytes->len))
                 : QByteArray();
}

QString textInCharset(const QByteArray &bytes, const char *charset)
{
    const bool utf8 = !charset || g_ascii_strcasecmp(charset, "utf-8") == 0
        || g_ascii_strcasecmp(charset, "utf8") == 0 || g_ascii_strcasecmp(charset, "us-ascii") == 0;
    if (!utf8) {
        gsize written = 0;
        char *converted = g_convert(bytes.constData(), bytes.size(), "UTF-8",
            widerCharset(g_mime_charset_iconv_name(charset)), nullptr, &written, nullptr);
        if (converted) {
            const QString text = QString::fromUtf8(converted, qsizetype(written));
            g_free(converted);
            return text;
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (!decoder.hasError()) {
        return text;
    }
    gsize written = 0;
    char *converted
        = g_convert(bytes.constData(), bytes.size(), "UTF-8", "WINDOWS-1252", nullptr, &written, nullptr);
    if (converted) {
        const QString windows = QString::fromUtf8(converted, qsizetype(written));
        g_free(converted);
        return windows;
    }
    return QString::fromLatin1(bytes);
}

MailPartReader::MailPartReader(MailMessage *mail)
    : m_mail(mail)
{ }

void MailPartReader::readMessage(GMimeMessage *message)
{
    m_mail->subject = fromGChars(g_mime_message_get_subject(message)).simplified();
    if (InternetAddressList *from = g_mime_message_get_from(message)) {
        char *text = internet_address_list_to_string(from, nullptr, FALSE);
        m_mail->from = fromGChars(text);
        g_free(text);
    }
    m_mail->date = fromGChars(g_mime_object_get_header(GMIME_OBJECT(message), "Date")).simplified();
    m_mail->messageId = fromGChars(g_mime_message_get_message_id(message));
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(message));
    const int count = headers ? g_mime_header_list_get_count(headers) : 0;
    for (int i = 0; i < count; ++i) {
        GMimeHeader *header = g_mime_header_list_get_header_at(headers, i);
        m_mail->headers.append({fromGChars(g_mime_header_get_name(header)),
            fromGChars(g_mime_header_get_value(header)).simplified()});
    }
    if (GMimeObject *body = g_mime_message_get_mime_part(message)) {
        readObject(body, 0);
    }
    // A mail that holds nothing but other mails is a bounce forwarded as an attachment (to
    // support, say): the bounce inside is what the user wants explained.
    if (m_mail->texts.isEmpty() && m_mail->deliveryStatus.isEmpty() && !m_attached.isEmpty()) {
        const QList<GMimeMessage *> attached = std::exchange(m_attached, {});
        for (GMimeMessage *inner : attached) {
            if (GMimeObject *body = g_mime_message_get_mime_part(inner)) {
                readObject(body, 1);
            }
        }
        m_mail->hasReturnedMessage = false;
    }
}

void MailPartReader::readObject(GMimeObject *object, int depth)
{
    if (depth > maximumDepth) {
        return;
    }
    if (GMIME_IS_MESSAGE_PART(object)) {
        m_mail->hasReturnedMessage = true;
        if (GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object))) {
            m_attached.append(inner);
        }
    } else if (GMIME_IS_MULTIPART(object)) {
        readMultipart(GMIME_MULTIPART(object), depth);
    } else if (GMIME_IS_PART(object)) {
        readLeaf(GMIME_PART(object));
    }
}

void MailPartReader::readMultipart(GMimeMultipart *multipart, int depth)
{
    const int count = g_mime_multipart_get_count(multipart);
    if (isType(GMIME_OBJECT(multipart), "multipart", "alternative")) {
        // The same words twice (plain and HTML) would give every reply twice: take the plain.
        GMimeObject *chosen = nullptr;
        for (int i = 0; i < count && !chosen; ++i) {
            GMimeObject *part = g_mime_multipart_get_part(multipart, i);
            if (isType(part, "text", "plain")) {
                chosen = part;
            }
        }
        if (!chosen && count > 0) {
            chosen = g_mime_multipart_get_part(multipart, count - 1);
        }
        if (chosen) {
            readObject(chosen, depth + 1);
        }
        return;
    }
    for (int i = 0; i < count; ++i) {
        readObject(g_mime_multipart_get_part(multipart, i), depth + 1);
    }
}

void MailPartReader::readLeaf(GMimePart *part)
{
    GMimeObject *object = GMIME_OBJECT(part);
    if (isType(object, "message", "delivery-status") || isType(object, "message", "global-delivery-status")) {
        const QString text = textInCharset(decodedContent(part), "utf-8");
        m_mail->deliveryStatus.append(DeliveryStatusReader::read(text));
        return;
    }
    if (isType(object, "text", "rfc822-headers") || isType(object, "message", "global-headers")
        || isType(object, "message", "rfc822") || isType(object, "message", "global")) {
        m_mail->hasReturnedMessage = true;
        return;
    }
    if (!isType(object, "text", "*")
        || (g_mime_part_is_attachment(part) && !isType(object, "text", "plain"))) {
        return; // images, documents: nothing a reply is written in
    }
    const char *charset = g_mime_object_get_content_type_parameter(object, "charset");
    QString text = textInCharset(decodedContent(part), charset);
    if (isType(object, "text", "html")) {
        text = HtmlText::toPlainText(text);
    }
    addBody(std::move(text));
}

void MailPartReader::addBody(QString text)
{
    const qsizetype copy = ReturnedCopy::start(text);
    if (copy >= 0) {
        text.truncate(copy);
        m_mail->hasReturnedMessage = true;
    }
    m_mail->texts.append({std::move(text), ReplySource::Body});
}

} // namespace SmtpCodes
