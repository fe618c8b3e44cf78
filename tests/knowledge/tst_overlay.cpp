// SPDX-License-Identifier: GPL-3.0-or-later
// The user's overlay: files written by people, loaded on top of the built-in data. Whatever
// they hold, the built-in data and the valid parts must still serve, and every problem must
// name the file, the line, the entry and the field.
#include "builtinknowledgebase.h"
#include "knowledgebaseloader.h"
#include "knowledgebasesources.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {
QString fixture(const QString &name)
{
    return QStringLiteral(SMTPCODES_TEST_DATA) + u"/overlay/"_s + name;
}

QStringList problemTexts(const QList<LoadProblem> &problems)
{
    QStringList texts;
    for (const LoadProblem &problem : problems) {
        texts.append(problem.toString());
    }
    return texts;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// An entry of the overlay format with every required field, as a JSON object's text.
QByteArray entryJson(const QByteArray &code, const QByteArray &description = "Generated.")
{
    return R"({
      "code": ")"
        + code + R"(",
      "title": "Generated entry",
      "classes": ["permanent"],
      "standard": false,
      "description": ")"
        + description + R"(",
      "whenYouSeeIt": "Generated.",
      "howToFix": "Generated.",
      "useWhen": "Generated.",
      "commands": ["RCPT"],
      "references": [{"rfc": 3463, "section": "3.8"}],
      "related": [],
      "basicCodes": []
    })";
}

enum class Make { Fixture, HugeString, TooLarge, Directory, Missing, Unreadable };

constexpr qsizetype builtInEntryCount = 137;

// The codes of a knowledge base, without the reasons and provider responses made from it.
qsizetype codeCount(const KnowledgeBase &base)
{
    return std::count_if(
        base.entries().cbegin(), base.entries().cend(), [](const Entry &entry) { return entry.isCode(); });
}
} // namespace

