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
            << QStringList {u": must hold a JSON object with \"entries\", \"distinctions\" and/or \"providers\""_s}
            << 0;
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
    // The built-in data may cite only sections the table holds, and never an Introduction or
    // the Abstract; the entry still loads, its references carry their titles.
    void sectionTable_titlesReferencesAndRejectsLooseCitations()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto write = [&dir](const QString &name, const QByteArray &text) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write(u"meta.json"_s, R"({"schemaVersion": 1, "version": "9.9", "ianaRegistryChecked": "2026-01-02",
            "sectionTable": "sections.json", "files": ["codes.json"]})");
        write(u"sections.json"_s, R"({"checked": "2026-12-01", "rfcs": {"5321": {
            "title": "Simple Mail Transfer Protocol",
            "sections": {"1": "Introduction", "4.2.3": "Reply Codes in Numeric Order"}}}})");
        write(u"codes.json"_s, R"({"entries": [{
            "code": "250", "title": "OK", "class": "positive-completion", "standard": true,
            "description": "d", "whenYouSeeIt": "w", "howToFix": "h", "useWhen": "u",
            "commands": ["ANY"], "related": [],
            "references": [{"rfc": 5321, "section": "4.2.3", "note": "reply list"},
                           {"rfc": 5321, "section": "9.9"}, {"rfc": 5321, "section": "1"},
                           {"rfc": 5321, "section": "Abstract"}]}]})");
        KnowledgeBaseLoader loader;
        loader.loadDirectory(dir.path());
        const KnowledgeBase base = loader.finish();
        const QString prefix = dir.filePath(u"codes.json"_s) + u":2: entry 250, field "_s;
        QCOMPARE(problemTexts(loader.problems()),
            (QStringList {prefix
                    + u"\"references[1]\": RFC 5321 §9.9 is not in the section table (rfc-sections.json): "
                      u"cite a section the RFC has, and add it there with its title"_s,
                prefix
                    + u"\"references[2]\": cites the Introduction of RFC 5321 (§1); cite the section that "
                      u"says it"_s,
                prefix
                    + u"\"references[3]\": cites the Abstract of RFC 5321; cite the section that says it"_s}));
        const Entry *entry = base.entry(u"250"_s);
        QVERIFY(entry);
        QCOMPARE(entry->references.first().title, u"Reply Codes in Numeric Order"_s);
        QCOMPARE(entry->references.first().toStringWithNote(),
            u"RFC 5321 §4.2.3 Reply Codes in Numeric Order (reply list)"_s);
        QVERIFY(entry->references.at(1).title.isEmpty());
        QCOMPARE(entry->references.at(1).toStringWithTitle(), u"RFC 5321 §9.9"_s);

        // An overlay may cite what it likes; known sections still get their titles.
        loader.setLocal(true);
        write(u"local.json"_s, R"({"entries": [{
            "code": "X.7.700", "title": "Local", "classes": ["permanent"], "standard": false,
            "description": "d", "whenYouSeeIt": "w", "howToFix": "h", "useWhen": "u",
            "commands": ["RCPT"], "related": [], "basicCodes": [],
            "references": [{"rfc": 5321, "section": "4.2.3"}, {"rfc": 9999, "section": "1"}]}]})");
        KnowledgeBaseLoader overlay;
        overlay.loadDirectory(dir.path());
        const qsizetype builtInProblems = overlay.problems().size();
        overlay.setLocal(true);
        overlay.loadFile(dir.filePath(u"local.json"_s));
        const KnowledgeBase withOverlay = overlay.finish();
        QCOMPARE(overlay.problems().size(), builtInProblems);
        QCOMPARE(
            withOverlay.entry(u"X.7.700"_s)->references.first().title, u"Reply Codes in Numeric Order"_s);
        QVERIFY(withOverlay.entry(u"X.7.700"_s)->references.at(1).title.isEmpty());
    }

    void sectionTable_malformedIsReported()
    {
        QTemporaryDir dir;
        QFile meta(dir.filePath(u"meta.json"_s));
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write(R"({"schemaVersion": 1, "version": "1", "ianaRegistryChecked": "2026-01-02",
                       "sectionTable": "sections.json", "files": []})");
        meta.close();
        QFile table(dir.filePath(u"sections.json"_s));
        QVERIFY(table.open(QIODevice::WriteOnly));
        table.write(R"({"rfcs": {"abc": {"sections": {}}, "5321": {"sections": {"4.2.3": ""}}}})");
        table.close();
        KnowledgeBaseLoader loader;
        loader.loadDirectory(dir.path());
        const QString path = dir.filePath(u"sections.json"_s);
        const QStringList texts = problemTexts(loader.problems());
        QVERIFY2(texts.contains(path + u": RFC 5321: section \"4.2.3\" has no title"_s),
            qPrintable(texts.join(u'\n')));
        QVERIFY2(texts.contains(path + u": RFC abc: must be an RFC number with an object of \"sections\""_s),
            qPrintable(texts.join(u'\n')));
    }

    void appendixReference_linksToTheAppendixAnchor()
    {
        QCOMPARE((Reference {3463, u"Appendix A"_s, {}, {}}).url(),
            u"https://www.rfc-editor.org/rfc/rfc3463#appendix-A"_s);
        QCOMPARE(
            (Reference {3463, u"B"_s, {}, {}}).url(), u"https://www.rfc-editor.org/rfc/rfc3463#appendix-B"_s);
        QCOMPARE((Reference {5321, u"4.2.3"_s, {}, {}}).url(),
            u"https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3"_s);
    }
    void synonyms_areReadAndChecked()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const QString &name, const QByteArray &text) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write(u"meta.json"_s, R"({"schemaVersion": 1, "version": "1", "ianaRegistryChecked": "2026-01-02",
            "synonyms": "synonyms.json", "files": ["codes.json"]})");
        write(u"synonyms.json"_s, R"({"groups": [["blocklist", "blacklist", "rbl"], ["Greylist", "graylist"],
            ["quota", "blacklist"], ["alone"]]})");
        QVERIFY(QFile::copy(fixture(u"valid.json"_s), dir.filePath(u"codes.json"_s)));
        KnowledgeBaseLoader loader;
        loader.loadDirectory(dir.path());
        const KnowledgeBase base = loader.finish();
        const QString path = dir.filePath(u"synonyms.json"_s);
        QCOMPARE(problemTexts(loader.problems()),
            (QStringList {path + u": group #2: term \"Greylist\" must be written in lower case"_s,
                path + u": group #2: a group needs at least two terms"_s,
                path + u": group #3: term \"blacklist\" is already in group #1"_s,
                path + u": group #3: a group needs at least two terms"_s,
                path + u": group #4: a group needs at least two terms"_s}));
        QCOMPARE(base.synonyms().groups().size(), 1);
        QCOMPARE(base.synonyms().synonymsOf(u"rbl"_s), (QStringList {u"blocklist"_s, u"blacklist"_s}));
        QVERIFY(base.synonyms().synonymsOf(u"graylist"_s).isEmpty());
        QCOMPARE(base.entries().size(), 4);
    }
};

QTEST_GUILESS_MAIN(TstKnowledgeBaseLoader)
#include "tst_knowledgebaseloader.moc"
