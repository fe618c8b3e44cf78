// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real executable, as a user or a script would, without a display.
#include "terminalmode.h"

#include "cli/terminalrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
using SmtpCodes::TerminalRun::dataHome;
using SmtpCodes::TerminalRun::Run;
using SmtpCodes::TerminalRun::run;

QString overlayFixture(const QString &name)
{
    return QStringLiteral(SMTPCODES_TEST_DATA) + u"/overlay/"_s + name;
}
} // namespace

class TstTerminalMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void list_tsv_hasEveryCode()
    {
        const Run result = run({u"--list"_s, u"--format"_s, u"tsv"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        int basic = 0;
        int enhanced = 0;
        for (const QString &line : lines) {
            const QStringList columns = line.split(u'\t');
            QCOMPARE(columns.size(), 4);
            QVERIFY(!columns.at(2).isEmpty());
            QVERIFY(!columns.at(3).isEmpty());
            basic += columns.at(1) == u"basic" ? 1 : 0;
            enhanced += columns.at(1) == u"enhanced" ? 1 : 0;
        }
        QCOMPARE(basic, 45);
        QCOMPARE(enhanced, 92);
        QVERIFY(lines.contains(u"250\tbasic\tpositive-completion\tRequested mail action okay, completed"_s));
    }

    void list_json_isAnArrayOfRows()
    {
        const Run result = run({u"--list"_s, u"--format"_s, u"json"_s});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QCOMPARE(rows.size(), 137);
        const QJsonObject first = rows.first().toObject();
        for (const QString &key : {u"code"_s, u"kind"_s, u"class"_s, u"title"_s, u"standard"_s}) {
            QVERIFY2(first.contains(key), qPrintable(key));
        }
    }

    void compare_250_251_printsBothSides()
    {
        const Run result = run({u"--compare"_s, u"250"_s, u"251"_s});
        QCOMPARE(result.exitCode, 0);
        const QString &out = result.out;
        QVERIFY(out.startsWith(u"250 vs 251\n"_s));
        qsizetype position = 0;
        // Every section, in order, the answer first; the rows name both codes.
        for (const QString &heading : {u"\nKey differences\n"_s, u"\nWhen to use which\n"_s,
                 u"\nShared class\n"_s, u"\nClass\n"_s, u"\nDescription\n"_s, u"\nWhen you see it\n"_s,
                 u"\nHow to fix\n"_s, u"\nHow the RFCs settle it: "_s}) {
            const qsizetype found = out.indexOf(heading, position);
            QVERIFY2(found > position, qPrintable(heading));
            position = found;
        }
        QVERIFY(out.count(u"\n  250:\n"_s) >= 5);
        QVERIFY(out.count(u"\n  251:\n"_s) >= 5);
        QVERIFY(out.contains(u"RFC 5321 §3.4"_s));
    }

    void compare_formats()
    {
        for (const QString &format : {u"markdown"_s, u"html"_s, u"json"_s}) {
            const Run result = run({u"--compare"_s, u"250"_s, u"251"_s, u"--format"_s, format});
            QCOMPARE(result.exitCode, 0);
            QVERIFY(result.out.contains(u"251"_s));
        }
        const Run json = run({u"--compare"_s, u"250"_s, u"251"_s, u"--format"_s, u"json"_s});
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object.value(u"left"_s).toObject().value(u"code"_s).toString(), u"250"_s);
        QVERIFY(object.value(u"distinction"_s).isObject());
        const Run markdown = run({u"--compare"_s, u"250"_s, u"251"_s, u"--format"_s, u"markdown"_s});
        QVERIFY(markdown.out.indexOf(u"\n## Key differences\n"_s)
            < markdown.out.indexOf(u"\n| | 250 | 251 |\n"_s));
        QVERIFY(markdown.out.contains(u"\n| **Description** | "_s));
    }

    // Every format opens with the same summary, the answer before the long sections.
    void show_opensWithTheSummary()
    {
        const Run text = run({u"--show"_s, u"4.2.2"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith(
                     u"4.2.2  Mailbox full  [X.2.2]\n\n"
                     u"  Class: Persistent Transient Failure (4.X.X)\n"
                     u"  What to do: Retry later, unchanged: the sending server keeps the message\n"
                     u"    queued and retries by itself. Who acts: the recipient, who controls the\n"
                     u"    mailbox.\n  Meaning: "_s),
            qPrintable(text.out.left(400)));
        QVERIFY(text.out.indexOf(u"\n  Often confused with: "_s) < text.out.indexOf(u"\nClass\n"_s));
        const Run markdown = run({u"--show"_s, u"4.2.2"_s, u"--format"_s, u"markdown"_s});
        QVERIFY(markdown.out.contains(u"\n\n- **Class:** Persistent Transient Failure (4.X.X)\n"
                                      u"- **What to do:** Retry later, unchanged"_s));
        const Run html = run({u"--show"_s, u"4.2.2"_s, u"--format"_s, u"html"_s});
        QVERIFY(
            html.out.indexOf(u"<b>What to do:</b> Retry later, unchanged"_s) < html.out.indexOf(u"<h3>"_s));
        QVERIFY(html.out.contains(u"<a href=\"compare:4.2.2/"_s));
        const Run json = run({u"--show"_s, u"4.2.2"_s, u"--format"_s, u"json"_s});
        const QJsonObject summary
            = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"retry"_s).toString(), u"later"_s);
        QCOMPARE(summary.value(u"class"_s).toString(), u"persistent-transient"_s);
        QVERIFY(summary.value(u"whoActs"_s).toString().contains(u"recipient"_s));
        QVERIFY(!summary.value(u"confusedWith"_s).toArray().isEmpty());
    }

    void show_enhancedWithClass()
    {
        const Run result = run({u"--show"_s, u"5.1.1"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith(u"5.1.1  Bad destination mailbox address  [X.1.1]\n"_s));
        QVERIFY(result.out.contains(u"Class\n  Permanent Failure (5.X.X)"_s));
        const Run json = run({u"--show"_s, u"5.1.1"_s, u"--format"_s, u"json"_s});
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object.value(u"entry"_s).toString(), u"X.1.1"_s);
        QCOMPARE(object.value(u"class"_s).toString(), u"permanent"_s);
    }

    // Every reference names its section's title, as the RFC gives it, in every format.
    void show_referencesCarrySectionTitles()
    {
        const Run text = run({u"--show"_s, u"550"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(
            text.out.contains(u"\n  RFC 5321 §4.2.3 Reply Codes in Numeric Order"_s), qPrintable(text.out));
        const Run markdown = run({u"--show"_s, u"550"_s, u"--format"_s, u"markdown"_s});
        QVERIFY(markdown.out.contains(u"[RFC 5321 §4.2.3 Reply Codes in Numeric Order]"
                                      u"(https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3)"_s));
        const Run html = run({u"--show"_s, u"521"_s, u"--format"_s, u"html"_s});
        QVERIFY(html.out.contains(u">RFC 7504 §3 The 521 Reply Code</a>"_s));
        const Run json = run({u"--show"_s, u"556"_s, u"--format"_s, u"json"_s});
        const QJsonArray references
            = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"references"_s).toArray();
        QVERIFY(!references.isEmpty());
        for (const QJsonValue &reference : references) {
            QVERIFY2(!reference.toObject().value(u"title"_s).toString().isEmpty(),
                qPrintable(QString::fromUtf8(QJsonDocument(reference.toObject()).toJson())));
        }
    }

    // --search ranks as the window does, in every format, and says when nothing matches.
    void search_printsRankedResults()
    {
        const Run text = run({u"--search"_s, u"no such user"_s, u"--limit"_s, u"5"_s});
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.mid(0, 2).join(u' ').contains(u"550"_s), qPrintable(text.out));
        const Run tsv
            = run({u"--search"_s, u"mailbox"_s, u"full"_s, u"--format"_s, u"tsv"_s, u"--limit"_s, u"0"_s});
        QCOMPARE(tsv.exitCode, 0);
        const QStringList first = tsv.out.section(u'\n', 0, 0).split(u'\t');
        QCOMPARE(first.size(), 4);
        QVERIFY(QStringList({u"552"_s, u"452"_s, u"X.2.2"_s}).contains(first.at(0)));
        QVERIFY(first.at(1) == u"basic" || first.at(1) == u"enhanced");
        const Run json = run({u"--search"_s, u"550 relay"_s, u"--format"_s, u"json"_s});
        const QJsonArray results = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY(!results.isEmpty());
        QCOMPARE(results.first().toObject().value(u"code"_s).toString(), u"550"_s);
        QVERIFY(results.first().toObject().value(u"score"_s).toInt()
            >= results.last().toObject().value(u"score"_s).toInt());
        const Run typo = run({u"--search"_s, u"authentification"_s});
        QCOMPARE(typo.exitCode, 0);
        QVERIFY2(
            typo.err.contains(u"read as a typo: authentification -> authentication"_s), qPrintable(typo.err));
        const Run none = run({u"--search"_s, u"qzxqzx"_s});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.out.isEmpty());
        QVERIFY(none.err.contains(u"no code matches \"qzxqzx\""_s));
        QCOMPARE(run({u"--search"_s, u"550"_s, u"--limit"_s, u"many"_s}).exitCode, 2);
        QCOMPARE(run({u"--search"_s, u"550"_s, u"--format"_s, u"html"_s}).exitCode, 2);
    }

    void show_markdown()
    {
        const Run result = run({u"--show"_s, u"550"_s, u"--format"_s, u"markdown"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith(u"# 550"_s));
        QVERIFY(result.out.contains(u"## How to fix"_s));
    }

    void errors_exitWithStatus2AndOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown code")
            << QStringList {u"--show"_s, u"999"_s} << u"999 is not an SMTP reply code"_s;
        QTest::newRow("unassigned code") << QStringList {u"--show"_s, u"259"_s} << u"259"_s;
        QTest::newRow("code nobody uses") << QStringList {u"--show"_s, u"5.6.99"_s} << u"provider-specific"_s;
        QTest::newRow("bad format") << QStringList {u"--show"_s, u"250"_s, u"--format"_s, u"pdf"_s}
                                    << u"unknown format \"pdf\""_s;
        QTest::newRow("one code to compare")
            << QStringList {u"--compare"_s, u"250"_s} << u"exactly two codes"_s;
        QTest::newRow("unknown option") << QStringList {u"--frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("missing value") << QStringList {u"--show"_s} << u"show"_s;
        QTest::newRow("two modes") << QStringList {u"--list"_s, u"--show"_s, u"250"_s} << u"only one of"_s;
    }

    void errors_exitWithStatus2AndOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(result.err.count(u'\n'), 1);
        QVERIFY(result.err.startsWith(u"smtp-codes: "_s));
    }

    // The last reply of each fixture, as the JSON of --explain reports it.
    void explain_json_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("basic");
        QTest::addColumn<QString>("enhanced");
        QTest::addColumn<QString>("command");
        QTest::newRow("single line") << u"single-line.txt"_s << u"550"_s << u"5.1.1"_s << QString();
        QTest::newRow("multi-line") << u"multiline-gmail.txt"_s << u"550"_s << u"5.1.1"_s << QString();
        QTest::newRow("DSN") << u"dsn.txt"_s << u"550"_s << u"5.1.1"_s << QString();
        QTest::newRow("DSN Status only") << u"dsn-status-only.txt"_s << QString() << u"4.4.7"_s << QString();
        QTest::newRow("Postfix") << u"postfix-bounce.txt"_s << u"550"_s << u"5.1.1"_s << u"RCPT TO"_s;
        QTest::newRow("Postfix, end of data")
            << u"postfix-end-of-data.txt"_s << u"554"_s << u"5.7.1"_s << u"DATA"_s;
        QTest::newRow("Exim after") << u"exim-after.txt"_s << u"553"_s << u"5.7.1"_s << u"MAIL FROM"_s;
        QTest::newRow("Exim reason") << u"exim-reason.txt"_s << u"550"_s << u"5.1.1"_s << u"RCPT TO"_s;
        QTest::newRow("Exchange returned")
            << u"exchange-returned.txt"_s << u"550"_s << u"5.1.10"_s << QString();
        QTest::newRow("Exchange hash") << u"exchange-hash.txt"_s << u"550"_s << u"5.1.1"_s << QString();
        QTest::newRow(".NET") << u"dotnet.txt"_s << QString() << u"5.7.1"_s << QString();
        QTest::newRow("log") << u"esp-log.txt"_s << u"550"_s << u"5.1.1"_s << QString();
        QTest::newRow("transcript") << u"sendmail-transcript.txt"_s << u"550"_s << u"5.1.1"_s << QString();
        QTest::newRow("qmail") << u"qmail.txt"_s << u"554"_s << u"5.7.1"_s << QString();
        QTest::newRow("digits in text") << u"digits-in-text.txt"_s << u"250"_s << QString() << QString();
        QTest::newRow("IP and version") << u"ip-and-version.txt"_s << u"250"_s << u"2.0.0"_s << QString();
        QTest::newRow("provider code") << u"provider-code.txt"_s << u"550"_s << u"5.7.606"_s << QString();
        QTest::newRow("provider tag") << u"provider-tag.txt"_s << u"421"_s << u"4.7.0"_s << QString();
    }

    void explain_json()
    {
        QFETCH(QString, file);
        QFETCH(QString, basic);
        QFETCH(QString, enhanced);
        QFETCH(QString, command);
        const Run result = run({u"--explain"_s, QStringLiteral(SMTPCODES_TEST_DATA) + u"/explain/"_s + file,
            u"--format"_s, u"json"_s});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray replies = QJsonDocument::fromJson(result.out.toUtf8()).array();
        QVERIFY(!replies.isEmpty());
        const QJsonObject last = replies.last().toObject();
        QCOMPARE(last.value(u"basic"_s).toString(), basic);
        QCOMPARE(last.value(u"enhanced"_s).toString(), enhanced);
        QCOMPARE(last.value(u"command"_s).toString(), command);
        for (const QString &key : {u"text"_s, u"verdict"_s, u"warnings"_s}) {
            QVERIFY2(last.contains(key), qPrintable(key));
        }
    }

    void explain_readsStandardInput()
    {
        const Run result = run({u"--explain"_s, u"-"_s}, "451 4.7.1 Greylisted, please try again later\n");
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(u"Reply 1 (line 1): 451 4.7.1"_s));
        QVERIFY(result.out.contains(u"Temporary failure: retry later"_s));
        const Run implicit = run({u"--explain"_s}, "250 2.0.0 Ok\n");
        QVERIFY(implicit.out.contains(u"Delivered"_s));
    }

    void explain_binaryInput_givesAMessage()
    {
        const Run result
            = run({u"--explain"_s, QStringLiteral(SMTPCODES_TEST_DATA) + u"/explain/binary.bin"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(u"does not look like text"_s));
        const Run json = run({u"--explain"_s, QStringLiteral(SMTPCODES_TEST_DATA) + u"/explain/binary.bin"_s,
            u"--format"_s, u"json"_s});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 0);
    }

    void explain_missingFile_exits2()
    {
        const Run result = run({u"--explain"_s, u"/nonexistent/bounce.txt"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.startsWith(u"smtp-codes: cannot read /nonexistent/bounce.txt"_s));
    }

    void kb_addsLocalEntries()
    {
        const Run result = run(
            {u"--kb"_s, overlayFixture(u"good.json"_s), u"--show"_s, u"5.7.606"_s, u"--format"_s, u"text"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QVERIFY(result.out.startsWith(u"5.7.606  Access denied, banned sending IP  [X.7.606]  (local)\n"_s));
        const Run json = run(
            {u"--kb="_s + overlayFixture(u"good.json"_s), u"--show"_s, u"550"_s, u"--format"_s, u"json"_s});
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object.value(u"local"_s).toBool(), false);
        QCOMPARE(object.value(u"localNotes"_s).toArray().first().toString(),
            u"Fixture: our relay answers 550 for unknown local users."_s);
    }

    // Problems go to stderr, one a line; the command still runs on the valid parts and its
    // exit status is its own.
    void kb_problemsAreWarnings_commandStillSucceeds()
    {
        const QString broken = overlayFixture(u"wrong-types.json"_s);
        const Run result = run({u"--kb"_s, broken, u"--kb"_s, u"/nonexistent/local.json"_s, u"--kb"_s,
            overlayFixture(u"good.json"_s), u"--list"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err.split(u'\n', Qt::SkipEmptyParts),
            (QStringList {u"smtp-codes: warning: "_s + broken
                    + u":4: entry X.7.700, field \"title\": must be a string"_s,
                u"smtp-codes: warning: "_s + broken
                    + u":4: entry X.7.700, field \"standard\": must be true or false"_s,
                u"smtp-codes: warning: "_s + broken
                    + u":4: entry X.7.700, field \"commands\": must be an array of strings"_s,
                u"smtp-codes: warning: /nonexistent/local.json: cannot read: No such file or directory"_s}));
        QVERIFY(result.out.contains(u"\nX.7.701\tenhanced\tpermanent\tFixture: valid neighbour\n"_s));
        QVERIFY(result.out.contains(u"\nX.7.606\tenhanced\tpermanent\tAccess denied, banned sending IP\n"_s));
        QVERIFY(!result.out.contains(u"X.7.700"_s));
        QCOMPARE(result.out.count(u'\n'), 137 + 2);

        const Run unknown = run({u"--kb"_s, broken, u"--show"_s, u"X.7.700"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.endsWith(
            u"\nsmtp-codes: X.7.700 is not in the IANA registry of enhanced status codes; "
            u"it may be provider-specific. Its subject is X.7.XXX (Security or Policy Status)\n"_s));
    }

    void overlayDirectory_isLoaded_unlessNoOverlay()
    {
        const QString directory = dataHome().path() + u"/smtp-codes/smtp-codes/knowledge-base"_s;
        QVERIFY(QDir().mkpath(directory));
        QVERIFY(QFile::copy(overlayFixture(u"good.json"_s), directory + u"/local.json"_s));
        const Run with = run({u"--list"_s});
        const Run without = run({u"--list"_s, u"--no-overlay"_s});
        QVERIFY(QFile::remove(directory + u"/local.json"_s));
        QCOMPARE(with.exitCode, 0);
        QVERIFY2(with.err.isEmpty(), qPrintable(with.err));
        QVERIFY(with.out.contains(u"\nX.7.606\t"_s));
        QCOMPARE(without.exitCode, 0);
        QVERIFY(!without.out.contains(u"X.7.606"_s));
        QCOMPARE(without.out.count(u'\n'), 137);
    }

    void overlayOptions_aloneOpenTheWindow()
    {
        using SmtpCodes::TerminalMode;
        QVERIFY(!TerminalMode::isWanted({u"smtp-codes"_s, u"--kb"_s, u"local.json"_s, u"550"_s}));
        QVERIFY(!TerminalMode::isWanted({u"smtp-codes"_s, u"--kb=local.json"_s, u"--no-overlay"_s}));
        QVERIFY(TerminalMode::isWanted({u"smtp-codes"_s, u"--kb"_s, u"local.json"_s, u"--show"_s, u"550"_s}));
    }

    void version()
    {
        const Run version = run({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(u"smtp-codes "_s));
    }

    // --help names the program as users type it, gives every option with the placeholder of
    // its values, wraps between words at 80 columns and ends with examples that work, one for
    // each way in: a code, a comparison, and a log read by --explain, --summary and --hard-bounces.
    void help_namesTheProgramAndEveryOptionWithItsValues()
    {
        const Run help = run({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.err.isEmpty(), qPrintable(help.err));
        const QStringList lines = help.out.split(u'\n');
        QVERIFY2(lines.first().startsWith(u"Usage: smtp-codes [CODE [CODE]]"_s), qPrintable(lines.first()));
        QVERIFY(!help.out.contains(QStringLiteral(SMTPCODES_EXECUTABLE)));
        for (const QString &usage : {u"smtp-codes --show CODE [--format FORMAT]"_s,
                 u"smtp-codes --compare CODE CODE [--format FORMAT]"_s,
                 u"smtp-codes --list [--format FORMAT]"_s,
                 u"smtp-codes --explain [FILE|-] [--format FORMAT]"_s,
                 u"smtp-codes --summary [FILE|DIR|-]... [--format FORMAT]"_s,
                 u"smtp-codes --hard-bounces [FILE|DIR|-]..."_s,
                 u"smtp-codes --search QUERY [--format FORMAT] [--limit N]"_s}) {
            QVERIFY2(help.out.contains(u"       "_s + usage + u'\n'), qPrintable(usage));
        }
        // Every option, each at the start of its row, its values named.
        for (const QString &option :
            {u"--show CODE"_s, u"--compare CODE CODE"_s, u"--list"_s, u"--explain [FILE|-]"_s,
                u"--summary [FILE|DIR|-]..."_s, u"--search QUERY"_s, u"--format FORMAT"_s, u"--limit N"_s,
                u"--kb FILE"_s, u"--no-overlay"_s, u"-h, --help"_s, u"--help-all"_s, u"-v, --version"_s}) {
            QVERIFY2(help.out.contains(u"\n  "_s + option + u"  "_s), qPrintable(option));
        }
        // Too wide for the column: its description starts on the line below.
        QVERIFY(help.out.contains(u"\n  --hard-bounces [FILE|DIR|-]...\n      "_s));
        // Between words only: a line is at most 80 columns unless it is one word, and the
        // overlay directory, a long path, is whole.
        for (const QString &line : lines) {
            QVERIFY2(line.size() <= 80 || !line.trimmed().contains(u' '), qPrintable(line));
        }
        QVERIFY2(help.out.contains(dataHome().path() + u"/smtp-codes/smtp-codes/knowledge-base"_s),
            qPrintable(help.out));

        const qsizetype examplesAt = help.out.indexOf(u"\nExamples:\n"_s);
        QVERIFY(examplesAt > 0);
        QStringList examples;
        for (const QString &line : help.out.mid(examplesAt).split(u'\n').mid(2)) {
            if (line.startsWith(u"  "_s) && !line.startsWith(u"   "_s)) {
                examples.append(line.trimmed());
            }
        }
        QCOMPARE(examples.size(), 5);
        QVERIFY(help.out.endsWith(u'\n') && !help.out.endsWith(u"\n\n"_s));
        // Each example runs as printed; a pipe's input is a mail log line of a bounce.
        for (const QString &example : examples) {
            QString command = example;
            QByteArray input;
            if (command.contains(u" | "_s)) {
                command = command.section(u" | "_s, 1);
                input = "Jan 12 10:00:01 mx postfix/smtp[4242]: 0123456789: to=<a@example.org>, "
                        "status=bounced (host mx.example.org said: 550 5.1.1 User unknown (in reply to "
                        "RCPT TO command))\n";
            }
            QStringList arguments = command.split(u' ', Qt::SkipEmptyParts);
            QCOMPARE(arguments.takeFirst(), u"smtp-codes"_s);
            const Run result = run(arguments, input);
            QVERIFY2(
                result.exitCode == 0 && !result.out.isEmpty(), qPrintable(example + u": "_s + result.err));
        }
    }

    // --help-all adds the options the window's toolkit reads; they open the window, not the
    // terminal, and their values are skipped (but not after an option that takes none).
    void helpAll_addsTheToolkitOptions()
    {
        const Run all = run({u"--help-all"_s});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.contains(u"\n  --search QUERY  "_s));
        QVERIFY(all.out.contains(u"\n  -platform NAME[:OPTIONS]  "_s));
        QVERIFY(all.out.contains(u"\n  -reverse  "_s));
        QVERIFY(!run({u"--help"_s}).out.contains(u"-platform"_s));
        using SmtpCodes::TerminalMode;
        QVERIFY(!TerminalMode::isWanted({u"smtp-codes"_s, u"-style"_s, u"Fusion"_s, u"550"_s}));
        QVERIFY(!TerminalMode::isWanted({u"smtp-codes"_s, u"--platform"_s, u"offscreen"_s}));
        QVERIFY(TerminalMode::isWanted({u"smtp-codes"_s, u"-reverse"_s, u"--show"_s, u"550"_s}));
    }

    void limitAlone_saysItNeedsSearch()
    {
        const Run result = run({u"--limit"_s, u"5"_s});
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.err, u"smtp-codes: --limit needs --search (see --help)\n"_s);
    }
};

QTEST_GUILESS_MAIN(TstTerminalMode)
#include "tst_terminalmode.moc"
