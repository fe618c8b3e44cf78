// SPDX-License-Identifier: GPL-3.0-or-later
// --summary and --hard-bounces, run as a user or a script would over logs and folders of bounces.
#include "cli/terminalrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using SmtpCodes::TerminalRun::Run;
using SmtpCodes::TerminalRun::run;

namespace {
// tests/data/NAME
QString fixture(const QString &name)
{
    return QStringLiteral(SMTPCODES_TEST_DATA "/") + name;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What a Postfix log says by itself: every delivery attempt has a status= and every reply
// smtpd gives a client a "reject:"; the sent ones were delivered, dsn=5.1.1 hard-bounced.
struct PostfixCounts
{
    int replies = 0;
    int delivered = 0;
    int hard = 0;
};

PostfixCounts countPostfixLog(const QString &path)
{
    PostfixCounts counts;
    for (const QByteArray &line : bytesOf(path).split('\n')) {
        if (line.contains(" status=") || line.contains(": reject: ")) {
            ++counts.replies;
            counts.delivered += line.contains(" status=sent ") ? 1 : 0;
            counts.hard += line.contains(" dsn=5.1.1,") ? 1 : 0;
        }
    }
    return counts;
}

QJsonObject jsonOf(const Run &result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

QString plural(int count, const QString &one, const QString &many)
{
    return QString::number(count) + u' ' + (count == 1 ? one : many);
}
} // namespace

class TstSummaryCommand : public QObject
{
    Q_OBJECT

private:
    const QString m_postfix = fixture(u"summary/postfix.log"_s);
    const QString m_exim = fixture(u"summary/exim.log"_s);
    const QString m_bounces = fixture(u"summary/cli/bounces"_s);
    const QString m_noReply = fixture(u"summary/cli/no-reply.log"_s);

private Q_SLOTS:
    void initTestCase()
    {
        // The counts below are read from the log itself; it must hold something to count.
        const PostfixCounts counts = countPostfixLog(m_postfix);
        QVERIFY(counts.replies > counts.delivered + counts.hard);
        QVERIFY(counts.delivered > 0 && counts.hard > 0);
    }

    void text_countsEveryReplyOfTheLog()
    {
        const PostfixCounts counts = countPostfixLog(m_postfix);
        const Run result = run({u"--summary"_s, m_postfix});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        const int soft = counts.replies - counts.delivered - counts.hard;
        const QString headline = u"%1 in %2: %3 delivered, %4, %5\n"_s.arg(
            plural(counts.replies, u"reply"_s, u"replies"_s), m_postfix, QString::number(counts.delivered),
            plural(soft, u"soft bounce"_s, u"soft bounces"_s),
            plural(counts.hard, u"hard bounce"_s, u"hard bounces"_s));
        QVERIFY2(result.out.startsWith(headline), qPrintable(result.out.left(200)));
        QVERIFY(result.out.contains(u"\n  - Replies: %1\n"_s.arg(counts.replies)));
        QVERIFY(result.out.contains(u"\n  - Delivered: %1\n"_s.arg(counts.delivered)));
        QVERIFY(result.out.contains(u"\n  - Lines: %1\n"_s.arg(bytesOf(m_postfix).count('\n'))));
        for (const QString &part :
            {u"\nWhat to fix first\n"_s, u"\nOutcome\n"_s, u"\nReason\n"_s, u"\nProvider\n"_s,
                u"\nRecipient domain\n"_s, u"\nOver time\n"_s, u"\nHard-bounced addresses\n"_s}) {
            QVERIFY2(result.out.contains(part), qPrintable(part));
        }
        // Gmail's "does not exist" is among the causes, with Google's own advice.
        QVERIFY(result.out.contains(u"Gmail / Google Workspace"_s));
        QVERIFY(result.out.contains(u"\nWhat to do (Gmail / Google Workspace: "_s));
    }

    void csv_hasARowPerGroupingRow()
    {
        const PostfixCounts counts = countPostfixLog(m_postfix);
        const Run result = run({u"--summary"_s, m_postfix, u"--format"_s, u"csv"_s});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split(u"\r\n"_s);
        QCOMPARE(lines.first(), u"grouping,key,label,replies,share,hard,soft,addresses"_s);
        QCOMPARE(lines.constLast(), QString()); // the last row ends in CRLF too
        const QString share = QString::number(100.0 * counts.delivered / counts.replies, 'f', 2);
        QVERIFY2(
            lines.contains(u"outcome,delivered,Delivered,%1,%2,0,0,%1"_s.arg(counts.delivered).arg(share)),
            qPrintable(result.out));
        // The rows of a grouping add up to every reply.
        int reasons = 0;
        for (const QString &line : lines) {
            if (line.startsWith(u"reason,"_s)) {
                reasons += line.section(u',', -5, -5).toInt();
            }
        }
        QCOMPARE(reasons, counts.replies);
        // The log's first reply is at 10:00:02 on 28 November; syslog lines give no year.
        QCOMPARE(lines.filter(QRegularExpression(u"^time,\\d{4}-11-28T10:00:00,"_s)).size(), 1);
    }

    void json_totalsAndHardBounces()
    {
        const PostfixCounts counts = countPostfixLog(m_postfix);
        const QJsonObject json = jsonOf(run({u"--summary"_s, m_postfix, u"--format"_s, u"json"_s}));
        const QJsonObject totals = json.value(u"totals"_s).toObject();
        QCOMPARE(totals.value(u"replies"_s).toInt(), counts.replies);
        QCOMPARE(totals.value(u"delivered"_s).toInt(), counts.delivered);
        QCOMPARE(totals.value(u"hard"_s).toInt(), counts.hard);
        QCOMPARE(totals.value(u"soft"_s).toInt(), counts.replies - counts.delivered - counts.hard);
        QCOMPARE(json.value(u"inputs"_s).toArray(), QJsonArray {m_postfix});
        QCOMPARE(json.value(u"lines"_s).toInt(), int(bytesOf(m_postfix).count('\n')));
        QCOMPARE(json.value(u"hardBounces"_s).toArray(), QJsonArray {u"bob.old@gmail.com"_s});
        QVERIFY(!json.value(u"causes"_s).toArray().isEmpty());
        QVERIFY(json.value(u"timeline"_s)[u"bucketSeconds"_s].toInt() > 0);
    }

    // Only the addresses, sorted and lower case: a suppression list as it is.
    void hardBounces_listsTheAddressesAlone()
    {
        const Run result = run({u"--hard-bounces"_s, m_postfix, m_exim});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QCOMPARE(result.out, u"bob.old@gmail.com\nu@example.com\n"_s);
    }

    void standardInput_isReadForDash()
    {
        const Run fromFile = run({u"--summary"_s, m_postfix, u"--format"_s, u"json"_s});
        const Run fromInput = run({u"--summary"_s, u"-"_s, u"--format"_s, u"json"_s}, bytesOf(m_postfix));
        QCOMPARE(fromInput.exitCode, 0);
        QJsonObject piped = jsonOf(fromInput);
        QCOMPARE(piped.value(u"inputs"_s).toArray(), QJsonArray {u"-"_s});
        QCOMPARE(piped.value(u"totals"_s), jsonOf(fromFile).value(u"totals"_s));
        // With no input named, standard input is read as well.
        const Run none = run({u"--hard-bounces"_s}, bytesOf(m_postfix));
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out, run({u"--hard-bounces"_s, m_postfix}).out);
        QVERIFY(run({u"--summary"_s, u"-"_s}, bytesOf(m_postfix)).out.contains(u" in -: "_s));
    }

    void folder_summarisesEveryMailInIt()
    {
        const int mails = int(QDir(m_bounces).entryList(QDir::Files).size());
        const Run result = run({u"--summary"_s, m_bounces, u"--format"_s, u"json"_s});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = jsonOf(result);
        QCOMPARE(json.value(u"inputs"_s).toArray().size(), mails);
        QCOMPARE(json.value(u"mails"_s).toInt(), mails);
        // The Postfix bounce rejects alice, the Exim one erin (hard) and dave (mailbox full).
        QCOMPARE(json.value(u"totals"_s)[u"replies"_s].toInt(), 3);
        QCOMPARE(json.value(u"totals"_s)[u"hard"_s].toInt(), 2);
        QCOMPARE(json.value(u"totals"_s)[u"soft"_s].toInt(), 1);
        QCOMPARE(run({u"--hard-bounces"_s, m_bounces}).out, u"alice@example.com\nerin@example.net\n"_s);
        QVERIFY(run({u"--summary"_s, m_bounces}).out.startsWith(u"3 replies in %1 files: "_s.arg(mails)));
    }

    // Several inputs are summarised together: the totals are those of each one, added.
    void severalInputs_addUp()
    {
        const auto replies = [](const QStringList &inputs) {
            return jsonOf(run(QStringList {u"--summary"_s, u"--format"_s, u"json"_s} + inputs))
                .value(u"totals"_s)[u"replies"_s]
                .toInt();
        };
        const int postfix = replies({m_postfix});
        const int exim = replies({m_exim});
        QVERIFY(postfix > 0 && exim > 0);
        QCOMPARE(replies({m_postfix, m_exim}), postfix + exim);
        QCOMPARE(replies({m_postfix, m_exim, m_bounces}), postfix + exim + 3);
    }

    void missingInput_exits2NamingIt()
    {
        const QString missing = fixture(u"summary/cli/no-such.log"_s);
        for (const QString &option : {u"--summary"_s, u"--hard-bounces"_s}) {
            const Run result = run({option, m_postfix, missing});
            QCOMPARE(result.exitCode, 2);
            QVERIFY(result.out.isEmpty());
            QCOMPARE(result.err, u"smtp-codes: cannot read %1: no such file or folder\n"_s.arg(missing));
        }
    }

    void noReply_exits1WithOneLine()
    {
        const Run result = run({u"--summary"_s, m_noReply});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err, u"smtp-codes: no SMTP reply found in %1\n"_s.arg(m_noReply));
        QCOMPARE(run({u"--hard-bounces"_s, u"-"_s}, bytesOf(m_noReply)).exitCode, 1);
    }

