// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpCodes {

// One reply a provider is known to send, with what it means there; see the providers
// section of resources/knowledge-base/SCHEMA.md for each field.
struct ProviderResponse
{
    QString provider; // the provider's id: "microsoft"
    QString id; // unique in its provider: "banned-sending-ip"
    QString basic; // "550"
    QString enhanced; // as written: "5.7.606" or "5.7.606-5.7.649"; empty when none
    QString tag; // the provider's own identifier in the text: "TSS04"; empty when none
    QStringList patterns; // lower-case phrases of the reply text
    QString title;
    QString meaning;
    QString fix;
    QString reason; // a ReasonTable id
    bool hard = false;
    QString retry;
    QStringList whoActs;
    bool documented = true; // false: only seen in real bounces
    bool registryDiffers = false; // gives a registered enhanced code another meaning
    QStringList sources; // "URL (checked 2026-12-01)"

    // The entry key: "microsoft/banned-sending-ip".
    QString key() const { return provider + u'/' + id; }
    // "5.7.606", "5.7.606–5.7.649", or empty.
    QString enhancedLabel() const;
    // The codes as a heading shows them: "550 5.7.606–5.7.649".
    QString codesLabel() const;
    // True when code ("5.7.610") is the response's enhanced code or inside its range.
    bool coversEnhanced(QStringView code) const;
    // The same for a code already read into its numbers; the range's numbers are read once,
    // by readRange(), since a long paste asks this of every response for every reply.
    bool coversEnhanced(int codeClass, int subject, int detail) const
    {
        return codeClass == m_class && subject == m_subject && detail >= m_firstDetail
            && detail <= m_lastDetail;
    }
    void readRange();
    // The registry key of the enhanced code ("X.7.23"), when it is one code, not a range.
    QString registryKey() const;

private:
    int m_class = -1;
    int m_subject = -1;
    int m_firstDetail = -1;
    int m_lastDetail = -2;
};

// A mailbox provider, filter, MTA or sending service and how its replies are recognised.
struct Provider
{
    QString id; // "google"
    QString name; // "Gmail / Google Workspace"
    QString kind; // mailbox, filter, software, sending
    QStringList hosts; // host-name suffixes of its servers
    QStringList domains; // mail domains it hosts
    QStringList markers; // lower-case text only its replies hold
    QString url;
    QStringList sources;
    QList<qsizetype> responses; // indexes into ProviderTable::responses()
    QList<qsizetype> codeOnly; // those matched by their code alone (no tag, no patterns)

    // An MTA's default texts come from any server running it: they have no host to tell them.
    bool isSoftware() const { return kind == u"software"; }
};

} // namespace SmtpCodes
