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

    explicit CompiledKnowledgeReader(const CompiledKnowledge &data)
        : m_data(data)
    { }

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
        const qsizetype count = readCount();
        list.clear();
        list.reserve(count);
        for (qsizetype i = 0; i < count && m_ok; ++i) {
            (*this)(list.emplace_back());
        }
    }
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
    // A list's length, which can be no more than the words left.
    qsizetype readCount();
    bool readHeader();
    // Info, tables, distinctions and the first fileEntries entries; *entries gets the count of all.
    bool readBase(KnowledgeBase &base, qsizetype *fileEntries, qsizetype *entries);
    void readEntries(KnowledgeBase &base, qsizetype count);

    CompiledKnowledge m_data;
    qsizetype m_at = 0;
    qsizetype m_context = 0;
    bool m_ok = true;
};

} // namespace SmtpCodes
