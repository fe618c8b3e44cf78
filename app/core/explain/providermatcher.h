// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parsedreply.h"
#include "providertable.h"

namespace SmtpCodes {

// Which provider a reply came from, and which of its known responses it is.
struct ProviderMatch
{
    const Provider *provider = nullptr;
    QString providerEvidence; // "host gmail-smtp-in.l.google.com", "text: “gsmtp”"
    const ProviderResponse *response = nullptr;
    QString responseEvidence; // "tag TSS04", "5.7.606–5.7.649 and “banned sending ip”"
};

// Tells the provider from, in order: the host that answered (the delivery status's
// Remote-MTA, the host before the reply), host names and markers in the reply text, a
// provider's tag in the text, the recipient's domain, and an enhanced code outside the
// registry that only one provider uses. Then the provider's most specific matching response
// is taken (see SCHEMA.md: a tag over a phrase over a code alone). When no server is named,
// the wording decides: an MTA's default text (Postfix, Exim), which any server may send, or a
// provider's phrase long enough to be its own.
class ProviderMatcher
{
public:
    explicit ProviderMatcher(const ProviderTable &table);

    // registered: the reply's enhanced code is in the IANA registry.
    ProviderMatch match(const ParsedReply &reply, bool registered) const;

private:
    // A phrase this long is one provider's own wording, not a common one ("banned sending ip"
    // is 17 characters, "access denied" only 13).
    static constexpr qsizetype minimumTellingPhrase = 20;

    struct Candidate
    {
        const ProviderResponse *response = nullptr;
        int score = -1;
        QString phrase; // the pattern that matched, when one did
        QString evidence;
    };

    // What one reply's text holds, read once: the patterns by response
    // (ProviderTable::patternsIn) and the responses whose tag stands in it as a word.
    struct Words
    {
        QString lowerText;
        QHash<qsizetype, QString> hits;
        QList<qsizetype> tagged; // sorted
    };

    // True when the sign found names the server that answered; false for none, or only the
    // recipient's domain.
    bool detect(const ParsedReply &reply, const Words &words, bool registered, ProviderMatch &match) const;
    // The most specific response of provider that the reply matches.
    Candidate bestOf(const Provider &provider, const ParsedReply &reply, const Words &words) const;

    const ProviderTable &m_table;
};

} // namespace SmtpCodes
