// SPDX-License-Identifier: GPL-3.0-or-later
#include "cataloguesections.h"

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
QString bounceWords(bool hard)
{
    return hard ? u"hard bounce: the address is bad and will stay so"_s
                : u"soft bounce: this message failed, but the address is fine"_s;
}

Section sourcesSection(const QStringList &sources)
{
    Section section;
    section.id = u"sources"_s;
    section.heading = u"Sources"_s;
    section.bullets = sources;
    section.linkUrls = true;
    return section;
}
} // namespace

CatalogueSections::CatalogueSections(const KnowledgeBase &base)
    : m_base(base)
{ }

QList<Section> CatalogueSections::responseSections(const Entry &entry) const
{
    const ProviderResponse &response = *entry.response;
    const Provider *provider = m_base.providers().provider(response.provider);
    Section about;
    about.id = u"provider"_s;
    about.heading = u"Provider"_s;
    about.paragraphs.append(u"%1 sends %2%3."_s.arg(entry.providerName, response.codesLabel(),
        response.tag.isEmpty() ? QString() : u" with its tag "_s + response.tag));
    if (provider && !provider->url.isEmpty()) {
        about.paragraphs.append(u"Its page for senders: "_s + provider->url);
        about.linkUrls = true;
    }
    about.paragraphs.append(response.documented
            ? u"Documented by the provider."_s
            : u"Seen in real bounces; the provider does not document it (see the sources)."_s);
    if (!response.patterns.isEmpty()) {
        about.paragraphs.append(u"Recognised by its words: "_s + response.patterns.join(u"; "_s) + u"."_s);
    }
    Section standard;
    standard.id = u"standardMeaning"_s;
    standard.heading = u"Standard meaning of its codes"_s;
    for (const QString &key : {response.basic, response.registryKey()}) {
        if (const Entry *code = key.isEmpty() ? nullptr : m_base.entry(key)) {
            standard.codes.append({code->code, code->title, {}, entry.code});
        }
    }
    if (!response.registryKey().isEmpty() && !m_base.entry(response.registryKey())) {
        standard.paragraphs.append(u"%1 is not in the IANA registry: it is %2's own code."_s.arg(
            response.enhanced, entry.providerName));
    } else if (response.enhanced.contains(u'-')) {
        standard.paragraphs.append(u"%1 is a range of %2's own codes, outside the IANA registry."_s.arg(
            response.enhancedLabel(), entry.providerName));
    }
    if (response.registryDiffers) {
        standard.paragraphs.append(u"%1 gives %2 another meaning than the registry: read the provider's, not "
                                   u"the registry's."_s.arg(entry.providerName, response.enhanced));
    }
    Section reason;
    reason.id = u"reason"_s;
    reason.heading = u"Reason"_s;
    const Entry *reasonEntry = m_base.entry(response.reason);
    reason.codes.append({response.reason, reasonEntry ? reasonEntry->title : QString(), {}, {}});
    reason.paragraphs.append(u"A %1. %2"_s.arg(bounceWords(response.hard), response.retry));
    return {about, standard, reason, sourcesSection(response.sources)};
}

QList<Section> CatalogueSections::reasonSections(const Entry &entry) const
{
    const BounceReason &reason = *entry.reason;
    Section verdict;
    verdict.id = u"reason"_s;
    verdict.heading = u"Hard or soft"_s;
    verdict.paragraphs.append(reason.hard ? QString(u"A hard bounce when the reply is permanent (5xx): "_s
                                  + bounceWords(true) + u". Under a 4xx it is soft."_s)
                                          : QString(u"Always a "_s + bounceWords(false) + u"."_s));
    Section codes;
    codes.id = u"leadsHere"_s;
    codes.heading = u"Codes that lead here"_s;
    Section responses;
    responses.id = u"responsesLeadingHere"_s;
    responses.heading = u"Provider responses that lead here"_s;
    for (const QString &key : entry.related) {
        const Entry *other = m_base.entry(key);
        if (!other) {
            continue;
        }
        Section &target = other->response ? responses : codes;
        const QString title
            = other->response ? QString(other->providerName + u": "_s + other->title) : other->title;
        target.codes.append({key, title, {}, {}, other->response ? other->displayCode() : QString()});
    }
    return {verdict, codes, responses, sourcesSection(reason.sources)};
}

} // namespace SmtpCodes
