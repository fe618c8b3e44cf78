// SPDX-License-Identifier: GPL-3.0-or-later
#include "providermatcher.h"

#include "hostnames.h"

#include <QSet>

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
{ }

ProviderMatch ProviderMatcher::match(const ParsedReply &reply, bool registered) const
{
    ProviderMatch result;
    if (m_table.isEmpty() || classOf(reply) < 4) {
        return result;
    }
    const QString lowerText = reply.text.toLower();
    const QHash<qsizetype, QString> hits = m_table.patternsIn(lowerText);
    detect(reply, lowerText, registered, result);
    // A recipient's domain says where the mailbox is, not which server answered: a relay's
    // own rejection, or a filter in front, may have written the reply.
    const bool byDomainOnly = result.provider && result.providerEvidence.startsWith(u"the recipient"_s);
    Candidate best;
    if (result.provider) {
        best = bestOf(*result.provider, reply, lowerText, hits);
        result.response = best.response;
        result.responseEvidence = best.evidence;
        if (!byDomainOnly) {
            return result;
        }
    }
    // No server named: the wording alone tells an MTA's default text, or a provider's when
    // the phrase is long enough to be its own.
    QSet<QString> worded;
    for (auto it = hits.cbegin(); it != hits.cend(); ++it) {
        worded.insert(m_table.responses().at(it.key()).provider);
    }
    for (const QString &id : std::as_const(worded)) {
        const Provider *provider = m_table.provider(id);
        const Candidate found = bestOf(*provider, reply, lowerText, hits);
        const bool telling = provider->isSoftware() || found.phrase.size() >= minimumTellingPhrase;
        const bool better = found.score > best.score
            || (found.score == best.score && provider->isSoftware() && best.response);
        if (found.response && telling && better) {
            best = found;
            result.provider = provider;
            result.providerEvidence = provider->isSoftware()
                ? u"the wording of its default rejection"_s
                : u"the wording %1, which only %2 uses"_s.arg(quoted(found.phrase), provider->name);
            result.response = found.response;
            result.responseEvidence = found.evidence;
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

ProviderMatcher::Candidate ProviderMatcher::bestOf(const Provider &provider, const ParsedReply &reply,
    QStringView lowerText, const QHash<qsizetype, QString> &hits) const
{
    const int replyClass = classOf(reply);
    Candidate best;
    for (const qsizetype index : provider.responses) {
        const ProviderResponse &response = m_table.responses().at(index);
        if (response.basic.front().digitValue() != replyClass
            || (!response.enhanced.isEmpty() && !response.coversEnhanced(reply.enhanced))) {
            continue;
        }
        const bool tagged = !response.tag.isEmpty() && holdsTag(lowerText, response.tag);
        const QString phrase = hits.value(index);
        if ((!response.tag.isEmpty() || !response.patterns.isEmpty()) && !tagged && phrase.isEmpty()) {
            continue;
        }
        const bool exactCode = !response.enhanced.isEmpty() && !response.enhanced.contains(u'-');
        const int score = (tagged ? 100000 : 0) + int(phrase.size()) * 100
            + (response.enhanced.isEmpty() ? 0 : (exactCode ? 50 : 40))
            + (response.basic == reply.basic ? 10 : 0);
        if (score <= best.score) {
            continue;
        }
        QStringList parts;
        if (!response.enhanced.isEmpty()) {
            parts.append(u"%1 %2"_s.arg(provider.name, response.enhancedLabel()));
        }
        if (tagged) {
            parts.append(u"tag "_s + response.tag);
        } else if (!phrase.isEmpty()) {
            parts.append(u"text: "_s + quoted(phrase));
        }
        best = {&response, score, tagged ? QString() : phrase, parts.join(u", "_s)};
    }
    return best;
}

} // namespace SmtpCodes
