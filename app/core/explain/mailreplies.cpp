// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailreplies.h"

#include "replyparser.h"

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
const QString &statusPlaceholder()
{
    static const QString text = u"(Status field of a delivery status notification)"_s;
    return text;
}

bool sameAddress(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Codes that may be the same reply: each code given by both is equal, and one is given by both.
bool sameCodes(const ParsedReply &a, const ParsedReply &b)
{
    const bool basicAgrees = a.basic.isEmpty() || b.basic.isEmpty() || a.basic == b.basic;
    const bool enhancedAgrees = a.enhanced.isEmpty() || b.enhanced.isEmpty() || a.enhanced == b.enhanced;
    const bool shared
        = (!a.basic.isEmpty() && a.basic == b.basic) || (!a.enhanced.isEmpty() && a.enhanced == b.enhanced);
    return basicAgrees && enhancedAgrees && shared;
}

ParsedReply replyOf(const DeliveryStatus &status, const DeliveryStatusRecipient &recipient, int mailIndex)
{
    ParsedReply reply;
    if (!recipient.diagnosticCode.isEmpty()) {
        ReplyParser parser;
        // As a wrapped reply: a multi-line reply folded into the field reads as one line
        // ("550-5.1.1 a 550-5.1.1 b 550 5.1.1 c"), which the wrapper rule joins.
        const QString field = u"Diagnostic-Code: smtp; "_s + recipient.diagnosticCode;
        const QList<ParsedReply> found = parser.parse(field);
        if (!found.isEmpty()) {
            reply = found.first();
        } else {
            reply.text = recipient.diagnosticCode.simplified(); // "connect to ...: Connection timed out"
        }
    }
    if (reply.enhanced.isEmpty() && reply.basic.isEmpty()) {
        reply.enhanced = recipient.status;
        if (reply.text.isEmpty()) {
            reply.text = statusPlaceholder();
        }
    } else if (reply.enhanced.isEmpty() && !recipient.status.isEmpty()
        && recipient.status.front() == reply.basic.front()) {
        reply.enhanced = recipient.status; // "Diagnostic-Code: smtp; 550 User unknown", "Status: 5.1.1"
    }
    reply.source = ReplySource::DeliveryStatus;
    reply.recipient
        = recipient.finalRecipient.isEmpty() ? recipient.originalRecipient : recipient.finalRecipient;
    if (!sameAddress(recipient.originalRecipient, reply.recipient)) {
        reply.originalRecipient = recipient.originalRecipient;
    }
    reply.action = recipient.action;
    reply.status = recipient.status;
    reply.remoteMta = recipient.remoteMta;
    reply.reportingMta = status.reportingMta;
    reply.line = recipient.line;
    reply.mail = mailIndex;
    return reply;
}

// The bounce's own fields that may hold a reply; the trace and signature fields never do,
// and are long.
QString headerText(const MailMessage &mail)
{
    static const QStringList skipped {u"received"_s, u"dkim-signature"_s, u"arc-seal"_s,
        u"arc-message-signature"_s, u"arc-authentication-results"_s, u"authentication-results"_s,
        u"references"_s, u"message-id"_s, u"date"_s, u"content-type"_s, u"mime-version"_s,
        u"content-transfer-encoding"_s, u"x-google-smtp-source"_s, u"x-gm-message-state"_s, u"x-received"_s};
    QString text;
    for (const auto &[name, value] : mail.headers) {
        if (!skipped.contains(name.toLower())) {
            text += name + u": "_s + value + u'\n';
        }
    }
    return text;
}

void merge(ParsedReply &known, const ParsedReply &found)
{
    if (known.command.isEmpty()) {
        known.command = found.command;
    }
    if (known.basic.isEmpty()) {
        known.basic = found.basic;
    }
    if (known.enhanced.isEmpty()) {
        known.enhanced = found.enhanced;
    }
    if (known.recipient.isEmpty()) {
        known.recipient = found.recipient;
    }
    if (known.text.isEmpty() || known.text == statusPlaceholder()) {
        known.text = found.text;
    }
}

// The delivery status record of an address, for the action and MTAs of a body reply.
const ParsedReply *statusReplyFor(const QList<ParsedReply> &replies, const QString &recipient)
{
    for (const ParsedReply &reply : replies) {
        if (reply.source == ReplySource::DeliveryStatus && sameAddress(reply.recipient, recipient)) {
            return &reply;
        }
    }
    return nullptr;
}

QString onlyRecipient(const MailMessage &mail, const QList<ParsedReply> &statusReplies)
{
    QStringList addresses;
    for (const ParsedReply &reply : statusReplies) {
        if (!reply.recipient.isEmpty() && !addresses.contains(reply.recipient, Qt::CaseInsensitive)) {
            addresses.append(reply.recipient);
        }
    }
    if (addresses.isEmpty()) {
        for (const auto &[name, value] : mail.headers) {
            if (name.compare(u"X-Failed-Recipients"_s, Qt::CaseInsensitive) == 0) {
                addresses += value.split(u',', Qt::SkipEmptyParts);
            }
        }
    }
    return addresses.size() == 1 ? addresses.first().trimmed() : QString();
}
} // namespace

