// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"
#include "summarizer.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

// Summaries of the fixtures in tests/data/summary (a Postfix log, an Exim log) and of the mail
// fixtures of the explain tests (an mbox, a folder of .eml files): every count is the one the
// fixture's lines give, counted by hand in the comments.
class TstSummarizer : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;

    static QString data(const QString &name) { return QStringLiteral(SMTPCODES_TEST_DATA "/") + name; }

    Summarizer::Options options(qsizetype blockSize = 4 * 1024 * 1024) const
    {
        Summarizer::Options made;
        made.today = QDate(2026, 12, 1);
        made.blockSize = blockSize;
        return made;
    }

    static const SummaryRow *row(const Summary &summary, SummaryGrouping grouping, const QString &key)
    {
        const SummaryGroup *group = summary.group(grouping);
        if (!group) {
            return nullptr;
        }
        for (const SummaryRow &candidate : group->rows) {
            if (candidate.key == key) {
                return &candidate;
            }
        }
        return nullptr;
    }

    static QList<SummaryRow> rows(const Summary &summary, SummaryGrouping grouping)
    {
        const SummaryGroup *group = summary.group(grouping);
        return group ? group->rows : QList<SummaryRow>();
    }

    static int replies(const Summary &summary, SummaryGrouping grouping, const QString &key)
    {
        const SummaryRow *found = row(summary, grouping, key);
        return found ? found->replies : 0;
    }

    static int addresses(const Summary &summary, SummaryGrouping grouping, const QString &key)
    {
        const SummaryRow *found = row(summary, grouping, key);
        return found ? found->addresses : -1;
    }

    static qint64 utc(const QString &iso)
    {
        return QDateTime::fromString(iso, Qt::ISODate).toSecsSinceEpoch();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QList<LoadProblem> problems;
        m_base = BuiltInKnowledgeBase::load(&problems);
        QVERIFY(problems.isEmpty());
    }

    void postfixLog()
    {
        const Summary summary
            = Summarizer(m_base, options()).summarizeFiles({data(u"summary/postfix.log"_s)});
        QVERIFY(summary.problems.isEmpty());
        QCOMPARE(summary.lines, 17);
        // Lines 6-8, 10, 12-16 hold replies; the timed-out connection's dsn=4.4.1 is one.
        QCOMPARE(summary.replies.size(), 9);
        QCOMPARE(summary.delivered, 2); // anna, gus
        QCOMPARE(summary.temporary, 3); // carl twice, emil
        QCOMPARE(summary.permanent, 4); // bob.old, dora, someone (relay), fay
        QCOMPARE(summary.hard, 1);
        QCOMPARE(summary.soft, 6);
        QCOMPARE(summary.addresses, 8);
        QCOMPARE(summary.hardBounced, QStringList {u"bob.old@gmail.com"_s});
        QCOMPARE(summary.replies.at(1).line, 7);
        QCOMPARE(summary.replies.at(1).entry.isEmpty(), false);
        QCOMPARE(summary.replies.at(8).line, 16);

        QCOMPARE(replies(summary, SummaryGrouping::Outcome, u"delivered"_s), 2);
        QCOMPARE(replies(summary, SummaryGrouping::Outcome, u"hard"_s), 1);
        QCOMPARE(replies(summary, SummaryGrouping::Outcome, u"soft"_s), 6);
        QCOMPARE(replies(summary, SummaryGrouping::Reason, u"MailboxFull"_s), 2);
        QCOMPARE(addresses(summary, SummaryGrouping::Reason, u"MailboxFull"_s), 1);
        const SummaryRow *unknown = row(summary, SummaryGrouping::Reason, u"UserUnknown"_s);
        QVERIFY(unknown);
        QCOMPARE(unknown->indexes, QList<int> {1});
        // Gmail tells itself in bob's failure; a 250 says nothing of who sent it.
        QCOMPARE(replies(summary, SummaryGrouping::Provider, u"google"_s), 1);
        QCOMPARE(replies(summary, SummaryGrouping::Basic, u"250"_s), 2);
        QCOMPARE(replies(summary, SummaryGrouping::Basic, u"452"_s), 2);
        QCOMPARE(replies(summary, SummaryGrouping::Enhanced, u"5.7.606"_s), 1);
        QCOMPARE(replies(summary, SummaryGrouping::Enhanced, QString()), 1); // Yahoo's "554 30"

        // Domains by replies, then by name; the address is kept in lower case.
        const QList<SummaryRow> domains = rows(summary, SummaryGrouping::Domain);
        QCOMPARE(domains.size(), 6);
        QCOMPARE(domains.at(0).key, u"example.org"_s);
        QCOMPARE(domains.at(0).replies, 3);
        QCOMPARE(domains.at(0).addresses, 2);
        QCOMPARE(domains.at(0).soft, 2);
        QCOMPARE(domains.at(1).key, u"gmail.com"_s);
        QCOMPARE(domains.at(1).hard, 1);
        QCOMPARE(domains.at(2).key, u"elsewhere.example"_s);

        // The two deferrals of carl are one cause, the most frequent.
        QVERIFY(!summary.causes.isEmpty());
        QCOMPARE(summary.causes.first().replies, 2);
        QCOMPARE(summary.causes.first().addresses, 1);
        QCOMPARE(summary.causes.first().example.reply.recipient, u"carl@example.org"_s);
        QCOMPARE(summary.causes.size(), 6); // 7 failures, carl's two alike

        // 10:00:02 to 12:30:01 on Nov 28 of this year: 31 buckets of five minutes.
        QCOMPARE(summary.timeline.timed, 9);
        QCOMPARE(summary.timeline.bucketSeconds, 300);
        QCOMPARE(summary.timeline.buckets.size(), 31);
        QCOMPARE(summary.timeline.buckets.first().start, utc(u"2026-11-28T10:00:00Z"_s));
        QCOMPARE(summary.timeline.buckets.first().replies, 3);
        QCOMPARE(summary.timeline.buckets.first().delivered, 1);
        QCOMPARE(summary.timeline.buckets.first().hard, 1);
        QCOMPARE(summary.timeline.buckets.first().soft, 1);
        QCOMPARE(summary.timeline.buckets.last().replies, 2);
    }

    void eximLog()
    {
        const Summary summary = Summarizer(m_base, options()).summarizeFiles({data(u"summary/exim.log"_s)});
        QCOMPARE(summary.lines, 12);
        // The "<=" lines' TLS field ":256" is no reply; "=>" lines confirm with C="250 ...".
        QCOMPARE(summary.replies.size(), 6);
        QCOMPARE(summary.delivered, 2);
        QCOMPARE(summary.temporary, 2); // v greylisted twice
        QCOMPARE(summary.permanent, 2); // u unknown, w full
        QCOMPARE(summary.hardBounced, QStringList {u"u@example.com"_s});
        QCOMPARE(summary.addresses, 4);
        QCOMPARE(replies(summary, SummaryGrouping::Domain, u"example.org"_s), 3);
        QCOMPARE(addresses(summary, SummaryGrouping::Domain, u"example.org"_s), 1);
        QCOMPARE(replies(summary, SummaryGrouping::Reason, u"SpamDetected"_s), 2);
        QCOMPARE(replies(summary, SummaryGrouping::Provider, u"google"_s), 1);
        // 09:00:02 to 10:40:31: 21 buckets of five minutes.
        QCOMPARE(summary.timeline.bucketSeconds, 300);
        QCOMPARE(summary.timeline.buckets.size(), 21);
        QCOMPARE(summary.timeline.buckets.first().start, utc(u"2026-11-28T09:00:00Z"_s));
        QCOMPARE(summary.timeline.buckets.first().replies, 3);
    }

    void mbox()
    {
        const Summary summary
            = Summarizer(m_base, options()).summarizeFiles({data(u"explain/mail/bounces.mbox"_s)});
        QCOMPARE(summary.mails, 4);
        QCOMPARE(summary.replies.size(), 4);
        QCOMPARE(summary.permanent, 4);
        QCOMPARE(summary.hard, 1);
        QCOMPARE(summary.soft, 3);
        QCOMPARE(summary.hardBounced, QStringList {u"nina@example.com"_s});
        QCOMPARE(summary.replies.at(3).mail, 3);
        QCOMPARE(replies(summary, SummaryGrouping::Domain, u"example.com"_s), 3);
        // Dates in UTC: 10:00, 10:05, 10:10 and 02:15 -0800, which is 10:15: sixteen minutes.
        QCOMPARE(summary.timeline.timed, 4);
        QCOMPARE(summary.timeline.bucketSeconds, 60);
        QCOMPARE(summary.timeline.buckets.size(), 16);
        QCOMPARE(summary.timeline.buckets.last().start, utc(u"2026-12-01T10:15:00Z"_s));
    }

    void folderOfMails()
    {
        QTemporaryDir folder;
        const QStringList mails {
            u"gmail"_s, u"postfix"_s, u"exim"_s, u"exchange"_s, u"qmail"_s, u"delayed"_s};
        for (const QString &mail : mails) {
            QVERIFY(QFile::copy(data(u"explain/mail/%1.eml"_s.arg(mail)), folder.filePath(mail + u".eml"_s)));
        }
        QVERIFY(QDir(folder.path()).mkdir(u".index"_s));
        QVERIFY(QFile::copy(data(u"explain/mail/gmail.eml"_s), folder.filePath(u".index/copy.eml"_s)));
        QFile notes(folder.filePath(u"notes.txt"_s));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("Nothing to see here.\n");
        notes.close();

        const Summary summary = Summarizer(m_base, options()).summarizeFiles({folder.path()});
        // Six mails and the notes; the hidden folder is skipped.
        QCOMPARE(summary.inputs.size(), 7);
        QCOMPARE(summary.mails, 6);
        QCOMPARE(
            summary.problems, QStringList {folder.filePath(u"notes.txt"_s) + u": no SMTP reply found"_s});
        // gmail 1, postfix 2, exim 1, exchange 1, qmail 2, delayed 1.
        QCOMPARE(summary.replies.size(), 8);
        QCOMPARE(summary.hard, 6);
        QCOMPARE(summary.soft, 2);
        QCOMPARE(summary.hardBounced,
            (QStringList {u"alice@example.com"_s, u"dan@example.org"_s, u"grace@example.com"_s,
                u"heidi@example.com"_s, u"judy@example.com"_s, u"old.name@example.net"_s}));
        QCOMPARE(replies(summary, SummaryGrouping::Reason, u"UserUnknown"_s), 6);
        QCOMPARE(replies(summary, SummaryGrouping::Enhanced, u"5.1.10"_s), 1);
        // Each reply names its file, in the order of the names.
        QCOMPARE(summary.inputs.at(summary.replies.first().file), folder.filePath(u"delayed.eml"_s));
    }

    // Replies pasted without a log's stamps: counted, with no timeline; the window's explanation
    // of them gives the same summary as the bytes.
    void pastedReplies()
    {
        const QString text = u"550 5.1.1 <a@example.com>: User unknown\n452 4.2.2 Mailbox full\n"
                             u"250 2.0.0 Ok: queued as 1B2C\n"_s;
        const Summary summary
            = Summarizer(m_base, options()).summarize(Explainer(m_base).explain(text), u"paste"_s, text);
        QCOMPARE(summary.inputs, QStringList {u"paste"_s});
        QCOMPARE(summary.replies.size(), 3);
        QCOMPARE(summary.lines, 3);
        QCOMPARE(summary.hardBounced, QStringList {u"a@example.com"_s});
        QCOMPARE(summary.timeline.bucketSeconds, 0);
        QCOMPARE(summary.timeline.buckets.size(), 0);
        QCOMPARE(replies(summary, SummaryGrouping::Domain, QString()), 2); // no address in two
        const Summary read = Summarizer(m_base, options()).summarizeData(text.toUtf8(), u"paste"_s);
        QCOMPARE(read.replies.size(), 3);
        QCOMPARE(read.causes.size(), summary.causes.size());
        QCOMPARE(read.causes.first().title, summary.causes.first().title);
    }

    void missingAndEmpty()
    {
        QTemporaryDir empty;
        const Summary summary
            = Summarizer(m_base, options()).summarizeFiles({empty.filePath(u"gone.log"_s), empty.path()});
        QCOMPARE(summary.replies.size(), 0);
        QCOMPARE(summary.problems.size(), 2);
        QVERIFY(summary.problems.at(0).endsWith(u"no such file or folder"_s));
        QVERIFY(summary.problems.at(1).endsWith(u"the folder holds no files"_s));
    }

    // Read in blocks of 1 KB on two threads, the log gives the summary read whole, and the one
    // of its explanation: the lines skipped before parsing held no reply.
    void blocksAndSkippedLines_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("postfix") << u"summary/postfix.log"_s;
        QTest::newRow("exim") << u"summary/exim.log"_s;
    }

    void blocksAndSkippedLines()
    {
        QFETCH(QString, file);
        QFile input(data(file));
        QVERIFY(input.open(QIODevice::ReadOnly));
        QByteArray log;
        for (int i = 0; i < 40; ++i) {
            log += input.readAll();
            input.seek(0);
        }
        const Summary whole = Summarizer(m_base, options()).summarizeData(log, file);
        Summarizer::Options small = options(1024);
        small.threads = 2;
        const Summary blocks = Summarizer(m_base, small).summarizeData(log, file);
        const Summarizer summarizer(m_base, options());
        const QString text = QString::fromUtf8(log);
        const Summary explained = summarizer.summarize(Explainer(m_base).explain(text), file, text);
        for (const Summary *other : {&blocks, &explained}) {
            QCOMPARE(other->replies.size(), whole.replies.size());
            QCOMPARE(other->lines, whole.lines);
            QCOMPARE(other->hard, whole.hard);
            QCOMPARE(other->soft, whole.soft);
            QCOMPARE(other->delivered, whole.delivered);
            QCOMPARE(other->addresses, whole.addresses);
            QCOMPARE(other->timeline.timed, whole.timeline.timed);
            for (qsizetype i = 0; i < whole.replies.size(); ++i) {
                QCOMPARE(other->replies.at(i).line, whole.replies.at(i).line);
                QCOMPARE(other->replies.at(i).entry, whole.replies.at(i).entry);
                QCOMPARE(other->replies.at(i).reason, whole.replies.at(i).reason);
            }
        }
        QCOMPARE(whole.replies.last().line, whole.lines - (file.contains(u"exim"_s) ? 2 : 1));
    }

    void cancel()
    {
        QFile input(data(u"summary/postfix.log"_s));
        QVERIFY(input.open(QIODevice::ReadOnly));
        const QByteArray log = input.readAll().repeated(2000);
        Summarizer::Options small = options(1024);
        small.threads = 1;
        int calls = 0;
        const Summary summary
            = Summarizer(m_base, small).summarizeData(log, u"-"_s, [&calls](qint64, qint64) {
                  return ++calls < 1;
              });
        QVERIFY(summary.cancelled);
        QVERIFY(summary.replies.size() < 9 * 2000);
    }
};

QTEST_GUILESS_MAIN(TstSummarizer)
#include "tst_summarizer.moc"
