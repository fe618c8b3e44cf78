// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"
#include "cborknowledge.h"
#include "compiledknowledgereader.h"
#include "compiledknowledgewriter.h"
#include "knowledgebaseloader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
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
    // The knowledge base as it was before providers and reasons (codes and distinctions only),
    // compiled the same way: the "today's data" of issue 22.
    CompiledKnowledgeWriter m_codesOnly;

    bool compileCodesOnly()
    {
        QTemporaryDir dir;
        const QDir from(QStringLiteral(SMTPCODES_KNOWLEDGE_SOURCE));
        for (const QString &name : from.entryList({u"*.json"_s}, QDir::Files)) {
            if (!QFile::copy(from.filePath(name), dir.filePath(name))) {
                return false;
            }
        }
        QFile meta(dir.filePath(u"meta.json"_s));
        if (!meta.open(QIODevice::ReadWrite)) {
            return false;
        }
        QJsonObject root = QJsonDocument::fromJson(meta.readAll()).object();
        root.remove(u"reasons"_s);
        QJsonArray files;
        for (const QJsonValue &file : root.value(u"files"_s).toArray()) {
            if (!file.toString().startsWith(u"providers-"_s)) {
                files.append(file);
            }
        }
        root.insert(u"files"_s, files);
        meta.resize(0);
        meta.write(QJsonDocument(root).toJson());
        meta.close();
        KnowledgeBaseLoader loader;
        loader.loadDirectory(dir.path());
        const KnowledgeBase base = loader.finishInto(m_codesOnly);
        qInfo("codes only: %lld entries", static_cast<long long>(base.entries().size()));
        return loader.problems().isEmpty() && base.providers().isEmpty();
    }

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
        QVERIFY(compileCodesOnly());
        const CompiledKnowledge &data = BuiltInKnowledgeBase::data();
        qInfo("compiled: %lld words, %lld list words, %lld characters of text (%lld KB); CBOR: %lld KB",
            static_cast<long long>(data.wordCount), static_cast<long long>(data.listWordCount),
            static_cast<long long>(data.textSize),
            static_cast<long long>((data.wordCount * 4 + data.listWordCount * 4 + data.textSize * 2) / 1024),
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

    // The compiled codes and distinctions alone, as the knowledge base was before providers.
    void loadBuiltInCodesOnly()
    {
        const CompiledKnowledge data {reinterpret_cast<const char16_t *>(m_codesOnly.text().utf16()),
            m_codesOnly.text().size(), m_codesOnly.words().constData(), m_codesOnly.words().size(),
            m_codesOnly.listWords().constData(), m_codesOnly.listWords().size()};
        const QList<QString> strings = CompiledKnowledgeReader::listStrings(data);
        std::list<KnowledgeBase> kept;
        QBENCHMARK
        {
            kept.push_back(*CompiledKnowledgeReader(data, strings).finishedBase());
        }
        QVERIFY(kept.back().entries().size() > 100);
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
