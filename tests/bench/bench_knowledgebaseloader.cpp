// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowledgebaseloader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

// Parse and validate of the built-in knowledge base: the one piece of core work every start
// of the window waits for.
class BenchKnowledgeBaseLoader : public QObject
{
    Q_OBJECT

private:
    struct DataFile
    {
        QString name;
        QByteArray bytes;
    };
    QList<DataFile> m_files;

private Q_SLOTS:
    void initTestCase()
    {
        const QDir dir(KnowledgeBaseLoader::builtInDirectory());
        for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            if (name == u"meta.json") {
                continue;
            }
            QFile file(dir.filePath(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
            m_files.append({file.fileName(), file.readAll()});
        }
        QVERIFY(!m_files.isEmpty());
        QList<LoadProblem> problems;
        const KnowledgeBase base = KnowledgeBaseLoader::loadBuiltIn(&problems);
        QVERIFY(problems.isEmpty());
        QVERIFY(base.entries().size() > 100);
    }

    // What the window calls at start: read the resources, parse, validate, cross-check.
    void loadBuiltIn()
    {
        QBENCHMARK
        {
            const KnowledgeBase base = KnowledgeBaseLoader::loadBuiltIn();
            QVERIFY(!base.entries().isEmpty());
        }
    }

    // The same without reading the resources, to separate parse and validate from I/O.
    void loadData()
    {
        QBENCHMARK
        {
            KnowledgeBaseLoader loader;
            for (const DataFile &file : std::as_const(m_files)) {
                loader.loadData(file.bytes, file.name);
            }
            const KnowledgeBase base = loader.finish();
            QVERIFY(!base.entries().isEmpty());
        }
    }

    // JSON parsing alone: the floor under loadData.
    void jsonParseOnly()
    {
        QBENCHMARK
        {
            for (const DataFile &file : std::as_const(m_files)) {
                const QJsonDocument document = QJsonDocument::fromJson(file.bytes);
                QVERIFY(document.isObject());
            }
        }
    }
};

QTEST_GUILESS_MAIN(BenchKnowledgeBaseLoader)
#include "bench_knowledgebaseloader.moc"
