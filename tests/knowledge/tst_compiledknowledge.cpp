// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"
#include "compiledknowledgereader.h"
#include "compiledknowledgewriter.h"
#include "knowledgebaseloader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {
const QString sourceDirectory = QStringLiteral(SMTPCODES_KNOWLEDGE_SOURCE);

// Every value of a base in compiled form: two bases with the same words and text hold the same.
std::tuple<QList<quint32>, QList<quint32>, QString> compiled(const KnowledgeBase &base, qsizetype fileEntries)
{
    CompiledKnowledgeWriter writer;
    writer.write(base, fileEntries, {}, {}, {});
    return {writer.words(), writer.listWords(), writer.text()};
}

qsizetype fileEntryCount(const KnowledgeBase &base)
{
    return std::count_if(base.entries().cbegin(), base.entries().cend(), [](const Entry &entry) {
        return entry.kind != CodeKind::ProviderResponse && entry.kind != CodeKind::Reason;
    });
}

// A copy of the built-in JSON in a directory of its own, for the compiler to read broken.
bool copySources(const QString &to)
{
    const QDir from(sourceDirectory);
    for (const QString &name : from.entryList({u"*.json"_s}, QDir::Files)) {
        if (!QFile::copy(from.filePath(name), to + u'/' + name)) {
            return false;
        }
    }
    return true;
}
} // namespace

