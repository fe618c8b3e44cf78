// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogueentries.h"

#include "knowledgebase.h"

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
std::optional<CodeClass> basicClassOf(const QString &basic)
{
    return basic.isEmpty() ? std::nullopt : CodeClasses::basicFromDigit(basic.front().digitValue());
}

QStringList codesOf(const ProviderResponse &response)
{
    const qsizetype dash = response.enhanced.indexOf(u'-');
    if (dash < 0) {
        return response.enhanced.isEmpty() ? QStringList() : QStringList {response.enhanced};
    }
    const QString first = response.enhanced.left(dash);
    const QString prefix = first.left(first.lastIndexOf(u'.') + 1);
    const int from = first.mid(prefix.size()).toInt();
    const int to = response.enhanced.mid(response.enhanced.lastIndexOf(u'.') + 1).toInt();
    QStringList codes;
    for (int detail = from; detail <= to; ++detail) {
        codes.append(prefix + QString::number(detail));
    }
    return codes;
}

Entry responseEntry(const KnowledgeBase &base, const Provider &provider, const ProviderResponse &response)
{
    Entry entry;
    entry.code = response.key();
    entry.kind = CodeKind::ProviderResponse;
    entry.title = response.title;
    entry.label = response.codesLabel();
    entry.keywords = response.patterns;
    entry.keywords.append(provider.name);
    if (!response.tag.isEmpty()) {
        entry.keywords.prepend(response.tag);
    }
    // Every code of a range, so that "5.7.610" finds 5.7.606–5.7.649 as typing narrows.
    entry.keywords.append(codesOf(response));
    if (const auto codeClass = basicClassOf(response.basic)) {
        entry.classes = {*codeClass};
    }
    entry.standard = false;
    entry.description = response.meaning;
    entry.howToFix = response.fix;
    for (const QString &key : {response.basic, response.registryKey()}) {
        if (!key.isEmpty() && base.contains(key)) {
            entry.related.append(key);
        }
    }
    if (base.reasons().reason(response.reason)) {
        entry.related.append(response.reason);
    }
    entry.response = std::make_shared<const ProviderResponse>(response);
    entry.providerName = provider.name;
    entry.sourceFile = provider.id;
    return entry;
}

Entry reasonEntry(const BounceReason &reason)
{
    Entry entry;
    entry.code = reason.id;
    entry.kind = CodeKind::Reason;
    entry.title = reason.title;
    entry.keywords = reason.patterns;
    entry.standard = false;
    entry.description = reason.meaning;
    entry.howToFix = reason.retry;
    entry.reason = std::make_shared<const BounceReason>(reason);
    return entry;
}
} // namespace

void CatalogueEntries::add(KnowledgeBase &base)
{
    const ReasonTable &reasons = base.reasons();
    QHash<QString, QStringList> leadingTo; // reason id -> codes and responses
    for (const BounceReason &reason : reasons.reasons()) {
        for (const QString &code : reason.enhanced + reason.basic) {
            if (base.contains(code)) {
                leadingTo[reason.id].append(code);
            }
        }
    }
    const ProviderTable &providers = base.providers();
    QList<Entry> responses;
    for (const Provider &provider : providers.providers()) {
        for (const ProviderResponse *response : providers.responsesOf(provider)) {
            responses.append(responseEntry(base, provider, *response));
            leadingTo[response->reason].append(response->key());
        }
    }
    for (const BounceReason &reason : reasons.reasons()) {
        Entry entry = reasonEntry(reason);
        entry.related = leadingTo.value(reason.id);
        base.addEntry(std::move(entry));
    }
    for (Entry &entry : responses) {
        base.addEntry(std::move(entry));
    }
}

} // namespace SmtpCodes
