// SPDX-License-Identifier: GPL-3.0-or-later
#include "compiledknowledgereader.h"

#include "compiledfields.h"

namespace SmtpCodes {

namespace {
// The string of length at start, its offset in the text plus one (0 for a null string);
// nothing when it lies past the text. No copy: the text outlives every string made from it.
std::optional<QString> stringAt(const CompiledKnowledge &data, quint32 start, quint32 length)
{
    if (start == 0) {
        return QString();
    }
    const qsizetype offset = qsizetype(start) - 1;
    if (offset > data.textSize || qsizetype(length) > data.textSize - offset) {
        return std::nullopt;
    }
    return QString::fromRawData(reinterpret_cast<const QChar *>(data.text + offset), qsizetype(length));
}
} // namespace

QString CompiledKnowledgeReader::readString()
{
    const quint32 start = next();
    const quint32 length = next();
    std::optional<QString> string = stringAt(m_data, start, length);
    m_ok = m_ok && string;
    return string ? std::move(*string) : QString();
}

QList<QString> CompiledKnowledgeReader::listStrings(const CompiledKnowledge &data)
{
    QList<QString> strings;
    strings.reserve(data.listWordCount / 2);
    for (qsizetype i = 0; i + 1 < data.listWordCount; i += 2) {
        std::optional<QString> string = stringAt(data, data.listWords[i], data.listWords[i + 1]);
        if (!string) {
            return {};
        }
        strings.append(std::move(*string));
    }
    return strings;
}

QStringList CompiledKnowledgeReader::readStringList()
{
    const quint32 start = next();
    const quint32 count = next();
    if (start == 0) {
        return {};
    }
    const qsizetype first = qsizetype(start) - 1;
    if (first > m_listStrings.size() || qsizetype(count) > m_listStrings.size() - first) {
        m_ok = false;
        return {};
    }
    // A view, as a string is one over the text: changing the list copies it first, as Qt does
    // for any list over data it does not own.
    return QStringList(QArrayDataPointer<QString>::fromRawData(m_listStrings.constData() + first, count));
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
    // Providers and responses go straight into the table: moving a list of them in cost
    // more than reading them.
    ProviderTable &table = base.mutableProviders();
    for (qsizetype count = readCount(); count > 0 && m_ok; --count) {
        Provider provider;
        (*this)(provider);
        m_ok = table.addProvider(std::move(provider)) && m_ok;
    }
    const qsizetype responses = readCount();
    table.reserveResponses(responses);
    for (qsizetype i = 0; i < responses && m_ok; ++i) {
        ProviderResponse response;
        (*this)(response);
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
    return m_ok;
}

void CompiledKnowledgeReader::readEntries(KnowledgeBase &base, qsizetype count, qsizetype capacity)
{
    m_base = &base;
    QList<Entry> entries;
    entries.reserve(capacity);
    for (qsizetype i = 0; i < count && m_ok; ++i) {
        (*this)(entries.emplace_back());
    }
    base.addEntries(std::move(entries));
}

template<class T> std::shared_ptr<const T> CompiledKnowledgeReader::copyOf(const QList<T> &table)
{
    const quint32 index = next();
    if (index > 0 && qsizetype(index) <= table.size()) {
        return std::make_shared<const T>(table.at(index - 1));
    }
    m_ok = m_ok && index == 0;
    return nullptr;
}

void CompiledKnowledgeReader::operator()(std::shared_ptr<const ProviderResponse> &value)
{
    value = copyOf(m_base->providers().responses());
}

void CompiledKnowledgeReader::operator()(std::shared_ptr<const BounceReason> &value)
{
    value = copyOf(m_base->reasons().reasons());
}

std::optional<KnowledgeBase> CompiledKnowledgeReader::finishedBase()
{
    KnowledgeBase base;
    qsizetype fileEntries = 0;
    qsizetype entries = 0;
    if (!readHeader() || !readBase(base, &fileEntries, &entries)) {
        return std::nullopt;
    }
    readEntries(base, entries, entries);
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
    // Overlays add to these entries, so room is left for the rest as well.
    readEntries(state.base, fileEntries, entries);
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
