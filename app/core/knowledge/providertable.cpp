// SPDX-License-Identifier: GPL-3.0-or-later
#include "providertable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
struct CodeParts
{
    QStringView prefix; // "5.7"
    int detail = -1;
};

CodeParts partsOf(QStringView code)
{
    const qsizetype dot = code.lastIndexOf(u'.');
    if (dot <= 0) {
        return {};
    }
    bool ok = false;
    const int detail = code.mid(dot + 1).toInt(&ok);
    return ok ? CodeParts {code.left(dot), detail} : CodeParts {};
}
// Reads "class.subject.detail" from text at *at, moving *at past it.
bool readCode(QStringView text, qsizetype *at, int numbers[3])
{
    for (int part = 0; part < 3; ++part) {
        if (part > 0 && (*at >= text.size() || text.at((*at)++) != u'.')) {
            return false;
        }
        const qsizetype start = *at;
        numbers[part] = 0;
        while (*at < text.size() && *at - start < 3 && text.at(*at) >= u'0' && text.at(*at) <= u'9') {
            numbers[part] = numbers[part] * 10 + (text.at((*at)++).unicode() - u'0');
        }
        if (*at == start) {
            return false;
        }
    }
    return true;
}
} // namespace

QString ProviderResponse::enhancedLabel() const
{
    QString label = enhanced;
    return label.replace(u'-', u'\u2013');
}

QString ProviderResponse::codesLabel() const
{
    return QStringList {basic, enhancedLabel()}.join(u' ').trimmed();
}

bool ProviderResponse::coversEnhanced(QStringView code) const
{
    const QList<QStringView> parts = code.split(u'.');
    return parts.size() == 3 && coversEnhanced(parts.at(0).toInt(), parts.at(1).toInt(), parts.at(2).toInt());
}

void ProviderResponse::readRange()
{
    // Read by hand, without lists of parts: every start reads the range of every response, and
    // splitting the code cost more than the rest of adding the response.
    int first[3] = {};
    qsizetype at = 0;
    if (!readCode(enhanced, &at, first)) {
        return;
    }
    int last[3] = {first[0], first[1], first[2]};
    if (at < enhanced.size()
        && (enhanced.at(at) != u'-' || !readCode(enhanced, &++at, last) || at != enhanced.size())) {
        return;
    }
    m_class = first[0];
    m_subject = first[1];
    m_firstDetail = first[2];
    m_lastDetail = last[2];
}

QString ProviderResponse::registryKey() const
{
    if (enhanced.isEmpty() || enhanced.contains(u'-')) {
        return {};
    }
    return u"X"_s + enhanced.mid(enhanced.indexOf(u'.'));
}

const QStringList &ProviderTable::knownKinds()
{
    static const QStringList kinds {u"mailbox"_s, u"filter"_s, u"software"_s, u"sending"_s};
    return kinds;
}

const Provider *ProviderTable::provider(const QString &id) const
{
    const auto it = m_providerIndex.constFind(id);
    return it == m_providerIndex.cend() ? nullptr : &m_providers.at(*it);
}

const ProviderResponse *ProviderTable::response(const QString &key) const
{
    const auto it = m_responseIndex.constFind(key);
    return it == m_responseIndex.cend() ? nullptr : &m_responses.at(*it);
}

QList<const ProviderResponse *> ProviderTable::responsesOf(const Provider &provider) const
{
    QList<const ProviderResponse *> result;
    result.reserve(provider.responses.size());
    for (const qsizetype index : provider.responses) {
        result.append(&m_responses.at(index));
    }
    return result;
}

const Provider *ProviderTable::byHost(QStringView host, QString *suffix) const
{
    const Provider *best = nullptr;
    qsizetype bestLength = 0;
    for (const Provider &candidate : m_providers) {
        for (const QString &hostSuffix : candidate.hosts) {
            const bool matches = host.compare(hostSuffix, Qt::CaseInsensitive) == 0
                || (host.size() > hostSuffix.size() && host.endsWith(hostSuffix, Qt::CaseInsensitive)
                    && host.at(host.size() - hostSuffix.size() - 1) == u'.');
            if (matches && hostSuffix.size() > bestLength) {
                best = &candidate;
                bestLength = hostSuffix.size();
                if (suffix) {
                    *suffix = hostSuffix;
                }
            }
        }
    }
    return best;
}

