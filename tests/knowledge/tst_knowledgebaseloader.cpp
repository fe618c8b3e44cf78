// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowledgebaseloader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {
QString fixture(const QString &name)
{
    return QStringLiteral(SMTPCODES_TEST_DATA) + u"/kb/"_s + name;
}

QStringList problemTexts(const QList<LoadProblem> &problems)
{
    QStringList texts;
    for (const LoadProblem &problem : problems) {
        texts.append(problem.toString());
    }
    return texts;
}
} // namespace

class TstKnowledgeBaseLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validFile_loadsEverything()
    {
        KnowledgeBaseLoader loader;
        loader.loadFile(fixture(u"valid.json"_s));
        const KnowledgeBase base = loader.finish();
        QVERIFY2(loader.problems().isEmpty(), qPrintable(problemTexts(loader.problems()).join(u'\n')));
        QCOMPARE(base.entries().size(), 4);
        QCOMPARE(base.distinctions().size(), 1);
        const Entry *entry = base.entry(u"251"_s);
        QVERIFY(entry);
        QCOMPARE(entry->title, u"User not local; will forward"_s);
        QCOMPARE(entry->classes, QList<CodeClass> {CodeClass::PositiveCompletion});
        QCOMPARE(entry->commands, (QStringList {u"RCPT"_s, u"VRFY"_s}));
        QCOMPARE(entry->references.first().toString(), u"RFC 5321 §4.2.3"_s);
        QCOMPARE(base.entry(u"X.1.1"_s)->basicCodes, QStringList {u"551"_s});
        QVERIFY(base.distinction(u"251"_s, u"250"_s));
        QVERIFY(!base.distinction(u"250"_s, u"551"_s));
    }

    // One fixture per class of error; each must give exactly the expected messages, and the
    // entries without problems must still load.
    void brokenFile_reportsPreciseProblem_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected"); // each after "<path>"
        QTest::addColumn<int>("entriesLoaded");

        QTest::newRow("malformed JSON")
            << u"malformed-json.json"_s
            << QStringList {u":3:36: malformed JSON: object is missing after a comma"_s} << 0;
        QTest::newRow("empty file") << u"empty.json"_s << QStringList {u": is empty"_s} << 0;
        QTest::newRow("not an object")
            << u"not-an-object.json"_s
            << QStringList {u": must hold a JSON object with \"entries\" and/or \"distinctions\""_s} << 0;
        QTest::newRow("missing field")
            << u"missing-field.json"_s
            << QStringList {u":4: entry 250, field \"howToFix\": required field is missing"_s} << 0;
        QTest::newRow("empty field") << u"empty-field.json"_s
                                     << QStringList {u":4: entry 250, field \"title\": must not be empty"_s}
                                     << 0;
        QTest::newRow("unknown field")
            << u"unknown-field.json"_s << QStringList {u":4: entry 250, field \"colour\": unknown field"_s}
            << 0;
        QTest::newRow("unknown class")
            << u"unknown-class.json"_s
            << QStringList {u":4: entry 250, field \"class\": unknown class \"positive\" (a basic code's "
                            u"class is "
                            u"positive-completion, positive-intermediate, transient-negative or permanent-negative)"_s}
            << 0;
        QTest::newRow("duplicate code")
            << u"duplicate-code.json"_s
            << QStringList {u":24: entry 250, field \"code\": duplicate code, first defined in %1:4"_s.arg(
                   fixture(u"duplicate-code.json"_s))}
            << 1;
        QTest::newRow("malformed code")
            << u"malformed-code.json"_s
            << QStringList {u":4: entry 2500, field \"code\": malformed code \"2500\""_s} << 0;
        QTest::newRow("enhanced code with class digit")
            << u"enhanced-with-class-digit.json"_s
            << QStringList {u":4: entry 5.1.1, field \"code\": malformed code \"5.1.1\": write it as \"X.1.1\""_s}
            << 0;
        QTest::newRow("class disagrees with first digit")
            << u"class-mismatch.json"_s
            << QStringList {u":4: entry 450, field \"class\": class \"positive-completion\" disagrees with "
                            u"the code's "
                            u"first digit 4 (expected \"transient-negative\")"_s}
            << 0;
        QTest::newRow("related code without entry")
            << u"dangling-related.json"_s
            << QStringList {u":4: entry 250, field \"related[0]\": related code \"259\" has no entry"_s} << 1;
        QTest::newRow("associated code without entry")
            << u"dangling-basic-code.json"_s
            << QStringList {u":4: entry X.1.1, field \"basicCodes[0]\": associated code \"551\" has no entry"_s}
            << 1;
        QTest::newRow("reference without RFC number")
            << u"reference-without-rfc.json"_s
            << QStringList {u":4: entry 250, field \"references[0].rfc\": reference without an RFC number"_s}
            << 0;
        QTest::newRow("unknown command")
            << u"unknown-command.json"_s
            << QStringList {u":4: entry 250, field \"commands[1]\": unknown command \"FOO\""_s} << 0;
        QTest::newRow("wrong type")
            << u"wrong-type.json"_s
            << QStringList {u":4: entry 250, field \"standard\": must be true or false"_s} << 0;
        QTest::newRow("distinction code without entry")
            << u"dangling-distinction-code.json"_s
            << QStringList {u": distinction #1, field \"codes[1]\": code \"252\" has no entry"_s} << 2;
    }

    void brokenFile_reportsPreciseProblem()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        QFETCH(int, entriesLoaded);
        const QString path = fixture(file);
        KnowledgeBaseLoader loader;
        loader.loadFile(path);
        const KnowledgeBase base = loader.finish();
        QStringList expectedTexts;
        for (const QString &suffix : std::as_const(expected)) {
            expectedTexts.append(path + suffix);
        }
        QCOMPARE(problemTexts(loader.problems()), expectedTexts);
        QCOMPARE(base.entries().size(), entriesLoaded);
    }

    void missingFile_isReported()
    {
        KnowledgeBaseLoader loader;
        const QString path = fixture(u"does-not-exist.json"_s);
        loader.loadFile(path);
        QCOMPARE(loader.problems().size(), 1);
        QVERIFY(loader.problems().first().toString().startsWith(path + u": cannot read: "_s));
    }

    void directory_isReported()
    {
        KnowledgeBaseLoader loader;
        const QString path = QStringLiteral(SMTPCODES_TEST_DATA);
        loader.loadFile(path);
        QCOMPARE(problemTexts(loader.problems()),
            QStringList {path + u": is a directory, not a knowledge-base file"_s});
    }

    void directoryWithMeta_loadsListedFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QFile::copy(fixture(u"valid.json"_s), dir.filePath(u"codes.json"_s)));
        QFile meta(dir.filePath(u"meta.json"_s));
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write(R"({"schemaVersion": 1, "version": "9.9", "ianaRegistryChecked": "2026-01-02",
                       "files": ["codes.json"]})");
        meta.close();
        KnowledgeBaseLoader loader;
        loader.loadDirectory(dir.path());
        const KnowledgeBase base = loader.finish();
        QVERIFY(loader.problems().isEmpty());
        QCOMPARE(base.info().version, u"9.9"_s);
        QCOMPARE(base.info().ianaRegistryChecked, u"2026-01-02"_s);
        QCOMPARE(base.entries().size(), 4);
    }

    void unsupportedSchema_isReported()
    {
        QTemporaryDir dir;
        QFile meta(dir.filePath(u"meta.json"_s));
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write(
            R"({"schemaVersion": 7, "version": "1", "ianaRegistryChecked": "2026-01-02", "files": []})");
        meta.close();
        KnowledgeBaseLoader loader;
        loader.loadDirectory(dir.path());
        QCOMPARE(problemTexts(loader.problems()),
            QStringList {dir.filePath(u"meta.json"_s)
                + u": field \"schemaVersion\": unsupported schema version (this build reads version 1)"_s});
    }
};

QTEST_GUILESS_MAIN(TstKnowledgeBaseLoader)
#include "tst_knowledgebaseloader.moc"
