// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliverystatusreader.h"

#include <QList>
#include <QPair>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
struct Field
{
    QString name; // lower case
    QString value;
    int line = 0;
};

// Fields with folded lines joined; an empty name marks a blank line (the end of a group).
QList<Field> fieldsOf(QStringView text)
{
    QList<Field> fields;
    int number = 0;
    for (QStringView line : text.split(u'\n')) {
        ++number;
        if (line.endsWith(u'\r')) {
            line.chop(1);
        }
        if (line.trimmed().isEmpty()) {
            if (!fields.isEmpty() && !fields.last().name.isEmpty()) {
                fields.append(Field {});
            }
            continue;
        }
        if (line.at(0).isSpace()) {
            if (!fields.isEmpty() && !fields.last().name.isEmpty()) {
                fields.last().value += u' ' + line.trimmed().toString();
            }
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            continue; // not a field: a stray line of text
        }
        fields.append(Field {line.left(colon).trimmed().toString().toLower(),
            line.mid(colon + 1).trimmed().toString(), number});
    }
    return fields;
}

// "dns; mx.example.com. (192.0.2.1, the server for example.com.)" -> "mx.example.com"
QString hostOf(const QString &value)
{
    QString host = DeliveryStatusReader::withoutType(value).section(u'(', 0, 0).trimmed();
    if (host.endsWith(u'.')) {
        host.chop(1);
    }
    return host;
}

bool isRecipientField(const QString &name)
{
    return name == u"final-recipient" || name == u"original-recipient" || name == u"action"
        || name == u"status" || name == u"remote-mta" || name == u"diagnostic-code"
        || name == u"last-attempt-date" || name == u"will-retry-until";
}

void setRecipientField(DeliveryStatusRecipient &recipient, const Field &field)
{
    if (field.name == u"final-recipient") {
        recipient.finalRecipient = DeliveryStatusReader::withoutType(field.value);
    } else if (field.name == u"original-recipient") {
        recipient.originalRecipient = DeliveryStatusReader::withoutType(field.value);
    } else if (field.name == u"action") {
        // RFC 3464 §2.3.3 allows a comment after the action: "failed (bad address)".
        recipient.action = field.value.section(u' ', 0, 0).section(u'(', 0, 0).toLower();
    } else if (field.name == u"status") {
        recipient.status = field.value.section(u' ', 0, 0).section(u'(', 0, 0);
    } else if (field.name == u"remote-mta") {
        recipient.remoteMta = hostOf(field.value);
    } else if (field.name == u"diagnostic-code") {
        const qsizetype semicolon = field.value.indexOf(u';');
        // Some writers leave the type out: "Diagnostic-Code: 550 5.1.1 ...".
        const bool typed = semicolon > 0 && semicolon < 32 && !field.value.left(semicolon).contains(u' ');
        recipient.diagnosticType = typed ? field.value.left(semicolon).trimmed() : QString();
        recipient.diagnosticCode = typed ? field.value.mid(semicolon + 1).trimmed() : field.value;
    }
}
} // namespace

QString DeliveryStatusReader::withoutType(QStringView value)
{
    const qsizetype semicolon = value.indexOf(u';');
    QStringView rest = semicolon >= 0 ? value.mid(semicolon + 1) : value;
    rest = rest.trimmed();
    if (rest.startsWith(u'<') && rest.endsWith(u'>')) {
        rest = rest.mid(1, rest.size() - 2);
    }
    return rest.toString();
}

DeliveryStatus DeliveryStatusReader::read(QStringView text)
{
    DeliveryStatus status;
    bool inRecipient = false;
    DeliveryStatusRecipient current;
    const auto close = [&] {
        if (inRecipient && (!current.finalRecipient.isEmpty() || !current.status.isEmpty())) {
            status.recipients.append(current);
        }
        current = {};
        inRecipient = false;
    };
    for (const Field &field : fieldsOf(text)) {
        if (field.name.isEmpty()) {
            close();
            continue;
        }
        if (!inRecipient && !isRecipientField(field.name)) {
            status.messageFields.append(field.name);
        }
        if (field.name == u"reporting-mta" && !inRecipient) {
            status.reportingMta = hostOf(field.value);
        } else if (field.name == u"received-from-mta" && !inRecipient) {
            status.receivedFromMta = hostOf(field.value);
        } else if (isRecipientField(field.name)) {
            // A second Final-Recipient in one group: the writer left out the blank line.
            if (inRecipient && field.name == u"final-recipient" && !current.finalRecipient.isEmpty()) {
                close();
            }
            if (!inRecipient) {
                inRecipient = true;
                current.line = field.line;
            }
            setRecipientField(current, field);
        }
    }
    close();
    return status;
}

bool DeliveryStatusReader::looksLikeDeliveryStatus(QStringView text)
{
    const QStringView head = text.left(4096).trimmed();
    const bool startsWithField = head.startsWith(u"Reporting-MTA:"_s, Qt::CaseInsensitive)
        || head.startsWith(u"Final-Recipient:"_s, Qt::CaseInsensitive)
        || head.startsWith(u"Original-Envelope-Id:"_s, Qt::CaseInsensitive)
        || head.startsWith(u"Original-Recipient:"_s, Qt::CaseInsensitive);
    return startsWithField && head.contains(u"Final-Recipient:"_s, Qt::CaseInsensitive);
}

} // namespace SmtpCodes
