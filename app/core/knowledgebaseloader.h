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

// Loads knowledge-base JSON (format in resources/knowledge-base/SCHEMA.md) and validates it.
// Every problem is collected rather than thrown: an entry with a problem is left out and the
// rest still loads, so one bad file or entry never takes the whole reference down.
class KnowledgeBaseLoader
{
public:
    static QString builtInDirectory();
    // The knowledge base compiled into the executable.
    static KnowledgeBase loadBuiltIn(QList<LoadProblem> *problems = nullptr);

    // Reads dir/meta.json, then each data file it names.
    void loadDirectory(const QString &dir);
    // Reads one data file ({"entries": [...], "distinctions": [...]}).
    void loadFile(const QString &path);
    void loadData(const QByteArray &data, const QString &fileName);

    // Checks codes that name other entries, then hands over the result.
    KnowledgeBase finish();
    const QList<LoadProblem> &problems() const { return m_problems; }

private:
    void readMeta(const QByteArray &data, const QString &fileName, QStringList *files);
    void readEntry(const QJsonValue &value, const QString &fileName, const QString &text,
        qsizetype *searchFrom, qsizetype index);
    void readDistinction(const QJsonValue &value, const QString &fileName, qsizetype index);
    void readClasses(JsonFieldReader &reader, const SmtpCode &code, Entry &entry);
    void readCommands(JsonFieldReader &reader, Entry &entry);
    void readExtensionMeanings(JsonFieldReader &reader, Entry &entry);
    void checkCrossReferences();
    void addProblem(const QString &file, const QString &message, int line = 0, int column = 0);

    KnowledgeBase m_base;
    QList<LoadProblem> m_problems;
    struct Origin
    {
        QString file;
        int line = 0;
    };
    QHash<QString, Origin> m_origins;
    struct DistinctionOrigin
    {
        QString file;
        qsizetype index = 0;
    };
    QList<DistinctionOrigin> m_distinctionOrigins;
};

} // namespace SmtpCodes
