// SPDX-License-Identifier: GPL-3.0-or-later
#include "providermatcher.h"

#include "hostnames.h"

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
QString quoted(const QString &text)
{
    return u"\u201c"_s + text + u"\u201d"_s;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// The tag as a whole word of text, without case: "[TSS04]" holds TSS04; "550-bl23.html" does
// not hold BL23 as a word of its own only when letters or digits touch it.
bool holdsTag(QStringView lowerText, const QString &tag)
{
    const QString lowerTag = tag.toLower();
    for (qsizetype at = lowerText.indexOf(lowerTag); at >= 0; at = lowerText.indexOf(lowerTag, at + 1)) {
        const qsizetype end = at + lowerTag.size();
        const bool startsWord = at == 0 || !isWordChar(lowerText.at(at - 1)) || !isWordChar(lowerTag.front());
        const bool endsWord
            = end >= lowerText.size() || !isWordChar(lowerText.at(end)) || !isWordChar(lowerTag.back());
        if (startsWord && endsWord) {
            return true;
        }
    }
    return false;
}

int classOf(const ParsedReply &reply)
{
    const QString &code = reply.basic.isEmpty() ? reply.enhanced : reply.basic;
    return code.isEmpty() ? 0 : code.front().digitValue();
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? QString() : address.mid(at + 1).toLower();
}
} // namespace

ProviderMatcher::ProviderMatcher(const ProviderTable &table)
    : m_table(table)
{
    for (const Provider &provider : table.providers()) {
        if (provider.isSoftware()) {
            m_software.append(&provider);
        }
    }
}

ProviderMatch ProviderMatcher::match(const ParsedReply &reply, bool registered) const
{
    ProviderMatch result;
    if (m_table.isEmpty() || classOf(reply) < 4) {
        return result;
    }
    const QString lowerText = reply.text.toLower();
    detect(reply, lowerText, registered, result);
    int bestScore = -1;
    if (result.provider) {
        result.response = bestOf(*result.provider, reply, lowerText, &bestScore, &result.responseEvidence);
    }
    if (result.response) {
        return result;
    }
    // A recipient's domain says where the mailbox is, not which server answered: a relay's
    // own default rejection may have come first.
    const bool byDomainOnly = result.provider && result.providerEvidence.startsWith(u"the recipient"_s);
    if (result.provider && !byDomainOnly) {
        return result;
    }
    for (const Provider *software : m_software) {
        int score = -1;
        QString evidence;
        const ProviderResponse *found = bestOf(*software, reply, lowerText, &score, &evidence);
        if (found && score > bestScore && !found->patterns.isEmpty()) {
            bestScore = score;
            result.response = found;
            result.responseEvidence = evidence;
            result.provider = software;
            result.providerEvidence = u"the wording of its default rejection"_s;
        }
    }
    return result;
}

void ProviderMatcher::detect(
    const ParsedReply &reply, QStringView lowerText, bool registered, ProviderMatch &match) const
{
    const auto byHost = [&](const QString &host, const QString &what) {
        QString suffix;
        if (const Provider *found = host.isEmpty() ? nullptr : m_table.byHost(host, &suffix)) {
            match.provider = found;
            match.providerEvidence = u"%1 %2"_s.arg(what, host);
            return true;
        }
        return false;
    };
    if (byHost(reply.remoteMta.toLower(), u"Remote-MTA"_s) || byHost(reply.host, u"host"_s)) {
        return;
    }
    QString marker;
    const Provider *byMarker = m_table.byMarker(lowerText, &marker);
    for (const QString &host : HostNames::inText(lowerText)) {
        QString suffix;
        if (const Provider *found = m_table.byHost(host, &suffix);
            found && (!byMarker || suffix.size() > marker.size())) {
            match.provider = found;
            match.providerEvidence = u"host %1 in the text"_s.arg(host);
            return;
        }
    }
    if (byMarker) {
        match.provider = byMarker;
        match.providerEvidence = u"text: "_s + quoted(marker);
        return;
    }
    for (const ProviderResponse &response : m_table.responses()) {
        if (!response.tag.isEmpty() && response.tag.size() >= 4 && holdsTag(lowerText, response.tag)) {
            match.provider = m_table.provider(response.provider);
            match.providerEvidence = u"its tag %1"_s.arg(response.tag);
            return;
        }
    }
    if (const Provider *found = m_table.byDomain(domainOf(reply.recipient))) {
        match.provider = found;
        match.providerEvidence = u"the recipient's domain %1"_s.arg(domainOf(reply.recipient));
        return;
    }
    if (!registered && !reply.enhanced.isEmpty()) {
        const QList<const ProviderResponse *> users = m_table.byEnhanced(reply.enhanced);
        const bool one = !users.isEmpty()
            && std::all_of(users.cbegin(), users.cend(),
                [&users](const ProviderResponse *r) { return r->provider == users.first()->provider; });
        if (one) {
            match.provider = m_table.provider(users.first()->provider);
            match.providerEvidence = u"%1 is outside the registry, and only %2 uses it"_s.arg(
                reply.enhanced, match.provider->name);
        }
    }
}

const ProviderResponse *ProviderMatcher::bestOf(const Provider &provider, const ParsedReply &reply,
    QStringView lowerText, int *score, QString *evidence) const
{
    const int replyClass = classOf(reply);
    const ProviderResponse *best = nullptr;
    int bestScore = -1;
    for (const ProviderResponse *response : m_table.responsesOf(provider)) {
        if (response->basic.front().digitValue() != replyClass) {
            continue;
        }
        if (!response->enhanced.isEmpty() && !response->coversEnhanced(reply.enhanced)) {
            continue;
        }
        const bool tagged = !response->tag.isEmpty() && holdsTag(lowerText, response->tag);
        QString phrase;
        for (const QString &pattern : response->patterns) {
            if (pattern.size() > phrase.size() && lowerText.contains(pattern)) {
                phrase = pattern;
            }
        }
        const bool needsWords = !response->tag.isEmpty() || !response->patterns.isEmpty();
        if (needsWords && !tagged && phrase.isEmpty()) {
            continue;
        }
        const bool exactCode = !response->enhanced.isEmpty() && !response->enhanced.contains(u'-');
        const int value = (tagged ? 100000 : 0) + int(phrase.size()) * 100
            + (response->enhanced.isEmpty() ? 0 : (exactCode ? 50 : 40))
            + (response->basic == reply.basic ? 10 : 0);
        if (value > bestScore) {
            bestScore = value;
            best = response;
            QStringList parts;
            if (!response->enhanced.isEmpty()) {
                parts.append(u"%1 %2"_s.arg(provider.name, response->enhancedLabel()));
            }
            if (tagged) {
                parts.append(u"tag "_s + response->tag);
            } else if (!phrase.isEmpty()) {
                parts.append(u"text: "_s + quoted(phrase));
            }
            *evidence = parts.isEmpty() ? provider.name : parts.join(u", "_s);
        }
    }
    *score = bestScore;
    return best;
}

} // namespace SmtpCodes