    // A file without replies beside one with them is a warning; the command still succeeds.
    void problems_areWarnings_statusStays0()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QVERIFY(QFile::copy(m_postfix, folder.filePath(u"a.log"_s)));
        QVERIFY(QFile::copy(m_noReply, folder.filePath(u"b.log"_s)));
        const Run result = run({u"--summary"_s, folder.path()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.startsWith(u"smtp-codes: warning: "_s), qPrintable(result.err));
        QVERIFY(result.err.contains(u"b.log"_s));
        QVERIFY(result.out.contains(u"\nProblems\n"_s));
        QVERIFY(result.out.startsWith(u"%1 replies in 2 files"_s.arg(countPostfixLog(m_postfix).replies)));
    }

    void usageErrors_exit2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("csv for --show") << QStringList {u"--show"_s, u"550"_s, u"--format"_s, u"csv"_s}
                                        << u"unknown format \"csv\" for --show"_s;
        QTest::newRow("csv for --explain") << QStringList {u"--explain"_s, u"-"_s, u"--format"_s, u"csv"_s}
                                           << u"unknown format \"csv\" for --explain"_s;
        QTest::newRow("unknown format") << QStringList {u"--summary"_s, u"-"_s, u"--format"_s,
            u"pdf"_s} << u"unknown format \"pdf\" for --summary (use text|markdown|csv|json|html)"_s;
        QTest::newRow("format of the list")
            << QStringList {u"--hard-bounces"_s, u"-"_s, u"--format"_s, u"json"_s} << u"takes no --format"_s;
        QTest::newRow("dash among files")
            << QStringList {u"--summary"_s, u"-"_s, fixture(u"summary/postfix.log"_s)} << u"alone"_s;
        QTest::newRow("two modes") << QStringList {u"--summary"_s, u"--explain"_s} << u"only one of"_s;
        QTest::newRow("both summaries")
            << QStringList {u"--summary"_s, u"--hard-bounces"_s} << u"only one of"_s;
    }

    void usageErrors_exit2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(result.err.count(u'\n'), 1);
    }

    void otherFormats_carryTheSameCounts()
    {
        const int replies = countPostfixLog(m_postfix).replies;
        const Run markdown = run({u"--summary"_s, m_postfix, u"--format"_s, u"markdown"_s});
        QCOMPARE(markdown.exitCode, 0);
        QVERIFY(markdown.out.startsWith(u"# %1 replies in "_s.arg(replies)));
        QVERIFY(markdown.out.contains(u"| Label | Key | Replies | Share | Hard | Soft | Addresses |"_s));
        const Run html = run({u"--summary"_s, m_postfix, u"--format"_s, u"html"_s});
        QCOMPARE(html.exitCode, 0);
        QVERIFY(html.out.startsWith(u"<p><i>%1 replies in "_s.arg(replies)));
        QVERIFY(html.out.contains(u"<a href=\"code:"_s));
    }
};

QTEST_GUILESS_MAIN(TstSummaryCommand)
#include "tst_summarycommand.moc"
