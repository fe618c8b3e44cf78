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
    Words words;
    words.lowerText = reply.text.toLower();
    words.hits = m_table.patternsIn(words.lowerText);
    for (const qsizetype index : m_table.tagsIn(words.lowerText)) {
        if (holdsTag(words.lowerText, m_table.responses().at(index).tag)) {
            words.tagged.append(index);
        }
    }
    const QHash<qsizetype, QString> &hits = words.hits;
    // A recipient's domain says where the mailbox is, not which server answered: a relay's
    // own rejection, or a filter in front, may have written the reply.
    const bool serverNamed = detect(reply, words, registered, result);
    const bool byDomainOnly = result.provider && !serverNamed;
    Candidate best;
    if (result.provider) {
        best = bestOf(*result.provider, reply, words);
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
        const Candidate found = bestOf(*provider, reply, words);
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

bool ProviderMatcher::detect(
    const ParsedReply &reply, const Words &words, bool registered, ProviderMatch &match) const
{
    const QString &lowerText = words.lowerText;
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
        return true;
    }
    QString marker;
    const Provider *byMarker = m_table.byMarker(lowerText, &marker);
    for (const QString &host : HostNames::inText(lowerText)) {
        QString suffix;
        if (const Provider *found = m_table.byHost(host, &suffix);
            found && (!byMarker || suffix.size() > marker.size())) {
            match.provider = found;
            match.providerEvidence = u"host %1 in the text"_s.arg(host);
            return true;
        }
    }
    if (byMarker) {
        match.provider = byMarker;
        match.providerEvidence = u"text: "_s + quoted(marker);
        return true;
    }
    for (const qsizetype index : words.tagged) {
        const ProviderResponse &response = m_table.responses().at(index);
        if (response.tag.size() >= 4) { // a shorter tag is too easily some other word
            match.provider = m_table.provider(response.provider);
            match.providerEvidence = u"its tag %1"_s.arg(response.tag);
            return true;
        }
    }
    if (const Provider *found = m_table.byDomain(domainOf(reply.recipient))) {
        match.provider = found;
        match.providerEvidence = u"the recipient's domain %1"_s.arg(domainOf(reply.recipient));
        return false; // where the mailbox is, not which server answered
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
    return match.provider != nullptr; // a code only one provider uses is its own server's
}

ProviderMatcher::Candidate ProviderMatcher::bestOf(
    const Provider &provider, const ParsedReply &reply, const Words &words) const
{
    const int replyClass = classOf(reply);
    // The reply's enhanced code as numbers, read once for all the provider's responses.
    const QList<QStringView> numbers = QStringView(reply.enhanced).split(u'.');
    const bool hasCode = numbers.size() == 3;
    const int codeClass = hasCode ? numbers.at(0).toInt() : -1;
    const int subject = hasCode ? numbers.at(1).toInt() : -1;
    const int detail = hasCode ? numbers.at(2).toInt() : -1;
    Candidate best;
    // Only the responses the reply can match: those its words or tags name, and those told by
    // their code alone; reading every response of a provider for every reply cost a third of
    // the explaining of a long paste.
    QList<qsizetype> candidates = provider.codeOnly;
    for (auto it = words.hits.cbegin(); it != words.hits.cend(); ++it) {
        if (m_table.responses().at(it.key()).provider == provider.id) {
            candidates.append(it.key());
        }
    }
    for (const qsizetype index : words.tagged) {
        if (m_table.responses().at(index).provider == provider.id) {
            candidates.append(index);
        }
    }
    for (const qsizetype index : std::as_const(candidates)) {
        const ProviderResponse &response = m_table.responses().at(index);
        const bool tagged = !response.tag.isEmpty()
            && std::binary_search(words.tagged.cbegin(), words.tagged.cend(), index);
        const auto hit = words.hits.constFind(index);
        if (response.basic.front().digitValue() != replyClass
            || (!response.enhanced.isEmpty() && !response.coversEnhanced(codeClass, subject, detail))) {
            continue;
        }
        const QString phrase = hit == words.hits.cend() ? QString() : *hit;
        const bool exactCode = !response.enhanced.isEmpty() && !response.enhanced.contains(u'-');
        const int score = (tagged ? 100000 : 0) + int(phrase.size()) * 100
            + (response.enhanced.isEmpty() ? 0 : (exactCode ? 50 : 40))
            + (response.basic == reply.basic ? 10 : 0);
        if (score <= best.score) {
            continue;
        }
        best = {&response, score, tagged ? QString() : phrase, {}};
    }
    // Said once, for the winner only.
    if (const ProviderResponse *response = best.response) {
        QStringList parts;
        if (!response->enhanced.isEmpty()) {
            parts.append(u"%1 %2"_s.arg(provider.name, response->enhancedLabel()));
        }
        if (best.phrase.isEmpty() && !response->tag.isEmpty()) {
            parts.append(u"tag "_s + response->tag);
        } else if (!best.phrase.isEmpty()) {
            parts.append(u"text: "_s + quoted(best.phrase));
        }
        best.evidence = parts.join(u", "_s);
    }
    return best;
}

} // namespace SmtpCodes
