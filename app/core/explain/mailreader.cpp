// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailpartreader.h" // GMime first: see there

#include "mailreader.h"

#include <memory>
#include <mutex>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
template<typename T> using GObjectPointer = std::unique_ptr<T, decltype(&g_object_unref)>;

template<typename T> GObjectPointer<T> adopt(T *object)
{
    return GObjectPointer<T>(object, &g_object_unref);
}

void initialiseGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

bool isFieldName(QByteArrayView name)
{
    if (name.isEmpty() || name.size() > 76) {
        return false;
    }
    // RFC 5322 §3.6.8: printable US-ASCII except the colon; no space.
    for (const char c : name) {
        if (c <= ' ' || c > '~') {
            return false;
        }
    }
    return true;
}

bool isCommonField(QByteArrayView name)
{
    static const QList<QByteArray> common {"from", "to", "subject", "date", "received", "return-path",
        "message-id", "mime-version", "content-type", "delivered-to", "x-failed-recipients", "auto-submitted",
        "reply-to", "sender", "cc", "references", "in-reply-to", "x-mailer", "dkim-signature",
        "authentication-results", "arc-seal", "x-original-to", "envelope-to", "thread-topic"};
    return common.contains(name.toByteArray().toLower());
}
} // namespace

bool MailReader::looksLikeMail(QByteArrayView data)
{
    // A header block: field lines and their folded continuations up to a blank line, at least
    // two fields, one of them a field every mail has. Prose, logs and replies fail at the
    // first line ("550 5.1.1 ..." has a space before its colon, if any).
    int fields = 0;
    bool common = false;
    qsizetype from = 0;
    for (int lines = 0; lines < 200 && from < data.size(); ++lines) {
        qsizetype end = data.indexOf('\n', from);
        if (end < 0) {
            end = data.size();
        }
        QByteArrayView line = data.sliced(from, end - from);
        from = end + 1;
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.trimmed().isEmpty()) {
            return fields >= 2 && common;
        }
        if (line.front() == ' ' || line.front() == '\t') {
            if (fields == 0) {
                return false;
            }
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isFieldName(line.first(colon))) {
            return false;
        }
        ++fields;
        common = common || isCommonField(line.first(colon));
    }
    return from >= data.size() && fields >= 2 && common; // headers only, as pasted
}

bool MailReader::looksLikeMbox(QByteArrayView data)
{
    if (!data.startsWith("From ")) {
        return false;
    }
    const qsizetype end = data.indexOf('\n');
    return end > 0 && looksLikeMail(data.sliced(end + 1));
}

QList<MailMessage> MailReader::read(const QByteArray &data, const ExplainProgress &progress)
{
    initialiseGMime();
    m_cancelled = false;
    const bool mbox = looksLikeMbox(data);
    auto stream = adopt(g_mime_stream_mem_new_with_buffer(data.constData(), std::size_t(data.size())));
    auto parser = adopt(g_mime_parser_new_with_stream(stream.get()));
    g_mime_parser_set_format(parser.get(), mbox ? GMIME_FORMAT_MBOX : GMIME_FORMAT_MESSAGE);
    GMimeParserOptions *options = g_mime_parser_options_new();
    // Bounces are written by every kind of software: read them as leniently as GMime can.
    g_mime_parser_options_set_rfc2047_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_address_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    g_mime_parser_options_set_parameter_compliance_mode(options, GMIME_RFC_COMPLIANCE_LOOSE);
    const char *fallback[] = {"UTF-8", "windows-1252", nullptr};
    g_mime_parser_options_set_fallback_charsets(options, fallback);

    QList<MailMessage> mails;
    while (!g_mime_parser_eos(parser.get())) {
        GMimeMessage *constructed = g_mime_parser_construct_message(parser.get(), options);
        if (!constructed) {
            break;
        }
        auto message = adopt(constructed);
        MailMessage mail;
        mail.offset = mbox ? g_mime_parser_get_mbox_marker_offset(parser.get()) : 0;
        MailPartReader(&mail).readMessage(message.get());
        mails.append(std::move(mail));
        if (progress && !progress(g_mime_parser_tell(parser.get()), data.size())) {
            m_cancelled = true;
            break;
        }
        if (!mbox) {
            break;
        }
    }
    g_mime_parser_options_free(options);
    return mails;
}

} // namespace SmtpCodes