class TstCompiledKnowledge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // What the program ships is what the JSON says, every field of every value.
    void builtInHoldsWhatTheJsonHolds()
    {
        KnowledgeBaseLoader loader;
        loader.loadDirectory(sourceDirectory);
        const KnowledgeBase fromJson = loader.finish();
        QVERIFY(loader.problems().isEmpty());
        QList<LoadProblem> problems;
        const KnowledgeBase builtIn = BuiltInKnowledgeBase::load(&problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(builtIn.entries().size(), fromJson.entries().size());
        QVERIFY(builtIn.providers().responses().size() > 500);
        const qsizetype files = fileEntryCount(fromJson);
        QVERIFY(compiled(builtIn, files) == compiled(fromJson, files));
        // Look-ups are rebuilt, not only values: by code, tag, host and phrase.
        QCOMPARE(builtIn.lookup(u"5.1.1"_s).entry->code, u"X.1.1"_s);
        QVERIFY(builtIn.find(u"microsoft/banned-sending-ip"_s));
        QCOMPARE(builtIn.providers().byHost(u"mx.google.com"_s)->id, u"google"_s);
        QString phrase;
        QVERIFY(builtIn.reasons().byText(u"552 mailbox full"_s, &phrase));
        QVERIFY(!builtIn.synonyms().synonymsOf(u"blacklist"_s).isEmpty());
    }

    // Overlays start from the files' state: the same result as reading the JSON first.
    void overlayOnCompiledDataMatchesOverlayOnJson()
    {
        const QByteArray overlay = R"({"entries": [{"code": "250", "title": "again", "classes":
            ["positive-completion"], "description": "d", "whenYouSeeIt": "w", "howToFix": "h",
            "references": [{"rfc": 5321, "section": "4.2.3"}]}]})";
        KnowledgeBaseLoader json;
        json.loadDirectory(sourceDirectory);
        json.setLocal(true);
        json.loadData(overlay, u"local.json"_s);
        const KnowledgeBase a = json.finish();
        KnowledgeBaseLoader built;
        BuiltInKnowledgeBase::loadInto(built);
        built.setLocal(true);
        built.loadData(overlay, u"local.json"_s);
        const KnowledgeBase b = built.finish();
        QStringList fromJson;
        QStringList fromBuilt;
        for (const LoadProblem &problem : json.problems()) {
            fromJson.append(problem.toString());
        }
        for (const LoadProblem &problem : built.problems()) {
            fromBuilt.append(problem.toString());
        }
        QCOMPARE(fromBuilt, fromJson);
        QVERIFY(fromBuilt.first().contains(u"250 is a built-in entry and cannot be redefined"_s));
        QVERIFY(compiled(a, fileEntryCount(a)) == compiled(b, fileEntryCount(b)));
    }

    // Damaged words give nothing, never a crash or a read past the data.
    void damagedDataIsRefused()
    {
        const CompiledKnowledge &data = BuiltInKnowledgeBase::data();
        const QList<QString> &strings = BuiltInKnowledgeBase::listStrings();
        QCOMPARE(strings.size(), data.listWordCount / 2);
        for (const qsizetype length : {qsizetype(0), qsizetype(2), data.wordCount / 2, data.wordCount - 1}) {
            CompiledKnowledge cut = data;
            cut.wordCount = length;
            // The finished base ends where the loader's context begins; only the loader needs the rest.
            if (length < qsizetype(data.words[2])) {
                QVERIFY2(!CompiledKnowledgeReader(cut, strings).finishedBase(),
                    qPrintable(QString::number(length)));
            }
            QVERIFY(!CompiledKnowledgeReader(cut, strings).loaderState());
        }
        QList<quint32> words(data.words, data.words + data.wordCount);
        QRandomGenerator random(22);
        for (int round = 0; round < 200; ++round) {
            QList<quint32> changed = words;
            for (int i = 0; i < 8; ++i) {
                changed[random.bounded(qsizetype(3), changed.size())] = random.generate();
            }
            const CompiledKnowledge damaged {data.text, data.textSize, changed.constData(), changed.size(),
                data.listWords, data.listWordCount};
            (void)CompiledKnowledgeReader(damaged, strings).finishedBase();
            (void)CompiledKnowledgeReader(damaged, strings).loaderState();
        }
        // List strings that point past the text are refused as a whole, and no list reads them.
        QList<quint32> listWords(data.listWords, data.listWords + data.listWordCount);
        listWords[listWords.size() - 1] = quint32(data.textSize) + 1;
        const CompiledKnowledge badLists {
            data.text, data.textSize, data.words, data.wordCount, listWords.constData(), listWords.size()};
        const QList<QString> none = CompiledKnowledgeReader::listStrings(badLists);
        QVERIFY(none.isEmpty());
        QVERIFY(!CompiledKnowledgeReader(badLists, none).finishedBase());
        KnowledgeBaseLoader loader;
        loader.loadCompiled({data.text, data.textSize, data.words, 3, data.listWords, data.listWordCount},
            strings, u"broken"_s);
        QCOMPARE(loader.problems().size(), 1);
    }

    // A broken built-in file stops the build, with the loader's own words.
    void compilerFailsOnABrokenFile_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("syntax") << QByteArray(R"("entries")") << QByteArray(R"("entries" ,,)");
        QTest::newRow("unknown class")
            << QByteArray(R"("positive-completion")") << QByteArray(R"("positive-complete")");
    }
    void compilerFailsOnABrokenFile()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QTemporaryDir dir;
        QVERIFY(dir.isValid() && copySources(dir.path()));
        QFile file(dir.filePath(u"basic-2xx-3xx.json"_s));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(from));
        bytes.replace(bytes.indexOf(from), from.size(), to);
        QVERIFY(file.resize(0) && file.write(bytes) == bytes.size());
        file.close();
        KnowledgeBaseLoader loader;
        loader.loadDirectory(dir.path());
        loader.finish();
        QVERIFY(!loader.problems().isEmpty());

        QProcess compiler;
        const QString output = dir.filePath(u"out.cpp"_s);
        compiler.start(QStringLiteral(SMTPCODES_KNOWLEDGE_COMPILER), {dir.path(), output});
        QVERIFY(compiler.waitForFinished(60000));
        QCOMPARE(compiler.exitCode(), 1);
        QVERIFY(!QFile::exists(output));
        const QString errors = QString::fromUtf8(compiler.readAllStandardError());
        for (const LoadProblem &problem : loader.problems()) {
            QVERIFY2(errors.contains(problem.toString()), qPrintable(errors));
        }
    }

    void compilerWritesSoundData()
    {
        QTemporaryDir dir;
        QProcess compiler;
        const QString output = dir.filePath(u"out.cpp"_s);
        compiler.start(QStringLiteral(SMTPCODES_KNOWLEDGE_COMPILER), {sourceDirectory, output});
        QVERIFY(compiler.waitForFinished(60000));
        QCOMPARE(compiler.exitCode(), 0);
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("const CompiledKnowledge builtInKnowledgeData ="));
    }
};

QTEST_GUILESS_MAIN(TstCompiledKnowledge)
#include "tst_compiledknowledge.moc"
