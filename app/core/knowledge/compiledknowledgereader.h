// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compiledknowledge.h"
#include "entryvalidator.h"
#include "knowledgebase.h"
#include "rfcsectiontable.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <type_traits>

namespace SmtpCodes {

// Reads the compiled built-in knowledge base (compiledknowledge.h). Every word is checked
// against the end of the data and every string against the end of the text, so damaged data
// gives nothing rather than a crash.
class CompiledKnowledgeReader
{
public:
    // What KnowledgeBaseLoader needs to read overlays on top of the built-in data: the base as
    // its files gave it (before reasons and responses became entries) and where each part came from.
    struct LoaderState
    {
        KnowledgeBase base;
        RfcSectionTable sections;
        QHash<QString, EntryOrigin> origins;
        QList<DistinctionOrigin> distinctionOrigins;
    };

    // listStrings: what listStrings(data) gave. Lists read refer to it and strings to data's
    // text, without copies: both must outlive every value read.
    CompiledKnowledgeReader(const CompiledKnowledge &data, const QList<QString> &listStrings)
        : m_data(data)
        , m_listStrings(listStrings)
    { }

    // The strings of every list, made once for all the reads of data; empty when they are damaged.
    static QList<QString> listStrings(const CompiledKnowledge &data);

    // The knowledge base as the built-in files make it, finished; nothing when the data is damaged.
    std::optional<KnowledgeBase> finishedBase();
    std::optional<LoaderState> loaderState();

    template<class T> void operator()(T &value)
    {
        if constexpr (std::is_same_v<T, QString>) {
            value = readString();
        } else if constexpr (std::is_same_v<T, bool>) {
            value = next() != 0;
        } else if constexpr (std::is_same_v<T, int>) {
            value = static_cast<int>(next());
        } else if constexpr (std::is_enum_v<T>) {
            value = static_cast<T>(next());
        } else {
            fields(*this, value);
        }
    }
    template<class T> void operator()(QList<T> &list)
    {
        if constexpr (std::is_same_v<T, QString>) {
            list = readStringList();
        } else {
            const qsizetype count = readCount();
            list.clear();
            list.reserve(count);
            for (qsizetype i = 0; i < count && m_ok; ++i) {
                (*this)(list.emplace_back());
            }
        }
    }
    // A response's or a reason's entry holds a copy of what the tables hold: the index is stored.
    void operator()(std::shared_ptr<const ProviderResponse> &value);
    void operator()(std::shared_ptr<const BounceReason> &value);
    template<class T> void operator()(std::optional<T> &value)
    {
        value.reset();
        if (next() != 0) {
            (*this)(value.emplace());
        }
    }

private:
    quint32 next()
    {
        if (m_at >= m_data.wordCount) {
            m_ok = false;
            return 0;
        }
        return m_data.words[m_at++];
    }
    QString readString();
    QStringList readStringList();
    // A copy of the table's value the next word names (its index plus one; 0 for none).
    template<class T> std::shared_ptr<const T> copyOf(const QList<T> &table);
    // A list's length, which can be no more than the words left.
    qsizetype readCount();
    bool readHeader();
    // Info, tables and distinctions; *fileEntries and *entries get the counts of entries to come.
    bool readBase(KnowledgeBase &base, qsizetype *fileEntries, qsizetype *entries);
    // The next count entries, in a list with room for capacity.
    void readEntries(KnowledgeBase &base, qsizetype count, qsizetype capacity);

    CompiledKnowledge m_data;
    const QList<QString> &m_listStrings;
    const KnowledgeBase *m_base = nullptr; // the one being read, for the copies of its tables
    qsizetype m_at = 0;
    qsizetype m_context = 0;
    bool m_ok = true;
};

} // namespace SmtpCodes
