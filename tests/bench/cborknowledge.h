// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compiledfields.h"
#include "knowledgebase.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>

#include <optional>
#include <type_traits>

// The other compiled form issue 22 weighed: the same values in the same order as CBOR, written
// with QCborStreamWriter and read with QCborStreamReader through the same field lists, so the
// benchmark compares the two forms and nothing else.
namespace CborKnowledge {

using namespace SmtpCodes;

class Writer
{
public:
    explicit Writer(QByteArray *out)
        : m_stream(out)
    { }
    // Everything stands in one array, the stream's only top-level item.
    void begin() { m_stream.startArray(); }
    void end() { m_stream.endArray(); }
    template<class T> void operator()(T &value)
    {
        if constexpr (std::is_same_v<T, QString>) {
            m_stream.append(value);
        } else if constexpr (std::is_same_v<T, bool>) {
            m_stream.append(value);
        } else if constexpr (std::is_same_v<T, int> || std::is_enum_v<T>) {
            m_stream.append(qint64(value));
        } else {
            fields(*this, value);
        }
    }
    template<class T> void operator()(QList<T> &list)
    {
        // Of unknown length: a value of the list is several items, one per field.
        m_stream.startArray();
        for (T &item : list) {
            (*this)(item);
        }
        m_stream.endArray();
    }
    template<class T> void operator()(std::shared_ptr<const T> &value)
    {
        std::optional<T> held;
        if (value) {
            held = *value;
        }
        (*this)(held);
    }
    template<class T> void operator()(std::optional<T> &value)
    {
        m_stream.startArray();
        if (value) {
            (*this)(*value);
        }
        m_stream.endArray();
    }

private:
    QCborStreamWriter m_stream;
};

class Reader
{
public:
    explicit Reader(const QByteArray &data)
        : m_stream(data)
    { }
    bool ok() { return m_stream.lastError() == QCborError::NoError; }
    void begin() { m_stream.enterContainer(); }
    void end() { m_stream.leaveContainer(); }
    template<class T> void operator()(T &value)
    {
        if constexpr (std::is_same_v<T, QString>) {
            value.clear();
            for (auto chunk = m_stream.readString(); chunk.status == QCborStreamReader::Ok;
                 chunk = m_stream.readString()) {
                value += chunk.data;
            }
        } else if constexpr (std::is_same_v<T, bool>) {
            value = m_stream.toBool();
            m_stream.next();
        } else if constexpr (std::is_same_v<T, int> || std::is_enum_v<T>) {
            value = static_cast<T>(m_stream.toInteger());
            m_stream.next();
        } else {
            fields(*this, value);
        }
    }
    template<class T> void operator()(QList<T> &list)
    {
        list.clear();
        m_stream.enterContainer();
        while (m_stream.hasNext() && ok()) {
            (*this)(list.emplace_back());
        }
        m_stream.leaveContainer();
    }
    template<class T> void operator()(std::shared_ptr<const T> &value)
    {
        std::optional<T> held;
        (*this)(held);
        value = held ? std::make_shared<const T>(std::move(*held)) : nullptr;
    }
    template<class T> void operator()(std::optional<T> &value)
    {
        value.reset();
        m_stream.enterContainer();
        if (m_stream.hasNext()) {
            (*this)(value.emplace());
        }
        m_stream.leaveContainer();
    }

private:
    QCborStreamReader m_stream;
};

// The finished knowledge base as CBOR: what the built-in data would be in that form.
inline QByteArray write(const KnowledgeBase &base)
{
    QByteArray out;
    Writer writer(&out);
    KnowledgeBaseInfo info = base.info();
    QList<QStringList> groups = base.synonyms().groups();
    QList<BounceReason> reasons = base.reasons().reasons();
    QList<Provider> providers = base.providers().providers();
    QList<ProviderResponse> responses = base.providers().responses();
    QList<Distinction> distinctions = base.distinctions();
    QList<Entry> entries = base.entries();
    writer.begin();
    writer(info), writer(groups), writer(reasons), writer(providers), writer(responses);
    writer(distinctions), writer(entries);
    writer.end();
    return out;
}

// Reads it back and builds the look-ups, as CompiledKnowledgeReader::finishedBase() does.
inline std::optional<KnowledgeBase> read(const QByteArray &data)
{
    Reader reader(data);
    KnowledgeBaseInfo info;
    QList<QStringList> groups;
    QList<BounceReason> reasons;
    QList<Provider> providers;
    QList<ProviderResponse> responses;
    QList<Distinction> distinctions;
    QList<Entry> entries;
    reader.begin();
    reader(info), reader(groups), reader(reasons), reader(providers), reader(responses);
    reader(distinctions), reader(entries);
    reader.end();
    if (!reader.ok()) {
        return std::nullopt;
    }
    KnowledgeBase base;
    base.setInfo(info);
    SynonymTable synonyms;
    for (const QStringList &group : std::as_const(groups)) {
        synonyms.addGroup(group);
    }
    base.setSynonyms(std::move(synonyms));
    ReasonTable reasonTable;
    for (BounceReason &reason : reasons) {
        reasonTable.addReason(std::move(reason));
    }
    base.setReasons(std::move(reasonTable));
    for (Provider &provider : providers) {
        base.mutableProviders().addProvider(std::move(provider));
    }
    for (ProviderResponse &response : responses) {
        base.mutableProviders().addResponse(std::move(response));
    }
    for (Distinction &distinction : distinctions) {
        base.addDistinction(std::move(distinction));
    }
    for (Entry &entry : entries) {
        if (entry.response) {
            auto response = std::make_shared<ProviderResponse>(*entry.response);
            response->readRange();
            entry.response = std::move(response);
        }
        base.addEntry(std::move(entry));
    }
    return base;
}

} // namespace CborKnowledge
