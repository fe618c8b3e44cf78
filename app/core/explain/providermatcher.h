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
// is taken (see SCHEMA.md: a tag over a phrase over a code alone). An MTA's default texts
// (Postfix, Exim) come from servers of every provider: they are tried when the provider has
// no response that matches, or none is known.
class ProviderMatcher
{
public:
    explicit ProviderMatcher(const ProviderTable &table);

    // registered: the reply's enhanced code is in the IANA registry.
    ProviderMatch match(const ParsedReply &reply, bool registered) const;

private:
    void detect(const ParsedReply &reply, QStringView lowerText, bool registered, ProviderMatch &match) const;
    // The best response of provider for the reply, and its score; null when none matches.
    const ProviderResponse *bestOf(const Provider &provider, const ParsedReply &reply, QStringView lowerText,
        int *score, QString *evidence) const;

    const ProviderTable &m_table;
    QList<const Provider *> m_software;
};

} // namespace SmtpCodes
