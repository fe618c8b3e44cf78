// SPDX-License-Identifier: GPL-3.0-or-later
#include "compiledknowledgereader.h"

#include "compiledfields.h"

namespace SmtpCodes {

QString CompiledKnowledgeReader::readString()
{
    const quint32 start = next();
    const quint32 length = next();
    if (start == 0) {
        return {};
    }
    const qsizetype offset = qsizetype(start) - 1;
    if (offset > m_data.textSize || qsizetype(length) > m_data.textSize - offset) {
        m_ok = false;
        return {};
    }
    // No copy: the text is compiled into the program and outlives every string made from it.
    return QString::fromRawData(reinterpret_cast<const QChar *>(m_data.text + offset), qsizetype(length));
}

qsizetype CompiledKnowledgeReader::readCount()
{
    const qsizetype count = next();
    if (count > m_data.wordCount - m_at) {
        m_ok = false;
        return 0;
    }
    return count;
}

bool CompiledKnowledgeReader::readHeader()
{
    m_at = 0;
    m_ok = true;
    if (next() != CompiledKnowledge::magic || next() != CompiledKnowledge::formatVersion) {
        return false;
    }
    m_context = next();
    return m_ok && m_context <= m_data.wordCount;
}

bool CompiledKnowledgeReader::readBase(KnowledgeBase &base, qsizetype *fileEntries, qsizetype *entries)
{
    KnowledgeBaseInfo info;
    (*this)(info);
    base.setInfo(info);
    QList<QStringList> groups;
    (*this)(groups);
    SynonymTable synonyms;
    for (const QStringList &group : std::as_const(groups)) {
        synonyms.addGroup(group);
    }
    base.setSynonyms(std::move(synonyms));
    QList<BounceReason> reasons;
    (*this)(reasons);
    ReasonTable reasonTable;
    for (BounceReason &reason : reasons) {
        reasonTable.addReason(std::move(reason));
    }
    base.setReasons(std::move(reasonTable));
    QList<Provider> providers;
    (*this)(providers);
    QList<ProviderResponse> responses;
    (*this)(responses);
    ProviderTable &table = base.mutableProviders();
    for (Provider &provider : providers) {
        m_ok = table.addProvider(std::move(provider)) && m_ok;
    }
    for (ProviderResponse &response : responses) {
        m_ok = table.addResponse(std::move(response)) && m_ok;
    }
    QList<Distinction> distinctions;
    (*this)(distinctions);
    for (Distinction &distinction : distinctions) {
        base.addDistinction(std::move(distinction));
    }
    *fileEntries = readCount();
    *entries = readCount();
    if (*fileEntries > *entries) {
        m_ok = false;
    }
    readEntries(base, *fileEntries);
    return m_ok;
}

void CompiledKnowledgeReader::readEntries(KnowledgeBase &base, qsizetype count)
{
    for (qsizetype i = 0; i < count && m_ok; ++i) {
        Entry entry;
        (*this)(entry);
        if (entry.response) {
            entry.response->readRange();
        }
        base.addEntry(std::move(entry));
    }
}

std::optional<KnowledgeBase> CompiledKnowledgeReader::finishedBase()
{
    KnowledgeBase base;
    qsizetype fileEntries = 0;
    qsizetype entries = 0;
    if (!readHeader() || !readBase(base, &fileEntries, &entries)) {
        return std::nullopt;
    }
    readEntries(base, entries - fileEntries);
    return m_ok && m_at == m_context ? std::optional<KnowledgeBase>(std::move(base)) : std::nullopt;
}

std::optional<CompiledKnowledgeReader::LoaderState> CompiledKnowledgeReader::loaderState()
{
    LoaderState state;
    qsizetype fileEntries = 0;
    qsizetype entries = 0;
    if (!readHeader() || !readBase(state.base, &fileEntries, &entries)) {
        return std::nullopt;
    }
    m_at = m_context; // past the entries made from reasons and responses: finish() makes them anew
    QString checked;
    (*this)(checked);
    state.sections.setChecked(checked);
    for (qsizetype documents = readCount(); documents > 0 && m_ok; --documents) {
        int rfc = 0;
        QString title;
        (*this)(rfc), (*this)(title);
        state.sections.addDocument(rfc, title);
    }
    for (qsizetype sections = readCount(); sections > 0 && m_ok; --sections) {
        int rfc = 0;
        QString section;
        QString title;
        (*this)(rfc), (*this)(section), (*this)(title);
        state.sections.addSection(rfc, section, title);
    }
    const QList<Entry> &read = state.base.entries();
    for (qsizetype i = 0; i < fileEntries && m_ok; ++i) {
        EntryOrigin origin;
        (*this)(origin.file), (*this)(origin.line);
        state.origins.insert(read.at(i).code, origin);
    }
    for (qsizetype i = 0; i < state.base.distinctions().size() && m_ok; ++i) {
        QString file;
        int index = 0;
        (*this)(file), (*this)(index);
        state.distinctionOrigins.append({file, index});
    }
    return m_ok && m_at == m_data.wordCount ? std::optional<LoaderState>(std::move(state)) : std::nullopt;
}

} // namespace SmtpCodes