QString MailReplies::statusWarning(const ParsedReply &reply)
{
    if (reply.status.isEmpty() || reply.source != ReplySource::DeliveryStatus) {
        return {};
    }
    // X.0.0 says only the class (Exim writes 5.0.0 for every failure): less, not contrary.
    const bool unspecific = reply.status.endsWith(u".0.0"_s);
    const bool enhancedDiffers = !unspecific && !reply.enhanced.isEmpty() && reply.enhanced != reply.status;
    const bool classDiffers = !reply.basic.isEmpty() && reply.basic.front() != reply.status.front();
    if (!enhancedDiffers && !classDiffers) {
        return {};
    }
    return u"the delivery status says %1 but the SMTP reply says %2; the reply is what the receiving "
           u"server sent, the Status is the reporting MTA's summary of it (RFC 3464 §2.3.4, §2.3.6)"_s.arg(
               reply.status, reply.codes());
}

QList<ParsedReply> MailReplies::of(const MailMessage &mail, int mailIndex)
{
    QList<ParsedReply> replies;
    for (const DeliveryStatus &status : mail.deliveryStatus) {
        for (const DeliveryStatusRecipient &recipient : status.recipients) {
            ParsedReply reply = replyOf(status, recipient, mailIndex);
            if (!reply.basic.isEmpty() || !reply.enhanced.isEmpty()) {
                replies.append(std::move(reply));
            }
        }
    }
    const QString only = onlyRecipient(mail, replies);
    QList<MailText> texts = mail.texts;
    texts.append({headerText(mail), ReplySource::Headers});
    for (const MailText &text : std::as_const(texts)) {
        ReplyParser parser;
        for (ParsedReply found : parser.parse(text.text)) {
            found.mail = mailIndex;
            if (text.source == ReplySource::Headers) {
                found.source = ReplySource::Headers;
            }
            if (found.recipient.isEmpty()) {
                found.recipient = only;
            }
            const auto known
                = std::find_if(replies.begin(), replies.end(), [&found](const ParsedReply &reply) {
                      return sameCodes(reply, found)
                          && (found.recipient.isEmpty() || reply.recipient.isEmpty()
                              || sameAddress(reply.recipient, found.recipient));
                  });
            if (known != replies.end()) {
                merge(*known, found);
                continue;
            }
            if (const ParsedReply *status = statusReplyFor(replies, found.recipient)) {
                found.action = status->action;
                found.status = status->status;
                found.reportingMta = status->reportingMta;
                found.remoteMta = status->remoteMta;
            }
            replies.append(std::move(found));
        }
    }
    for (ParsedReply &reply : replies) {
        if (const QString warning = statusWarning(reply); !warning.isEmpty()) {
            reply.warnings.append(warning);
        }
    }
    return replies;
}

} // namespace SmtpCodes
