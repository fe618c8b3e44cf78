// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "distinction.h"
#include "entry.h"
#include "providertable.h"
#include "reasontable.h"
#include "synonymtable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace SmtpCodes {

struct KnowledgeBaseInfo
{
    int schemaVersion = 0;
    QString version;
    QString ianaRegistryChecked;
    QString ianaRegistryUpdated;
};

// A code as the user asked for it, resolved to its entry. "5.1.1" resolves to the X.1.1
// entry and keeps class 5; "X.1.1" has no class of its own.
struct Lookup
{
    const Entry *entry = nullptr;
    QString code; // as shown: "5.1.1", "X.1.1", "250"
    std::optional<CodeClass> codeClass;
    QString error; // why entry is null

    explicit operator bool() const { return entry != nullptr; }
    // The class to show: the written one, else the entry's only class, else none.
    std::optional<CodeClass> effectiveClass() const;
};

class KnowledgeBase
{
public:
    KnowledgeBase() = default;

    const KnowledgeBaseInfo &info() const { return m_info; }
    void setInfo(const KnowledgeBaseInfo &info) { m_info = info; }
    // The search's synonym groups; empty when the data has none.
    const SynonymTable &synonyms() const { return m_synonyms; }
    void setSynonyms(SynonymTable synonyms) { m_synonyms = std::move(synonyms); }
    // Why deliveries fail (reasons.json); empty when the data has none.
    const ReasonTable &reasons() const { return m_reasons; }
    void setReasons(ReasonTable reasons) { m_reasons = std::move(reasons); }
    // What the big receivers and filters send (providers-*.json); empty when the data has none.
    const ProviderTable &providers() const { return m_providers; }
    ProviderTable &mutableProviders() { return m_providers; }

    // Entries keep the order they were added in; lookups go through the index.
    const QList<Entry> &entries() const { return m_entries; }
    const QList<Distinction> &distinctions() const { return m_distinctions; }
    bool contains(const QString &key) const { return m_index.contains(key); }
    const Entry *entry(const QString &key) const;

    // A code of the RFCs or the registry: "550", "5.1.1", "X.1.1".
    Lookup lookup(QStringView userCode) const;
    // What a user may ask for: a code, else a reason ("MailboxFull"), a provider response by
    // key ("microsoft/banned-sending-ip"), by tag ("TSS04"), or by a code outside the registry
    // that a provider uses, alone or in a range ("5.7.610" finds Microsoft's 5.7.606–5.7.649).
    Lookup find(QStringView text) const;
    const Distinction *distinction(const QString &keyA, const QString &keyB) const;
    QList<const Distinction *> distinctionsFor(const QString &key) const;

    void addEntry(Entry entry);
    // Adds entries read and checked elsewhere (the compiled data) without moving each one.
    void addEntries(QList<Entry> entries);
    void addDistinction(Distinction distinction);
    // Replaces an entry's related codes, e.g. after dropping ones that name no entry.
    Entry *mutableEntry(const QString &key);

private:
    KnowledgeBaseInfo m_info;
    SynonymTable m_synonyms;
    ReasonTable m_reasons;
    ProviderTable m_providers;
    QList<Entry> m_entries;
    QList<Distinction> m_distinctions;
    QHash<QString, qsizetype> m_index;
};

} // namespace SmtpCodes
