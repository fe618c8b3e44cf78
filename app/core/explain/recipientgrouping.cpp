// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipientgrouping.h"

#include "mailreplies.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace SmtpCodes::RecipientGrouping {

namespace {
void fillIfEmpty(QString &field, const QString &value)
{
    if (field.isEmpty()) {
        field = value;
    }
}
} // namespace

QList<RecipientResult> group(const QList<ExplainedReply> &replies)
{
    QList<RecipientResult> groups;
    QHash<QString, qsizetype> indexOf; // "mail\naddress" -> group
    for (qsizetype i = 0; i < replies.size(); ++i) {
        const ParsedReply &reply = replies.at(i).reply;
        const QString key = QString::number(reply.mail) + u'\n' + reply.recipient.toLower();
        auto it = indexOf.constFind(key);
        if (it == indexOf.cend()) {
            RecipientResult result;
            result.mail = reply.mail;
            result.recipient = reply.recipient;
            groups.append(result);
            it = indexOf.insert(key, groups.size() - 1);
        }
        RecipientResult &result = groups[*it];
        result.replies.append(i);
        fillIfEmpty(result.originalRecipient, reply.originalRecipient);
        fillIfEmpty(result.action, reply.action);
        fillIfEmpty(result.status, reply.status);
        fillIfEmpty(result.reportingMta, reply.reportingMta);
        fillIfEmpty(result.remoteMta, reply.remoteMta);
        if (const QString warning = MailReplies::statusWarning(reply);
            !warning.isEmpty() && !result.warnings.contains(warning)) {
            result.warnings.append(warning);
        }
    }
    return groups;
}

} // namespace SmtpCodes::RecipientGrouping
