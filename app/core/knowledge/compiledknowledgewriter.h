// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compiledknowledge.h"
#include "entryvalidator.h"
#include "knowledgebase.h"
#include "rfcsectiontable.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <type_traits>

namespace SmtpCodes {

// Writes a knowledge base in the compiled form of compiledknowledge.h, and that form as C++
// source for the build. The same string is stored once, however many values hold it.
class CompiledKnowledgeWriter
{
public:
    // finished: what KnowledgeBaseLoader::finish() gave; its first fileEntries entries are the
    // ones the files defined, with their origins; the rest are made from reasons and responses.
    void write(const KnowledgeBase &finished, qsizetype fileEntries, const RfcSectionTable &sections,
        const QHash<QString, EntryOrigin> &origins, const QList<DistinctionOrigin> &distinctionOrigins);

    const QList<quint32> &words() const { return m_words; }
    const QList<quint32> &listWords() const { return m_listWords; }
    const QString &text() const { return m_text; }
    // The data for CompiledKnowledgeReader, as the definition of `const CompiledKnowledge name`.
    QByteArray cppSource(const QByteArray &name) const;

    // The fields lists hand every value over as a reference; the writer only reads it.
    template<class T> void operator()(T &value)
    {
        if constexpr (std::is_same_v<T, QString>) {
            writeString(value);
        } else if constexpr (std::is_same_v<T, bool> || std::is_same_v<T, int> || std::is_enum_v<T>) {
            m_words.append(static_cast<quint32>(value));
        } else {
            fields(*this, value);
        }
    }
    template<class T> void operator()(QList<T> &list)
    {
        if constexpr (std::is_same_v<T, QString>) {
            writeStringList(list);
        } else {
            m_words.append(static_cast<quint32>(list.size()));
            for (T &item : list) {
                (*this)(item);
            }
        }
    }
    void operator()(std::shared_ptr<const ProviderResponse> &value);
    void operator()(std::shared_ptr<const BounceReason> &value);
    template<class T> void operator()(std::optional<T> &value)
    {
        m_words.append(value ? 1u : 0u);
        if (value) {
            (*this)(*value);
        }
    }

private:
    void writeString(const QString &string);
    void writeStringList(const QStringList &list);
    // Where string stands in the text: its offset plus one (0 when null) and its length.
    std::pair<quint32, quint32> stringPlace(const QString &string);
    void writeContext(const KnowledgeBase &finished, qsizetype fileEntries, const RfcSectionTable &sections,
        const QHash<QString, EntryOrigin> &origins, const QList<DistinctionOrigin> &distinctionOrigins);

    QList<quint32> m_words;
    QList<quint32> m_listWords;
    QHash<QStringList, quint32> m_lists; // list -> its first string in m_listWords plus one
    QString m_text;
    QHash<QString, quint32> m_offsets; // string -> its offset in m_text plus one
    QHash<QString, quint32> m_responses; // key -> index in the provider table plus one
    QHash<QString, quint32> m_reasons; // id -> index in the reason table plus one
};

} // namespace SmtpCodes