const Provider *ProviderTable::byDomain(QStringView domain) const
{
    const auto it = m_byDomain.constFind(domain.toString().toLower());
    return it == m_byDomain.cend() ? nullptr : &m_providers.at(*it);
}

const Provider *ProviderTable::byMarker(QStringView lowerText, QString *marker) const
{
    const Provider *best = nullptr;
    QString longest;
    m_markers.forEachIn(lowerText, [&](qsizetype provider, const QString &found) {
        if (found.size() > longest.size()) {
            longest = found;
            best = &m_providers.at(provider);
        }
    });
    if (best && marker) {
        *marker = longest;
    }
    return best;
}

QList<qsizetype> ProviderTable::tagsIn(QStringView lowerText) const
{
    QList<qsizetype> found;
    m_tags.forEachIn(lowerText, [&found](qsizetype response, const QString &) {
        if (!found.contains(response)) {
            found.append(response);
        }
    });
    std::sort(found.begin(), found.end());
    return found;
}

QList<const ProviderResponse *> ProviderTable::byTag(QStringView tag) const
{
    QList<const ProviderResponse *> result;
    for (const qsizetype index : m_byTag.value(tag.toString().toLower())) {
        result.append(&m_responses.at(index));
    }
    return result;
}

QList<const ProviderResponse *> ProviderTable::byEnhanced(QStringView code) const
{
    QList<const ProviderResponse *> result;
    const CodeParts parts = partsOf(code);
    if (parts.detail < 0) {
        return result;
    }
    for (const qsizetype index : m_byCodePrefix.value(parts.prefix.toString())) {
        if (m_responses.at(index).coversEnhanced(code)) {
            result.append(&m_responses.at(index));
        }
    }
    return result;
}

QHash<qsizetype, QString> ProviderTable::patternsIn(QStringView lowerText) const
{
    QHash<qsizetype, QString> longest;
    m_patterns.forEachIn(lowerText, [&longest](qsizetype response, const QString &pattern) {
        QString &kept = longest[response];
        if (pattern.size() > kept.size()) {
            kept = pattern;
        }
    });
    return longest;
}

bool ProviderTable::addProvider(Provider provider)
{
    if (m_providerIndex.contains(provider.id)) {
        return false;
    }
    const qsizetype at = m_providers.size();
    m_providerIndex.insert(provider.id, at);
    for (const QString &marker : std::as_const(provider.markers)) {
        m_markers.add(marker, at);
    }
    for (const QString &domain : std::as_const(provider.domains)) {
        m_byDomain.insert(domain, at); // a later provider naming it too does not take it over
    }
    provider.responses.clear();
    provider.codeOnly.clear();
    m_providers.append(std::move(provider));
    return true;
}

bool ProviderTable::addResponse(ProviderResponse response)
{
    const auto owner = m_providerIndex.constFind(response.provider);
    const QString key = response.key();
    if (owner == m_providerIndex.cend() || m_responseIndex.contains(key)) {
        return false;
    }
    const qsizetype at = m_responses.size();
    response.readRange();
    m_responseIndex.insert(key, at);
    if (!response.tag.isEmpty()) {
        const QString tag = response.tag.toLower();
        m_byTag[tag].append(at);
        m_tags.add(tag, at); // three characters or more
    }
    if (!response.enhanced.isEmpty()) {
        const QStringView first = QStringView(response.enhanced).left(response.enhanced.indexOf(u'-'));
        m_byCodePrefix[partsOf(first).prefix.toString()].append(at);
    }
    for (const QString &pattern : std::as_const(response.patterns)) {
        m_patterns.add(pattern, at);
    }
    m_providers[*owner].responses.append(at);
    if (response.tag.isEmpty() && response.patterns.isEmpty()) {
        m_providers[*owner].codeOnly.append(at);
    }
    m_responses.append(std::move(response));
    return true;
}

} // namespace SmtpCodes
