// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "distinction.h"
#include "entry.h"
#include "loadproblem.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace SmtpCodes {

class CodePositions;
class JsonFieldReader;
class RfcSectionTable;
class SmtpCode;

// Where an entry was read, for the message about a later entry with the same code.
struct EntryOrigin
{
    QString file;
    int line = 0;
    bool local = false;
};

// Where a distinction was read: its file and its place in the file's list.
struct DistinctionOrigin
{
    QString file;
    qsizetype index = 0;
};

// A note an overlay adds to an entry; it waits until every file is read, since it may name an
// entry of a file read later.
struct LocalNote
{
    QString code;
    QString text;
    QString file;
    int line = 0;
    qsizetype index = 0;
};

// Turns one JSON value of a knowledge-base file into an entry, a distinction or a local note,
// checking each field against the format (resources/knowledge-base/SCHEMA.md). A value with a
// problem gives nothing; its problems are recorded, each naming file, line, entry and field.
// What names other entries is checked later, once every file is read.
class EntryValidator
{
public:
    // origins holds the codes read so far, so that a code defined twice is reported.
    EntryValidator(QList<LoadProblem> *problems, const QHash<QString, EntryOrigin> *origins);

    // What is read after setLocal(true) comes from the user's overlay: its entries are marked
    // local and may not redefine a built-in code.
    void setLocal(bool local) { m_local = local; }
    // Gives references their section titles; outside overlays, a reference the table does not
    // hold, or one to an Introduction or Abstract, is a problem (the value still loads).
    void setSectionTable(const RfcSectionTable *sections) { m_sections = sections; }

    // *line is set to the line of the entry's code (0 when unknown), problem or not.
    std::optional<Entry> entry(const QJsonValue &value, const QString &fileName,
        const CodePositions &positions, qsizetype *cursor, qsizetype index, int *line);
    std::optional<Distinction> distinction(const QJsonValue &value, const QString &fileName, qsizetype index);
    std::optional<LocalNote> note(const QJsonValue &value, const QString &fileName,
        const CodePositions &positions, qsizetype *cursor, qsizetype index);

    // "note #2 for 550": how problems name a note.
    static QString noteLabel(const QString &code, qsizetype index);

private:
    bool checkCode(JsonFieldReader &reader, const QString &code);
    void readClasses(JsonFieldReader &reader, const SmtpCode &code, Entry &entry);
    void readCommands(JsonFieldReader &reader, Entry &entry);
    void readExtensionMeanings(JsonFieldReader &reader, Entry &entry);
    void resolveReference(const LoadProblem &context, const QString &field, Reference &reference);
    void resolveReferences(const LoadProblem &context, Entry &entry);

    QList<LoadProblem> *m_problems;
    const QHash<QString, EntryOrigin> *m_origins;
    const RfcSectionTable *m_sections = nullptr;
    bool m_local = false;
};

} // namespace SmtpCodes
