// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entryvalidator.h"
#include "knowledgebase.h"
#include "knowledgefilereader.h"
#include "loadproblem.h"
#include "rfcsectiontable.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace SmtpCodes {

class CompiledKnowledgeWriter;
class JsonFieldReader;
struct CompiledKnowledge;
class CodePositions;

// Assembles a knowledge base from knowledge-base JSON (format in resources/knowledge-base/SCHEMA.md):
// KnowledgeFileReader reads each file, EntryValidator checks each entry, and this class puts
// them together and checks what names other entries once everything is read. Every problem is collected
// rather than thrown: an entry with a problem is left out and the rest still loads, so one bad file or entry
// never takes the whole reference down.
class KnowledgeBaseLoader
{
public:
    static constexpr qint64 maximumFileSize = KnowledgeFileReader::maximumFileSize;
    // A file with more problems than this is not worth reading on: its first problems are
    // what its author needs, and a generated file with a million broken entries must not
    // produce a million messages.
    static constexpr qsizetype maximumProblemsPerFile = 100;

    // Starts from compiled data (the built-in knowledge base) as if its files had been read;
    // a problem when the data is damaged.
    // What is read refers to data and listStrings (CompiledKnowledgeReader), which must outlive it.
    void loadCompiled(const CompiledKnowledge &data, const QList<QString> &listStrings, const QString &name);
    // Reads dir/meta.json, then the section table and each data file it names.
    void loadDirectory(const QString &dir);
    // Reads one data file ({"entries": [...], "distinctions": [...]}).
    void loadFile(const QString &path);
    void loadData(const QByteArray &data, const QString &fileName);
    // What is read after setLocal(true) comes from the user's overlay: its entries are marked
    // local and may not redefine a code read before, and its files may add "notes" to entries.
    void setLocal(bool local) { m_local = local; }

    // Checks codes that name other entries, then hands over the result.
    KnowledgeBase finish();
    // finish(), and the result written for loadCompiled() with what overlays need of the files.
    KnowledgeBase finishInto(CompiledKnowledgeWriter &writer);
    const QList<LoadProblem> &problems() const { return m_problems; }

private:
    // What meta.json names: the data files, the section table and the synonym table.
    struct MetaFiles
    {
        QStringList files;
        QString sectionTable;
        QString synonyms;
        QString reasons;
    };
    MetaFiles readMeta(const QByteArray &data, const QString &fileName);
    // The entries, distinctions and notes of a file's root object.
    void readItems(JsonFieldReader &reader, const CodePositions &positions, const QString &fileName,
        qsizetype problemsBefore);
    void applyNotes();
    void checkCrossReferences();
    void addProblem(const QString &file, const QString &message, int line = 0, int column = 0);

    KnowledgeBase m_base;
    QList<LoadProblem> m_problems;
    RfcSectionTable m_sections;
    bool m_local = false;
    QHash<QString, EntryOrigin> m_origins;
    QList<DistinctionOrigin> m_distinctionOrigins;
    // Notes wait for finish(): they may name an entry of a file read later.
    QList<LocalNote> m_notes;
};

} // namespace SmtpCodes
