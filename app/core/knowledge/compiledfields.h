// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "distinction.h"
#include "entry.h"
#include "knowledgebase.h"
#include "provider.h"
#include "reasontable.h"
#include "reference.h"

namespace SmtpCodes {

// The fields of each knowledge-base value in the order the compiled data holds them. One list
// serves CompiledKnowledgeWriter and CompiledKnowledgeReader alike, so the two cannot drift
// apart; a field added to a value must be added here, or the compiled data loses it (the
// sizes below stop the build on the usual platform when a value grows and this list does not).
// Values an index rebuilds when they are added (a provider's responses) are not listed.

template<class Archive> void fields(Archive &a, Reference &r)
{
    a(r.rfc), a(r.section), a(r.note), a(r.title);
}

template<class Archive> void fields(Archive &a, ExtensionMeaning &m)
{
    a(m.extension), a(m.meaning), a(m.reference);
}

template<class Archive> void fields(Archive &a, KnowledgeBaseInfo &i)
{
    a(i.schemaVersion), a(i.version), a(i.ianaRegistryChecked), a(i.ianaRegistryUpdated);
}

template<class Archive> void fields(Archive &a, ReasonVariant &v)
{
    a(v.patterns), a(v.title), a(v.retry), a(v.advice);
}

template<class Archive> void fields(Archive &a, BounceReason &r)
{
    a(r.id), a(r.title), a(r.meaning), a(r.whoActs), a(r.retry), a(r.hard), a(r.enhanced), a(r.basic);
    a(r.patterns), a(r.sources), a(r.variants);
}

template<class Archive> void fields(Archive &a, ProviderResponse &r)
{
    a(r.provider), a(r.id), a(r.basic), a(r.enhanced), a(r.tag), a(r.patterns), a(r.title), a(r.meaning);
    a(r.fix), a(r.reason), a(r.hard), a(r.retry), a(r.whoActs), a(r.documented), a(r.registryDiffers);
    a(r.sources);
}

template<class Archive> void fields(Archive &a, Provider &p)
{
    a(p.id), a(p.name), a(p.kind), a(p.hosts), a(p.domains), a(p.markers), a(p.url), a(p.sources);
}

template<class Archive> void fields(Archive &a, Distinction &d)
{
    a(d.codes), a(d.title), a(d.summary), a(d.keyDifferences), a(d.forSender), a(d.forServer);
    a(d.references);
}

template<class Archive> void fields(Archive &a, Entry &e)
{
    a(e.code), a(e.kind), a(e.title), a(e.keywords), a(e.classes), a(e.standard), a(e.description);
    a(e.whenYouSeeIt), a(e.howToFix), a(e.useWhen), a(e.commands), a(e.references), a(e.related);
    a(e.basicCodes), a(e.basicCodesNote), a(e.extensionMeanings), a(e.notes), a(e.sourceFile);
    a(e.local), a(e.localNotes), a(e.response), a(e.providerName), a(e.reason), a(e.label);
}

#if defined(Q_PROCESSOR_X86_64) && defined(Q_OS_LINUX)
// A value that grows has a new field: list it above, then update its size here.
static_assert(sizeof(Reference) == 80);
static_assert(sizeof(ExtensionMeaning) == 128);
static_assert(sizeof(ReasonVariant) == 96);
static_assert(sizeof(BounceReason) == 248);
static_assert(sizeof(ProviderResponse) == 344);
static_assert(sizeof(Provider) == 240);
static_assert(sizeof(Distinction) == 168);
static_assert(sizeof(Entry) == 512);
#endif

} // namespace SmtpCodes
