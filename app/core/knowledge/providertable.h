// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phraseindex.h"
#include "provider.h"

#include <QHash>
#include <QList>
#include <QString>

namespace SmtpCodes {

// The providers of the knowledge base and their responses (read by ProviderReader), with the
// look-ups that tell which provider a reply came from and which of its responses it is.
class ProviderTable
{
public:
    static const QStringList &knownKinds();

    bool isEmpty() const { return m_providers.isEmpty(); }
    const QList<Provider> &providers() const { return m_providers; }
    const QList<ProviderResponse> &responses() const { return m_responses; }
    const Provider *provider(const QString &id) const;
    const ProviderResponse *response(const QString &key) const;
    // The responses of a provider, in file order.
    QList<const ProviderResponse *> responsesOf(const Provider &provider) const;

    // The provider whose host suffix host ends in; the longest suffix wins, so
    // "olc.protection.outlook.com" goes to Outlook.com before "protection.outlook.com" to
    // Microsoft 365. suffix, when given, receives the suffix that matched.
    const Provider *byHost(QStringView host, QString *suffix = nullptr) const;
    const Provider *byDomain(QStringView domain) const;
    // The provider whose marker lowerText holds; the longest marker wins.
    const Provider *byMarker(QStringView lowerText, QString *marker = nullptr) const;
    // Responses whose tag (three characters or more) lowerText holds, in file order; whether
    // it stands as a word of its own is the caller's to check.
    QList<qsizetype> tagsIn(QStringView lowerText) const;
    // Responses whose tag is tag, compared without case.
    QList<const ProviderResponse *> byTag(QStringView tag) const;
    // Responses whose enhanced code is code or whose range holds it ("5.7.610").
    QList<const ProviderResponse *> byEnhanced(QStringView code) const;

    // The longest pattern of each response that lowerText holds, by index into responses().
    QHash<qsizetype, QString> patternsIn(QStringView lowerText) const;

    // Adds a provider read and checked elsewhere; false when its id is taken.
    bool addProvider(Provider provider);
    // Adds a response to its provider, which must have been added; false when its key is taken.
    bool addResponse(ProviderResponse response);
    // Room for count responses in all, for a reader that knows how many will come.
    void reserveResponses(qsizetype count)
    {
        m_responses.reserve(count);
        m_responseIndex.reserve(count);
    }

private:
    QList<Provider> m_providers;
    QList<ProviderResponse> m_responses;
    QHash<QString, qsizetype> m_providerIndex;
    QHash<QString, qsizetype> m_responseIndex;
    QHash<QString, qsizetype> m_byDomain;
    QHash<QString, QList<qsizetype>> m_byTag; // lower-case tag
    QHash<QString, QList<qsizetype>> m_byCodePrefix; // "5.7": responses with an enhanced code
    PhraseIndex m_patterns; // each pattern to its response
    PhraseIndex m_tags; // each lower-case tag to its response
    PhraseIndex m_markers; // each marker to its provider
};

} // namespace SmtpCodes
