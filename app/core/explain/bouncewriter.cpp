// SPDX-License-Identifier: GPL-3.0-or-later
#include "bouncewriter.h"

#include <array>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
enum class Where { HeaderName, HeaderValue, From, ReportingMta, DsnField, Body };

struct Sign
{
    const char *writer;
    Where where;
    const char *text; // lower case; a header name is matched as a prefix
    const char *evidence;
};

// In order: the first sign found names the writer. Hosts come before header names because a
// service's bounce carries the fields of the software it runs on.
constexpr std::array signs {
    Sign {"Amazon SES", Where::HeaderName, "x-ses-outgoing", "X-SES-Outgoing field"},
    Sign {"Amazon SES", Where::ReportingMta, "amazonses.com", "Reporting-MTA at amazonses.com"},
    Sign {"Amazon SES", Where::From, "amazonses.com", "sent from amazonses.com"},
    Sign {"Microsoft 365", Where::ReportingMta, ".outlook.com", "Reporting-MTA at outlook.com"},
    Sign {"Microsoft 365", Where::ReportingMta, "exchangelabs.com", "Reporting-MTA at exchangelabs.com"},
    Sign {"Microsoft 365", Where::HeaderValue, ".prod.outlook.com", "relayed by prod.outlook.com"},
    Sign {"Microsoft 365", Where::HeaderValue, "exchangelabs.com", "relayed by exchangelabs.com"},
    Sign {"Gmail", Where::ReportingMta, "googlemail.com", "Reporting-MTA googlemail.com"},
    Sign {"Gmail", Where::ReportingMta, "google.com", "Reporting-MTA at google.com"},
    Sign {"Gmail", Where::From, "googlemail.com", "sent from googlemail.com"},
    Sign {"Gmail", Where::From, "@google.com", "sent from google.com"},
    Sign {"Yahoo", Where::From, "yahoo.com", "sent from yahoo.com"},
    Sign {"Yahoo", Where::ReportingMta, "yahoo.com", "Reporting-MTA at yahoo.com"},
    Sign {"Microsoft Exchange", Where::HeaderName, "x-ms-exchange-", "X-MS-Exchange fields"},
    Sign {"Microsoft Exchange", Where::Body, "remote server returned '",
        "Exchange's \"Remote Server returned\""},
    Sign {"Postfix", Where::DsnField, "x-postfix-queue-id", "X-Postfix-Queue-ID field"},
    Sign {"Postfix", Where::HeaderName, "x-postfix-queue-id", "X-Postfix-Queue-ID field"},
    Sign {"Postfix", Where::Body, "this is the mail system at host", "Postfix's bounce text"},
    Sign {"Postfix", Where::Body, "the postfix program", "Postfix's bounce text"},
    Sign {"Exim", Where::HeaderName, "x-failed-recipients", "X-Failed-Recipients field"},
    Sign {"Exim", Where::Body, "this message was created automatically by mail delivery software",
        "Exim's bounce text"},
    Sign {"qmail", Where::Body, "this is the qmail-send program", "qmail's bounce text"},
    Sign {"Sendmail", Where::Body, "----- transcript of session follows -----", "Sendmail's bounce text"},
    Sign {"Sendmail", Where::Body, "the original message was received at", "Sendmail's bounce text"},
    Sign {"Sendmail", Where::Body, "----- the following addresses had", "Sendmail's bounce text"},
};

bool matches(const Sign &sign, const MailMessage &mail, const QString &body)
{
    const QLatin1StringView text(sign.text);
    switch (sign.where) {
    case Where::HeaderName:
        return std::any_of(mail.headers.cbegin(), mail.headers.cend(),
            [text](const auto &field) { return field.first.startsWith(text, Qt::CaseInsensitive); });
    case Where::HeaderValue:
        return std::any_of(mail.headers.cbegin(), mail.headers.cend(),
            [text](const auto &field) { return field.second.contains(text, Qt::CaseInsensitive); });
    case Where::From:
        return mail.from.contains(text, Qt::CaseInsensitive);
    case Where::ReportingMta:
        return std::any_of(
            mail.deliveryStatus.cbegin(), mail.deliveryStatus.cend(), [text](const DeliveryStatus &status) {
                return status.reportingMta.contains(text, Qt::CaseInsensitive);
            });
    case Where::DsnField:
        return std::any_of(mail.deliveryStatus.cbegin(), mail.deliveryStatus.cend(),
            [text](const DeliveryStatus &status) { return status.messageFields.contains(text); });
    case Where::Body:
        return body.contains(text); // already lower case
    }
    return false;
}
} // namespace

BounceWriter::Identity BounceWriter::identify(const MailMessage &mail)
{
    QString body;
    for (const MailText &text : mail.texts) {
        if (text.source == ReplySource::Body) {
            // The sentences that tell a writer open its text; the rest of a long bounce is not read.
            body += text.text.left(8 * 1024).simplified().toLower() + u'\n';
        }
    }
    for (const Sign &sign : signs) {
        if (matches(sign, mail, body)) {
            return {QString::fromLatin1(sign.writer), QString::fromLatin1(sign.evidence)};
        }
    }
    return {};
}

} // namespace SmtpCodes
