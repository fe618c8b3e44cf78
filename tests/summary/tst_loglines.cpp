// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputblocks.h"
#include "loglines.h"
#include "logtimestamp.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

// What is decided on a log's raw bytes before any parsing: which lines may hold a reply, the
// time a line or a mail gives, and where a large input is cut into blocks.
class TstLogLines : public QObject
{
    Q_OBJECT

private:
    static qint64 utc(const QString &iso)
    {
        return QDateTime::fromString(iso, Qt::ISODate).toSecsSinceEpoch();
    }

private Q_SLOTS:
    void mayHoldReply_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("holds");
        QTest::newRow("postfix sent") << QByteArray("... dsn=2.0.0, status=sent (250 2.0.0 OK)") << true;
        QTest::newRow("dsn alone") << QByteArray(
            "to=<a@b>, dsn=4.4.1, status=deferred (connect to x: timed out)")
                                   << true;
        QTest::newRow("multi-line") << QByteArray("said: 550-5.1.1 The email account") << true;
        QTest::newRow("line start") << QByteArray("421 Service not available") << true;
        QTest::newRow("exim quoted") << QByteArray("C=\"250 OK id=1tGAbc-000Aaa-1Q\"") << true;
        QTest::newRow("qmail hash") << QByteArray("said: 550#5.1.0 rejected") << true;
        QTest::newRow("provider code") << QByteArray("550 5.7.606 Access denied") << true;
        QTest::newRow("connect") << QByteArray(
            "Nov 28 10:00:01 mx1 postfix/smtpd[2101]: connect from a[198.51.100.7]")
                                 << false;
        QTest::newRow("queue") << QByteArray(
            "Nov 28 10:00:01 mx1 postfix/qmgr[812]: 3F1A20C1E2: from=<n@e>, size=4210, nrcpt=3")
                               << false;
        QTest::newRow("ip and version") << QByteArray("relay 10.2.5.4 runs 4.2.1a and TLS1.3") << false;
        QTest::newRow("six digits") << QByteArray("id 250250 and 5500") << false;
        QTest::newRow("word digits") << QByteArray("host mx250.example.net, user550") << false;
        QTest::newRow("1xx and 6xx") << QByteArray("code 199 and 650") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void mayHoldReply()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, holds);
        QCOMPARE(LogLines::mayHoldReply(line), holds);
    }

    void isLog()
    {
        const QDate today(2026, 12, 1);
        QVERIFY(
            LogLines::isLog("Nov 28 10:00:01 mx1 postfix/smtpd[1]: connect\nNov 28 10:00:02 mx1 x\n", today));
        QVERIFY(LogLines::isLog("2026-11-28 09:00:01 1tGAbc ** a@b\n\n2026-11-28 09:00:02 x\n", today));
        QVERIFY(!LogLines::isLog("550 5.1.1 User unknown\n", today));
        QVERIFY(!LogLines::isLog("Nov 28 10:00:01 one line\nand prose\nand more prose\n", today));
        QVERIFY(!LogLines::isLog("", today));
    }

    void timestamps_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<qint64>("time");
        QTest::newRow("syslog") << QByteArray("Nov 28 10:15:02 mx1 postfix")
                                << utc(u"2026-11-28T10:15:02Z"_s);
        QTest::newRow("syslog day") << QByteArray("Nov  1 00:00:09 mx1") << utc(u"2026-11-01T00:00:09Z"_s);
        // A December line read on the first of December of the year after... and one of a later
        // month than today, which was last year.
        QTest::newRow("last year") << QByteArray("Dec 24 08:00:00 mx1") << utc(u"2025-12-24T08:00:00Z"_s);
        QTest::newRow("rfc 3339") << QByteArray("2026-11-28T10:15:02.123456+01:00 mx1 postfix/smtp")
                                  << utc(u"2026-11-28T10:15:02Z"_s);
        QTest::newRow("exim") << QByteArray("2026-11-28 09:00:03 1tGAbc-000Aaa-1Q **")
                              << utc(u"2026-11-28T09:00:03Z"_s);
        QTest::newRow("no month") << QByteArray("Foo 28 10:15:02 mx1 postfix") << qint64(-1);
        QTest::newRow("bad clock") << QByteArray("Nov 28 25:15:02 mx1 postfix") << qint64(-1);
        QTest::newRow("bad date") << QByteArray("2026-02-30 09:00:03 x") << qint64(-1);
        QTest::newRow("reply") << QByteArray("550 5.1.1 <a@example.com>: unknown") << qint64(-1);
        QTest::newRow("short") << QByteArray("Nov 28") << qint64(-1);
    }

    void timestamps()
    {
        QFETCH(QByteArray, line);
        QFETCH(qint64, time);
        QCOMPARE(LogTimestamp::ofLine(line, QDate(2026, 12, 1)), time);
    }

    void mailDates()
    {
        QCOMPARE(LogTimestamp::ofMailDate(u"Tue, 01 Dec 2026 02:15:00 -0800 (PST)"_s),
            utc(u"2026-12-01T10:15:00Z"_s));
        QCOMPARE(LogTimestamp::ofMailDate(u"1 Dec 2026 10:10:00 -0000"_s), utc(u"2026-12-01T10:10:00Z"_s));
        QCOMPARE(LogTimestamp::ofMailDate(u"yesterday"_s), -1);
        QCOMPARE(LogTimestamp::ofMailDate(QString()), -1);
    }

    void blocks()
    {
        QByteArray log;
        for (int i = 0; i < 200; ++i) {
            log += "Nov 28 10:00:01 mx1 postfix/smtp[1]: 3F: to=<a@b>, status=sent (250 2.0.0 Ok)\n";
        }
        const QList<InputBlock> blocks = InputBlocks::split(log, 3, QDate(2026, 12, 1), 1000);
        QVERIFY(blocks.size() > 10);
        QByteArray joined;
        for (const InputBlock &block : blocks) {
            QCOMPARE(block.kind, InputBlock::Kind::Log);
            QCOMPARE(block.file, 3);
            QVERIFY(block.bytes.endsWith('\n'));
            joined += block.bytes.toByteArray();
        }
        QCOMPARE(joined, log);

        QByteArray mbox;
        for (int i = 0; i < 30; ++i) {
            mbox += "From MAILER-DAEMON Tue Dec  1 10:00:00 2026\nFrom: a@b\nSubject: x\nDate: Tue, 1 Dec "
                    "2026 "
                    "10:00:00 +0000\n\nThe text.\n\n";
        }
        const QList<InputBlock> mails = InputBlocks::split(mbox, 0, QDate(2026, 12, 1), 500);
        QVERIFY(mails.size() > 2);
        for (const InputBlock &block : mails) {
            QCOMPARE(block.kind, InputBlock::Kind::Mails);
            QVERIFY(block.bytes.startsWith("From MAILER-DAEMON"));
        }
        // One mail is one block, whatever its size.
        const QByteArray mail
            = "From: a@b\nSubject: x\nDate: Tue, 1 Dec 2026 10:00:00 +0000\n\n" + QByteArray(5000, 'x');
        QCOMPARE(InputBlocks::split(mail, 0, QDate(2026, 12, 1), 500).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstLogLines)
#include "tst_loglines.moc"
