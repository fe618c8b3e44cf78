// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knowledgebase.h"
#include "loadproblem.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace SmtpCodes {

class JsonFieldReader;
class CodePositions;

// Loads knowledge-base JSON (format in resources/knowledge-base/SCHEMA.md) and validates it.
// Every problem is collected rather than thrown: an entry with a problem is left out and the
// rest still loads, so one bad file or entry never takes the whole reference down.
class KnowledgeBaseLoader
{
public:
    // Knowledge-base files are small; anything far larger is not one, and reading it whole
    // would only cost memory before the parser rejects it.
    static constexpr qint64 maximumFileSize = 16 * 1024 * 1024;
    // A file with more problems than this is not worth reading on: its first problems are
    // what its author needs, and a generated file with a million broken entries must not
    // produce a million messages.
    static constexpr qsizetype maximumProblemsPerFile = 100;

    static QString builtInDirectory();
    // The knowledge base compiled into the executable.
    static KnowledgeBase loadBuiltIn(QList<LoadProblem> *problems = nullptr);

    // Reads dir/meta.json, then each data file it names.
    void loadDirectory(const QString &dir);
    // Reads one data file ({"entries": [...], "distinctions": [...]}).
    void loadFile(const QString &path);
    void loadData(const QByteArray &data, const QString &fileName);
    // What is read after setLocal(true) comes from the user's overlay: its entries are marked
    // local and may not redefine a code read before, and its files may add "notes" to entries.
    void setLocal(bool local) { m_local = local; }

    // Checks codes that name other entries, then hands over the result.
    KnowledgeBase finish();
    const QList<LoadProblem> &problems() const { return m_problems; }

private:
    void readMeta(const QByteArray &data, const QString &fileName, QStringList *files);
    void readEntry(const QJsonValue &value, const QString &fileName, const CodePositions &positions,
        qsizetype *cursor, qsizetype index);
    void readDistinction(const QJsonValue &value, const QString &fileName, qsizetype index);
    void readNote(const QJsonValue &value, const QString &fileName, const CodePositions &positions,
        qsizetype *cursor, qsizetype index);
    bool checkCode(JsonFieldReader &reader, const QString &code);
    void reportUnreported(const JsonFieldReader &reader, const LoadProblem &context);
    void applyNotes();
    void readClasses(JsonFieldReader &reader, const SmtpCode &code, Entry &entry);
    void readCommands(JsonFieldReader &reader, Entry &entry);
    void readExtensionMeanings(JsonFieldReader &reader, Entry &entry);
    void checkCrossReferences();
    void addProblem(const QString &file, const QString &message, int line = 0, int column = 0);

    KnowledgeBase m_base;
    QList<LoadProblem> m_problems;
    bool m_local = false;
    struct Origin
    {
        QString file;
        int line = 0;
        bool local = false;
    };
    QHash<QString, Origin> m_origins;
    struct DistinctionOrigin
    {
        QString file;
        qsizetype index = 0;
    };
    QList<DistinctionOrigin> m_distinctionOrigins;
    struct PendingNote
    {
        QString code;
        QString text;
        QString file;
        int line = 0;
        qsizetype index = 0;
    };
    // Notes wait for finish(): they may name an entry of a file read later.
    QList<PendingNote> m_notes;
};

} // namespace SmtpCodes
