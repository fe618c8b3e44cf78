// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowledgebase.h"

#include "loadproblem.h"
#include "smtpcode.h"

using namespace Qt::StringLiterals;

namespace SmtpCodes {

std::optional<CodeClass> Lookup::effectiveClass() const
{
    if (codeClass) {
        return codeClass;
    }
    if (entry && entry->classes.size() == 1) {
        return entry->classes.first();
    }
    return std::nullopt;
}

const Entry *KnowledgeBase::entry(const QString &key) const
{
    const auto it = m_index.constFind(key);
    return it == m_index.cend() ? nullptr : &m_entries.at(*it);
}

Entry *KnowledgeBase::mutableEntry(const QString &key)
{
    const auto it = m_index.constFind(key);
    return it == m_index.cend() ? nullptr : &m_entries[*it];
}

Lookup KnowledgeBase::lookup(QStringView userCode) const
{
    Lookup result;
    const auto code = SmtpCode::parse(userCode);
    if (!code) {
        result.code = userCode.trimmed().toString();
        result.error = SmtpCode::whyInvalid(userCode);
        return result;
    }
    result.code = code->text();
    result.codeClass = code->codeClass();
    result.entry = entry(code->key());
    if (result.entry) {
        // A class the entry is not usually seen with (2.1.1) still resolves: the renderer
        // says which classes the registry uses the code with.
        return result;
    }
    if (code->kind() == CodeKind::EnhancedDetail) {
        const Entry *subject = entry(code->subjectKey());
        result.error = subject
            ? u"%1 is not in the IANA registry of enhanced status codes; it may be provider-specific. Its "
              u"subject "
              u"is %2 (%3)"_s.arg(result.code, subject->code, subject->title)
            : u"%1 is not in the IANA registry of enhanced status codes"_s.arg(result.code);
    } else {
        result.error = u"%1 is not a code this reference knows: no RFC or registry entry defines it"_s.arg(
            result.code);
    }
    return result;
}

Lookup KnowledgeBase::find(QStringView text) const
{
    const QString wanted = text.trimmed().toString();
    const auto found = [this](const QString &key, const QString &shown) {
        Lookup result;
        result.entry = entry(key);
        result.code = shown.isEmpty() ? result.entry->displayCode() : shown;
        return result;
    };
    if (const Entry *direct = entry(wanted); direct && !direct->isCode()) {
        return found(wanted, {});
    }
    for (const BounceReason &reason : m_reasons.reasons()) {
        if (reason.id.compare(wanted, Qt::CaseInsensitive) == 0 && contains(reason.id)) {
            return found(reason.id, {});
        }
    }
    Lookup result = lookup(wanted);
    if (result) {
        return result;
    }
    const QList<const ProviderResponse *> byCode = m_providers.byEnhanced(result.code);
    if (!byCode.isEmpty() && contains(byCode.first()->key())) {
        return found(byCode.first()->key(), {});
    }
    const QList<const ProviderResponse *> byTag = m_providers.byTag(wanted);
    if (!byTag.isEmpty() && contains(byTag.first()->key())) {
        return found(byTag.first()->key(), {});
    }
    if (!SmtpCode::parse(wanted) && !wanted.isEmpty() && !wanted.front().isDigit()) {
        result.error = u"%1 is no code, reason, provider tag or response this reference knows"_s.arg(
            LoadProblem::excerpt(wanted));
    }
    return result;
}

const Distinction *KnowledgeBase::distinction(const QString &keyA, const QString &keyB) const
{
    for (const auto &candidate : m_distinctions) {
        if (candidate.covers(keyA, keyB)) {
            return &candidate;
        }
    }
    return nullptr;
}

QList<const Distinction *> KnowledgeBase::distinctionsFor(const QString &key) const
{
    QList<const Distinction *> result;
    for (const auto &candidate : m_distinctions) {
        if (candidate.codes.contains(key)) {
            result.append(&candidate);
        }
    }
    return result;
}

void KnowledgeBase::addEntry(Entry entry)
{
    m_index.insert(entry.code, m_entries.size());
    m_entries.append(std::move(entry));
}

void KnowledgeBase::addEntries(QList<Entry> entries)
{
    if (m_entries.isEmpty()) {
        m_entries = std::move(entries);
        m_index.reserve(m_entries.size());
        for (qsizetype i = 0; i < m_entries.size(); ++i) {
            m_index.insert(m_entries.at(i).code, i);
        }
        return;
    }
    for (Entry &entry : entries) {
        addEntry(std::move(entry));
    }
}

void KnowledgeBase::addDistinction(Distinction distinction)
{
    m_distinctions.append(std::move(distinction));
}

} // namespace SmtpCodes
