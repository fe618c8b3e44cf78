// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"
#include "cborknowledge.h"
#include "knowledgebaseloader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <list>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

// Loading the built-in knowledge base, the one piece of core work every start waits for: from
// the compiled tables the program ships, from the same data as CBOR (the form weighed against
// them), and the JSON way the build and overlays take.
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
    QByteArray m_cbor;
    QByteArray m_overlay;

private Q_SLOTS:
    void initTestCase()
    {
        const QDir dir(QStringLiteral(SMTPCODES_KNOWLEDGE_SOURCE));
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
        const KnowledgeBase base = BuiltInKnowledgeBase::load(&problems);
        QVERIFY(problems.isEmpty());
        QVERIFY(base.entries().size() > 100);
        m_cbor = CborKnowledge::write(base);
        const std::optional<KnowledgeBase> fromCbor = CborKnowledge::read(m_cbor);
        QVERIFY(fromCbor);
        QCOMPARE(fromCbor->entries().size(), base.entries().size());
        QFile overlay(
            QStringLiteral(SMTPCODES_TEST_DATA) + u"/../../packaging/examples/local-knowledge.json"_s);
        QVERIFY2(overlay.open(QIODevice::ReadOnly), qPrintable(overlay.errorString()));
        m_overlay = overlay.readAll();
        qInfo("compiled: %lld words, %lld characters of text (%lld KB); CBOR: %lld KB",
            static_cast<long long>(BuiltInKnowledgeBase::data().wordCount),
            static_cast<long long>(BuiltInKnowledgeBase::data().textSize),
            static_cast<long long>(
                (BuiltInKnowledgeBase::data().wordCount * 4 + BuiltInKnowledgeBase::data().textSize * 2)
                / 1024),
            static_cast<long long>(m_cbor.size() / 1024));
    }

    // What the window and the terminal call at start: the compiled tables, look-ups built. The
    // bases are kept, as the program keeps its one: freeing them is no part of a start.
    void loadBuiltIn()
    {
        std::list<KnowledgeBase> kept;
        QBENCHMARK
        {
            kept.push_back(BuiltInKnowledgeBase::load());
        }
        QVERIFY(!kept.back().entries().isEmpty());
    }

    // The same values as CBOR, read with QCborStreamReader into the same look-ups.
    void loadCbor()
    {
        std::list<KnowledgeBase> kept;
        QBENCHMARK
        {
            kept.push_back(*CborKnowledge::read(m_cbor));
        }
        QVERIFY(!kept.back().entries().isEmpty());
    }

    // A start with an overlay file: the built-in data as its files left it, the overlay read and
    // checked, then reasons and responses made entries and every name checked.
    void loadWithOverlay()
    {
        QBENCHMARK
        {
            KnowledgeBaseLoader loader;
            BuiltInKnowledgeBase::loadInto(loader);
            loader.setLocal(true);
            loader.loadData(m_overlay, u"local-knowledge.json"_s);
            const KnowledgeBase base = loader.finish();
            QVERIFY(loader.problems().isEmpty());
        }
    }

    // The JSON files read, parsed and validated: what the build does, and the start did before.
    void loadJson()
    {
        QBENCHMARK
        {
            KnowledgeBaseLoader loader;
            loader.loadDirectory(QStringLiteral(SMTPCODES_KNOWLEDGE_SOURCE));
            const KnowledgeBase base = loader.finish();
            QVERIFY(!base.entries().isEmpty());
        }
    }

    // The same without reading the files, to separate parse and validate from I/O.
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