class TstOverlay : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_builtIn;

    static LoadedKnowledgeBase loadOverlayFiles(const QStringList &files)
    {
        KnowledgeBaseSources sources;
        sources.setOverlayDirectory({});
        sources.setExtraFiles(files);
        return sources.load();
    }

    // The built-in data still serves, unchanged, and so does the valid good.json read after
    // the broken file.
    void verifyBuiltInAndGoodOverlayServe(const KnowledgeBase &base, qsizetype otherLocalEntries)
    {
        QCOMPARE(codeCount(base), builtInEntryCount + 1 + otherLocalEntries);
        for (const Entry &builtIn : m_builtIn.entries()) {
            const Entry *entry = base.entry(builtIn.code);
            QVERIFY2(entry, qPrintable(builtIn.code));
            QVERIFY(!entry->local);
            QCOMPARE(entry->title, builtIn.title);
            QCOMPARE(entry->description, builtIn.description);
        }
        const Entry *local = base.entry(u"X.7.606"_s);
        QVERIFY(local);
        QVERIFY(local->local);
        QCOMPARE(base.entry(u"550"_s)->localNotes,
            QStringList {u"Fixture: our relay answers 550 for unknown local users."_s});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QList<LoadProblem> problems;
        m_builtIn = BuiltInKnowledgeBase::load(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problemTexts(problems).join(u'\n')));
        QCOMPARE(codeCount(m_builtIn), builtInEntryCount);
    }

    void goodOverlay_addsLocalEntryAndNotes()
    {
        const LoadedKnowledgeBase loaded = loadOverlayFiles({fixture(u"good.json"_s)});
        QVERIFY2(loaded.problems.isEmpty(), qPrintable(problemTexts(loaded.problems).join(u'\n')));
        verifyBuiltInAndGoodOverlayServe(loaded.base, 0);
        const Entry *local = loaded.base.entry(u"X.7.606"_s);
        QCOMPARE(local->sourceFile, fixture(u"good.json"_s));
        QCOMPARE(local->related, (QStringList {u"X.7.1"_s, u"550"_s}));
        QCOMPARE(local->localNotes, QStringList {u"Fixture: a note on a local entry."_s});
        QVERIFY(!loaded.base.entry(u"X.7.1"_s)->local);
        // A provider's code now resolves to the local entry, with the class it was written with.
        const Lookup lookup = loaded.base.lookup(u"5.7.606"_s);
        QVERIFY(lookup);
        QCOMPARE(lookup.entry, local);
        QCOMPARE(loaded.overlayFiles, QStringList {fixture(u"good.json"_s)});
    }

    // The example the README points to must stay valid.
    void exampleOverlay_loadsCleanly()
    {
        const QString example
            = QStringLiteral(SMTPCODES_TEST_DATA) + u"/../../packaging/examples/local-knowledge.json"_s;
        const LoadedKnowledgeBase loaded = loadOverlayFiles({example});
        QVERIFY2(loaded.problems.isEmpty(), qPrintable(problemTexts(loaded.problems).join(u'\n')));
        QCOMPARE(codeCount(loaded.base), builtInEntryCount + 1);
        QVERIFY(loaded.base.lookup(u"5.7.606"_s).entry->local);
        QCOMPARE(loaded.base.entry(u"550"_s)->localNotes.size(), 1);
        QCOMPARE(loaded.base.entry(u"X.2.2"_s)->localNotes.size(), 1);
    }

    void builtInLoader_rejectsOverlayOnlyFields()
    {
        KnowledgeBaseLoader loader;
        BuiltInKnowledgeBase::loadInto(loader);
        loader.loadFile(fixture(u"good.json"_s));
        loader.finish();
        QCOMPARE(problemTexts(loader.problems()),
            QStringList {fixture(u"good.json"_s) + u": field \"notes\": unknown field"_s});
    }

    // One row per class of bad input. Each is read before good.json, and must give exactly
    // these problems (after the file's path) and load exactly these entries of its own.
    void badOverlay_reportsPreciselyAndKeepsTheRest_data()
    {
        QTest::addColumn<int>("make");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("loaded");

        const auto row = [](const char *name, const QString &file, const QStringList &expected,
                             const QStringList &loaded = {}) {
            QTest::newRow(name) << int(Make::Fixture) << file << expected << loaded;
        };
        row("invalid JSON", u"invalid-json.json"_s, {u":3:60: malformed JSON: unterminated object"_s});
        row("truncated file", u"truncated.json"_s, {u":12:35: malformed JSON: unterminated string"_s});
        row("empty file", u"empty.json"_s, {u": is empty"_s});
        row("only white space", u"whitespace.json"_s, {u": is empty"_s});
        row("not an object", u"not-an-object.json"_s,
            {u": must hold a JSON object with \"entries\", \"distinctions\", \"providers\" and/or \"notes\""_s});
        row("misspelt top-level field", u"misspelt-section.json"_s,
            {u": field \"entrys\": unknown field"_s,
                u": holds none of \"entries\", \"distinctions\", \"providers\" and/or \"notes\""_s});
        row("wrong types", u"wrong-types.json"_s,
            {u":4: entry X.7.700, field \"title\": must be a string"_s,
                u":4: entry X.7.700, field \"standard\": must be true or false"_s,
                u":4: entry X.7.700, field \"commands\": must be an array of strings"_s},
            {u"X.7.701"_s});
        row("unknown field", u"unknown-field.json"_s,
            {u":4: entry X.7.700, field \"severity\": unknown field"_s}, {u"X.7.701"_s});
        row("missing field", u"missing-field.json"_s,
            {u":4: entry X.7.700, field \"howToFix\": required field is missing"_s}, {u"X.7.701"_s});
        row("duplicate code", u"duplicate-code.json"_s,
            {u":31: entry X.7.700, field \"code\": duplicate code, first defined in %1:4"_s.arg(
                fixture(u"duplicate-code.json"_s))},
            {u"X.7.700"_s});
        row("built-in code", u"built-in-code.json"_s,
            {u":4: entry 550, field \"code\": 550 is a built-in entry and cannot be redefined; add to it "
             u"with "
             u"a \"notes\" item ({\"code\": \"550\", \"note\": \"...\"})"_s},
            {u"X.7.701"_s});
        row("malformed code", u"malformed-code.json"_s,
            {u":4: entry 5.7.700, field \"code\": malformed code \"5.7.700\": write it as \"X.7.700\""_s,
                u":31: entry 55O, field \"code\": malformed code \"55O\""_s},
            {u"X.7.701"_s});
        row("deep nesting", u"deep-nesting.json"_s,
            {u":1:1037: malformed JSON: too deeply nested document"_s});
        row("nested value instead of text", u"nested-field.json"_s,
            {u":4: entry X.7.700, field \"title\": must be a string"_s}, {u"X.7.701"_s});
        row("Latin-1 instead of UTF-8", u"latin1.json"_s,
            {u":5:29: is not UTF-8 text: byte 0xe9 cannot start or continue a character; save the file as "
             u"UTF-8"_s});
        row("UTF-16", u"utf16.json"_s, {u": is UTF-16 text; save it as UTF-8"_s});
        row("binary", u"binary.json"_s,
            {u":2:118: is not UTF-8 text: byte 0x80 cannot start or continue a character; save the file as UTF-8"_s});
        row("unknown class and command", u"unknown-names.json"_s,
            {u":4: entry X.7.700, field \"classes[0]\": unknown class \"fatal\" (an enhanced code's class is "
             u"success, persistent-transient or permanent)"_s,
                u":4: entry X.7.700, field \"commands[1]\": unknown command \"SEND\""_s},
            {u"X.7.701"_s});
        row("related code without entry", u"dangling-related.json"_s,
            {u":4: entry X.7.700, field \"related[0]\": related code \"X.7.999\" has no entry"_s},
            {u"X.7.700"_s});
        row("bad references", u"bad-reference.json"_s,
            {u":4: entry X.7.700, field \"references[0].rfc\": reference without an RFC number"_s,
                u":4: entry X.7.700, field \"references[0].section\": reference without a section"_s,
                u":4: entry X.7.700, field \"references[1].rfc\": reference without an RFC number"_s},
            {u"X.7.701"_s});
        row("bad notes", u"notes.json"_s,
            {u":8: note #2 for 5.1.1, field \"code\": malformed code \"5.1.1\": write it as \"X.1.1\""_s,
                u":12: note #3 for 250, field \"note\": required field is missing"_s,
                u": note #4: must be a JSON object: {\"code\": \"550\", \"note\": \"...\"}"_s,
                u":16: note #5 for 250, field \"author\": unknown field"_s,
                u":4: note #1 for 259, field \"code\": code \"259\" has no entry"_s});
        row("control characters in names", u"control-characters.json"_s,
            {u": entry 55\\n0, field \"code\": malformed code \"55\\n0\""_s,
                u":26: entry X.7.701, field \"evil\\nkey\": unknown field"_s});
        row("distinction naming no entry", u"distinction.json"_s,
            {u": distinction #2, field \"codes[0]\": code \"X.7.999\" has no entry"_s});

        QTest::newRow("huge string") << int(Make::HugeString) << u"huge.json"_s
                                     << QStringList {u":3: entry X.7.700, field \"description\": too long: "
                                                     u"1048576 characters (the limit is 65536)"_s}
                                     << QStringList {u"X.7.701"_s};
        QTest::newRow("file too large")
            << int(Make::TooLarge) << u"large.json"_s
            << QStringList {u": too large (more than 16777216 bytes); a knowledge-base file is far smaller"_s}
            << QStringList {};
        QTest::newRow("directory instead of a file")
            << int(Make::Directory) << u"directory.json"_s
            << QStringList {u": is a directory, not a knowledge-base file"_s} << QStringList {};
        QTest::newRow("missing file")
            << int(Make::Missing) << u"missing.json"_s
            << QStringList {u": cannot read: No such file or directory"_s} << QStringList {};
        QTest::newRow("unreadable file")
            << int(Make::Unreadable) << u"unreadable.json"_s
            << QStringList {u": cannot read: Permission denied"_s} << QStringList {};
    }

    void badOverlay_reportsPreciselyAndKeepsTheRest()
    {
        QFETCH(int, make);
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, loaded);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString path = dir.filePath(file);
        switch (Make(make)) {
        case Make::Fixture:
            path = fixture(file);
            break;
        case Make::HugeString:
            QVERIFY(writeFile(path,
                "{\"entries\": [\n    " + entryJson("X.7.700", QByteArray(1024 * 1024, 'x')) + ",\n    "
                    + entryJson("X.7.701") + "\n]}\n"));
            break;
        case Make::TooLarge: {
            QFile large(path);
            QVERIFY(large.open(QIODevice::WriteOnly));
            QVERIFY(large.resize(KnowledgeBaseLoader::maximumFileSize + 1)); // sparse: costs no disk
            break;
        }
        case Make::Directory:
            QVERIFY(QDir(dir.path()).mkdir(file));
            break;
        case Make::Missing:
            break;
        case Make::Unreadable:
            QVERIFY(writeFile(path, "{\"entries\": []}"));
            QVERIFY(QFile::setPermissions(path, QFile::Permissions()));
            if (::geteuid() == 0) {
                QSKIP("running as root, which reads files whatever their permissions");
            }
            break;
        }
        const LoadedKnowledgeBase result = loadOverlayFiles({path, fixture(u"good.json"_s)});
        QStringList expectedTexts;
        for (const QString &suffix : std::as_const(expected)) {
            expectedTexts.append(path + suffix);
        }
        QCOMPARE(problemTexts(result.problems), expectedTexts);
        for (const QString &text : problemTexts(result.problems)) {
            QVERIFY2(!text.contains(u'\n') && text.size() < 400, qPrintable(text));
        }
        verifyBuiltInAndGoodOverlayServe(result.base, loaded.size());
        for (const QString &code : std::as_const(loaded)) {
            const Entry *entry = result.base.entry(code);
            QVERIFY2(entry && entry->local, qPrintable(code));
            QCOMPARE(entry->sourceFile, path);
        }
    }

    void manyProblems_areCutShort()
    {
        QTemporaryDir dir;
        QByteArray data = "{\"entries\": [";
        for (int i = 0; i < 5000; ++i) {
            data += "{\"colour\": \"red\"},\n";
        }
        data += "{}]}";
        const QString path = dir.filePath(u"many.json"_s);
        QVERIFY(writeFile(path, data));
        const LoadedKnowledgeBase result = loadOverlayFiles({path, fixture(u"good.json"_s)});
        const QStringList texts = problemTexts(result.problems);
        QVERIFY(texts.size() <= KnowledgeBaseLoader::maximumProblemsPerFile + 12);
        QCOMPARE(texts.first(), path + u": entry #1, field \"code\": required field is missing"_s);
        QCOMPARE(texts.last(), path + u": more than 100 problems; the rest of the file was not read"_s);
        verifyBuiltInAndGoodOverlayServe(result.base, 0);
    }

    void manyUnknownKeys_areCounted()
    {
        QTemporaryDir dir;
        QByteArray data = "{\"notes\": [{\"code\": \"250\", \"note\": \"x\"";
        for (int i = 0; i < 10000; ++i) {
            data += ", \"k" + QByteArray::number(i) + "\": 1";
        }
        data += "}]}";
        const QString path = dir.filePath(u"keys.json"_s);
        QVERIFY(writeFile(path, data));
        const LoadedKnowledgeBase result = loadOverlayFiles({path});
        const QStringList texts = problemTexts(result.problems);
        QCOMPARE(texts.size(), 21);
        QCOMPARE(texts.last(), path + u":1: note #1 for 250: 9980 more problems not shown"_s);
    }

    void utf8ByteOrderMark_isAccepted()
    {
        const LoadedKnowledgeBase result = loadOverlayFiles({fixture(u"utf8-bom.json"_s)});
        QVERIFY2(result.problems.isEmpty(), qPrintable(problemTexts(result.problems).join(u'\n')));
        QVERIFY(result.base.entry(u"X.7.700"_s)->local);
    }

    void distinction_fromOverlayIsUsed()
    {
        const LoadedKnowledgeBase result = loadOverlayFiles({fixture(u"distinction.json"_s)});
        const Distinction *distinction = result.base.distinction(u"550"_s, u"X.7.1"_s);
        QVERIFY(distinction);
        QCOMPARE(distinction->title, u"Fixture: a local distinction"_s);
    }

    void overlayDirectory_loadsJsonFilesInNameOrder()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(fixture(u"good.json"_s), dir.filePath(u"b.json"_s)));
        QVERIFY(QFile::copy(fixture(u"duplicate-code.json"_s), dir.filePath(u"a.json"_s)));
        QVERIFY(writeFile(dir.filePath(u"README.txt"_s), "not JSON, and not read"));
        QVERIFY(QDir(dir.path()).mkdir(u"c.json"_s));
        KnowledgeBaseSources sources;
        sources.setOverlayDirectory(dir.path());
        sources.setExtraFiles({fixture(u"unknown-field.json"_s)});
        const LoadedKnowledgeBase result = sources.load();
        QCOMPARE(result.overlayFiles,
            (QStringList {dir.filePath(u"a.json"_s), dir.filePath(u"b.json"_s), dir.filePath(u"c.json"_s),
                fixture(u"unknown-field.json"_s)}));
        QCOMPARE(problemTexts(result.problems),
            (QStringList {dir.filePath(u"a.json"_s)
                    + u":31: entry X.7.700, field \"code\": duplicate code, first defined in %1:4"_s.arg(
                        dir.filePath(u"a.json"_s)),
                dir.filePath(u"c.json"_s) + u": is a directory, not a knowledge-base file"_s,
                fixture(u"unknown-field.json"_s)
                    + u":4: entry X.7.700, field \"code\": duplicate code, first defined in %1:4"_s.arg(
                        dir.filePath(u"a.json"_s)),
                fixture(u"unknown-field.json"_s)
                    + u":4: entry X.7.700, field \"severity\": unknown field"_s}));
        verifyBuiltInAndGoodOverlayServe(result.base, 2);

        sources.setOverlayEnabled(false);
        const LoadedKnowledgeBase withoutDirectory = sources.load();
        QCOMPARE(withoutDirectory.overlayFiles, QStringList {fixture(u"unknown-field.json"_s)});
        QVERIFY(!withoutDirectory.base.contains(u"X.7.606"_s));
    }

    void overlayDirectory_missingIsNoProblem_fileIsOne()
    {
        QTemporaryDir dir;
        KnowledgeBaseSources sources;
        sources.setOverlayDirectory(dir.filePath(u"none"_s));
        LoadedKnowledgeBase result = sources.load();
        QVERIFY(result.problems.isEmpty());
        QCOMPARE(codeCount(result.base), builtInEntryCount);

        QVERIFY(writeFile(dir.filePath(u"file"_s), "{}"));
        sources.setOverlayDirectory(dir.filePath(u"file"_s));
        result = sources.load();
        QCOMPARE(problemTexts(result.problems),
            QStringList {dir.filePath(u"file"_s) + u": is not a directory; overlay files go inside it"_s});
        QCOMPARE(codeCount(result.base), builtInEntryCount);
    }

    void load_again_picksUpEditedFiles()
    {
        QTemporaryDir dir;
        KnowledgeBaseSources sources;
        sources.setOverlayDirectory(dir.path());
        QVERIFY(!sources.load().base.contains(u"X.7.606"_s));
        QVERIFY(QFile::copy(fixture(u"good.json"_s), dir.filePath(u"local.json"_s)));
        QVERIFY(sources.load().base.entry(u"X.7.606"_s)->local);
        QVERIFY(QFile::remove(dir.filePath(u"local.json"_s)));
        QVERIFY(!sources.load().base.contains(u"X.7.606"_s));
    }

    void defaultOverlayDirectory_isInTheApplicationDataDirectory()
    {
        QCoreApplication::setOrganizationName(u"smtp-codes"_s);
        QCoreApplication::setApplicationName(u"smtp-codes"_s);
        QCOMPARE(KnowledgeBaseSources::defaultOverlayDirectory(),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/knowledge-base"_s);
        QVERIFY(KnowledgeBaseSources::defaultOverlayDirectory().endsWith(
            u"/smtp-codes/smtp-codes/knowledge-base"_s));
    }

    void fromArguments_takesOverlayOptions()
    {
        QStringList rest;
        const KnowledgeBaseSources sources
            = KnowledgeBaseSources::fromArguments({u"smtp-codes"_s, u"--kb"_s, u"a.json"_s, u"550"_s,
                                                      u"--kb=b.json"_s, u"--no-overlay"_s, u"251"_s},
                &rest);
        QCOMPARE(sources.extraFiles(), (QStringList {u"a.json"_s, u"b.json"_s}));
        QVERIFY(!sources.isOverlayEnabled());
        QCOMPARE(rest, (QStringList {u"smtp-codes"_s, u"550"_s, u"251"_s}));
        QVERIFY(KnowledgeBaseSources::fromArguments({u"smtp-codes"_s}).isOverlayEnabled());
    }

    void excerpt_escapesAndShortens()
    {
        QCOMPARE(LoadProblem::excerpt(u"a\nb\tc\u0001"_s), u"a\\nb\\tc\\u0001"_s);
        QCOMPARE(LoadProblem::excerpt(QString(100, u'x'), 10), u"xxxxxxxxxx\u2026 (100 characters)"_s);
    }
};

QTEST_GUILESS_MAIN(TstOverlay)
#include "tst_overlay.moc"
