// SPDX-License-Identifier: GPL-3.0-or-later
// The summary in the explain view: when it opens, its grouping table and the replies behind a
// row, the way a reply opens its entry, copies and saves, folders, and Cancel.
#include "browseview.h"
#include "builtinknowledgebase.h"
#include "explainview.h"
#include "mainwindow.h"
#include "summarizer.h"
#include "summaryexport.h"
#include "summarygroupmodel.h"
#include "summaryrenderer.h"
#include "summaryreplymodel.h"
#include "summaryroles.h"
#include "summaryview.h"
#include "viewtabs.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {
// One Postfix log line of a delivery to address with dsn and reply.
QString logLine(
    int second, const QString &address, const QString &dsn, const QString &status, const QString &reply)
{
    return u"Nov 28 10:%1:%2 mail postfix/smtp[4242]: 4F%3: to=<%4>, relay=mx.example.com[192.0.2.10]:25, "
           u"delay=1, delays=0.1/0/0.4/0.5, dsn=%5, status=%6 (host mx.example.com[192.0.2.10] said: %7 "
           u"(in reply to RCPT TO command))"_s.arg(second / 60, 2, 10, QChar(u'0'))
               .arg(second % 60, 2, 10, QChar(u'0'))
               .arg(second)
               .arg(address, dsn, status, reply);
}

// count lines: every third a hard bounce, the others delivered.
QString logOf(int count)
{
    QStringList lines;
    for (int i = 0; i < count; ++i) {
        if (i % 3 == 0) {
            lines.append(logLine(i, u"user%1@example.com"_s.arg(i), u"5.1.1"_s, u"bounced"_s,
                u"550 5.1.1 <user%1@example.com>: Recipient address rejected: User unknown"_s.arg(i)));
        } else {
            lines.append(
                logLine(i, u"user%1@example.org"_s.arg(i), u"2.0.0"_s, u"sent"_s, u"250 2.0.0 Ok: queued"_s));
        }
    }
    return lines.join(u'\n') + u'\n';
}

const QByteArray bounceMail
    = "From: Mail Delivery System <MAILER-DAEMON@mail.example.org>\n"
      "Subject: Undelivered Mail Returned to Sender\n"
      "\n"
      "<jane@example.com>: host mx.example.com[192.0.2.27] said: 550 5.1.1\n"
      "    <jane@example.com>: Recipient address rejected: User unknown (in reply to\n"
      "    RCPT TO command)\n";

// A summary of 6 replies in two reasons, made by hand.
std::shared_ptr<const Summary> handMade()
{
    auto summary = std::make_shared<Summary>();
    summary->inputs = {u"a.log"_s};
    for (int i = 0; i < 6; ++i) {
        SummaryReply reply;
        reply.basic = i < 4 ? u"550"_s : u"452"_s;
        reply.enhanced = i < 4 ? u"5.1.1"_s : u"4.2.2"_s;
        reply.recipient = u"u%1@example.com"_s.arg(5 - i);
        reply.text = i < 4 ? u"User unknown"_s : u"Mailbox full"_s;
        reply.entry = reply.enhanced == u"5.1.1"_s ? u"X.1.1"_s : u"X.2.2"_s;
        reply.file = 0;
        reply.line = i + 1;
        reply.time = 1700000000 + (6 - i) * 60;
        summary->replies.append(reply);
    }
    SummaryGroup reasons;
    reasons.grouping = SummaryGrouping::Reason;
    reasons.rows.append({u"UserUnknown"_s, u"User unknown"_s, u"X.1.1"_s, 4, 4, 0, 4, {0, 1, 2, 3}});
    reasons.rows.append({u"MailboxFull"_s, u"Mailbox full"_s, u"X.2.2"_s, 2, 0, 2, 2, {4, 5}});
    summary->groups.append(reasons);
    summary->permanent = 4;
    summary->temporary = 2;
    summary->hard = 4;
    summary->soft = 2;
    summary->addresses = 6;
    return summary;
}
} // namespace

class TstSummaryView : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"smtp-codes-tests"_s);
        QCoreApplication::setApplicationName(u"tst_summaryview"_s);
        m_base = BuiltInKnowledgeBase::load();
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    void manyReplies_openOnTheSummary()
    {
        MainWindow window(&m_base);
        ExplainView *view = window.explainView();
        view->setText(logOf(24));
        QCOMPARE(view->explanation().replies.size(), 24);
        QVERIFY(view->summary());
        QCOMPARE(view->summary()->replies.size(), 24);
        QVERIFY(view->summaryIsCurrent());
        QCOMPARE(view->summary()->hard, 8);
        const QString headline = view->findChild<QLabel *>(u"summaryHeadline"_s)->text();
        QVERIFY2(headline.contains(u"<b>24</b> replies"_s), qPrintable(headline));
        // Ctrl+Shift+R goes to the full list and back.
        view->toggleSummaryAction()->trigger();
        QVERIFY(!view->summaryIsCurrent());
        view->toggleSummaryAction()->trigger();
        QVERIFY(view->summaryIsCurrent());
    }

    void fewReplies_openOnTheList()
    {
        MainWindow window(&m_base);
        ExplainView *view = window.explainView();
        view->setText(logOf(3));
        QCOMPARE(view->explanation().replies.size(), 3);
        QVERIFY(!view->summary());
        QVERIFY(!view->summaryIsCurrent());
    }

    void groupTable_countsAndSorts()
    {
        SummaryView view;
        QAbstractItemModelTester groupTester(
            view.groupModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            view.groupProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester replyTester(
            view.replyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setGrouping(SummaryGrouping::Reason);
        view.setSummary(handMade());
        QSortFilterProxyModel *proxy = view.groupProxy();
        QCOMPARE(proxy->rowCount(), 2);
        // Most replies first, as the settings start.
        QCOMPARE(proxy->index(0, GroupLabelColumn).data().toString(), u"User unknown"_s);
        QCOMPARE(proxy->index(0, GroupRepliesColumn).data().toString(), u"4"_s);
        QCOMPARE(proxy->index(0, GroupShareColumn).data(SummaryShareRole).toDouble(), 4.0 / 6.0);
        QCOMPARE(proxy->index(0, GroupShareColumn).data().toString(), u"66.7 %"_s);
        QCOMPARE(proxy->index(0, GroupHardColumn).data().toString(), u"4"_s);
        QCOMPARE(proxy->index(1, GroupSoftColumn).data().toString(), u"2"_s);
        view.groupTable()->sortByColumn(GroupSoftColumn, Qt::DescendingOrder);
        QCOMPARE(proxy->index(0, GroupLabelColumn).data().toString(), u"Mailbox full"_s);
        view.groupTable()->sortByColumn(GroupLabelColumn, Qt::AscendingOrder);
        QCOMPARE(proxy->index(0, GroupLabelColumn).data().toString(), u"Mailbox full"_s);
        QCOMPARE(QSettings().value(u"summary/sortColumn"_s).toInt(), int(GroupLabelColumn));
        // Typing filters the rows.
        QTest::keyClicks(view.findChild<QLineEdit *>(u"summaryFilter"_s), u"unknown"_s);
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, GroupKeyColumn).data().toString(), u"UserUnknown"_s);
    }

    void groupingChoice_isRemembered()
    {
        {
            SummaryView view;
            auto *box = view.findChild<QComboBox *>(u"summaryGrouping"_s);
            box->setCurrentIndex(box->findData(u"domain"_s));
            Q_EMIT box->activated(box->currentIndex());
            QCOMPARE(view.grouping(), SummaryGrouping::Domain);
        }
        SummaryView again;
        again.setSummary(handMade());
        QCOMPARE(again.grouping(), SummaryGrouping::Domain);
    }

    void clickOnARow_listsExactlyItsReplies()
    {
        SummaryView view;
        view.setGrouping(SummaryGrouping::Reason);
        view.setSummary(handMade());
        view.resize(1000, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView *table = view.groupTable();
        const QModelIndex second = view.groupProxy()->index(1, GroupLabelColumn);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(second).center());
        SummaryReplyModel *replies = view.replyModel();
        QCOMPARE(replies->rowCount(), 2);
        QList<int> listed;
        for (int row = 0; row < replies->rowCount(); ++row) {
            listed.append(replies->index(row, 0).data(SummaryRowRole).toInt());
        }
        QCOMPARE(listed, (QList<int> {4, 5}));
        // The replies sort by any column, and filter by a typed word.
        view.replyTable()->sortByColumn(ReplyRecipientColumn, Qt::AscendingOrder);
        QCOMPARE(replies->index(0, ReplyRecipientColumn).data().toString(), u"u0@example.com"_s);
        view.replyTable()->sortByColumn(ReplyTimeColumn, Qt::DescendingOrder);
        QCOMPARE(replies->index(0, ReplyPlaceColumn).data().toString(), u"a.log:5"_s);
        const QModelIndex first = view.groupProxy()->index(0, GroupLabelColumn);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(first).center());
        QCOMPARE(replies->rowCount(), 4);
        QTest::keyClicks(view.findChild<QLineEdit *>(u"summaryReplyFilter"_s), u"u5@"_s);
        QCOMPARE(replies->rowCount(), 1);
        QCOMPARE(replies->reply(0)->recipient, u"u5@example.com"_s);
    }

    void activatingAReply_opensItsEntry()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.viewTabs()->showExplain();
        ExplainView *view = window.explainView();
        view->setText(logOf(24));
        SummaryView *summary = view->summaryView();
        summary->setGrouping(SummaryGrouping::Enhanced);
        QTableView *replies = summary->replyTable();
        QVERIFY(summary->replyModel()->rowCount() > 0);
        const SummaryReply *reply = summary->replyModel()->reply(0);
        QVERIFY(!reply->entry.isEmpty());
        replies->setFocus();
        replies->setCurrentIndex(summary->replyModel()->index(0, ReplyTextColumn));
        QTest::keyClick(replies, Qt::Key_Return);
        QCOMPARE(window.viewTabs()->currentWidget(), window.browseView());
        QCOMPARE(window.browseView()->currentCode(), reply->entry);
    }

    void exports_copyTheRenderersOutput()
    {
        MainWindow window(&m_base);
        ExplainView *view = window.explainView();
        view->setText(logOf(30));
        const auto summary = view->summary();
        QVERIFY(summary);
        window.findChild<QAction *>(u"copySummaryCsvAction"_s)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), SummaryRenderer().toCsv(*summary));
        window.findChild<QAction *>(u"copySummaryMarkdownAction"_s)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), SummaryRenderer().toMarkdown(*summary));
    }

    void saves_writeTheFiles()
    {
        MainWindow window(&m_base);
        ExplainView *view = window.explainView();
        view->setText(logOf(30));
        const auto summary = view->summary();
        QVERIFY(summary);
        QVERIFY(!summary->hardBounced.isEmpty());
        const QString addresses = m_dir.filePath(u"hard.txt"_s);
        QVERIFY(view->summaryExport()->saveHardBouncesTo(addresses));
        QFile file(addresses);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        QCOMPARE(QString::fromUtf8(file.readAll()), SummaryRenderer().hardBounces(*summary));
        const QString markdown = m_dir.filePath(u"summary.md"_s);
        QVERIFY(view->summaryExport()->saveTo(markdown));
        QFile saved(markdown);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(saved.readAll()), SummaryRenderer().toMarkdown(*summary));
        // A folder that is not there cannot be written to, and says so.
        QSignalSpy problems(view->summaryExport(), &SummaryExport::problem);
        QVERIFY(!view->summaryExport()->saveTo(m_dir.filePath(u"missing/summary.csv"_s)));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().first().toString().startsWith(u"summary.csv could not be written"_s));
    }

    void folder_isOpenedAndSummarised()
    {
        write(u"bounces/one.eml"_s, bounceMail);
        write(u"bounces/two.eml"_s, QByteArray(bounceMail).replace("jane", "john"));
        write(u"bounces/mail.log"_s, logOf(6).toUtf8());
        MainWindow window(&m_base);
        ExplainView *view = window.explainView();
        QSignalSpy explained(view, &ExplainView::explained);
        QVERIFY(view->openFolder(m_dir.filePath(u"bounces"_s)));
        QVERIFY(explained.wait(10000));
        QVERIFY(view->summary());
        QCOMPARE(view->summary()->inputs.size(), 3);
        QCOMPARE(view->summary()->replies.size(), 8);
        QVERIFY(view->summaryIsCurrent());
        QCOMPARE(view->fileName(), u"bounces"_s);
        QCOMPARE(
            QSettings().value(u"explain/lastSummarisedFolder"_s).toString(), m_dir.filePath(u"bounces"_s));
    }

    void dropOfAFolder_summarisesIt()
    {
        write(u"dropped/one.eml"_s, bounceMail);
        write(u"dropped/mail.log"_s, logOf(3).toUtf8());
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.viewTabs()->showExplain();
        auto *paste = window.findChild<QPlainTextEdit *>(u"pasteEdit"_s);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_dir.filePath(u"dropped"_s))});
        const QPoint centre = paste->viewport()->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(paste->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(centre, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QSignalSpy explained(window.explainView(), &ExplainView::explained);
        QApplication::sendEvent(paste->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(explained.wait(10000));
        QVERIFY(window.explainView()->summary());
        QCOMPARE(window.explainView()->summary()->replies.size(), 4);
        QCOMPARE(window.explainView()->fileName(), u"dropped"_s);
    }

    void emptyFolder_saysSo()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(u"empty"_s)));
        MainWindow window(&m_base);
        QSignalSpy problems(window.explainView(), &ExplainView::problem);
        QVERIFY(!window.explainView()->openFolder(m_dir.filePath(u"empty"_s)));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().first().toString().contains(u"empty"_s));
    }

    void folderWithoutReplies_saysSo()
    {
        write(u"quiet/notes.txt"_s, "nothing to see here\n");
        MainWindow window(&m_base);
        ExplainView *view = window.explainView();
        QSignalSpy problems(view, &ExplainView::problem);
        QSignalSpy explained(view, &ExplainView::explained);
        QVERIFY(view->openFolder(m_dir.filePath(u"quiet"_s)));
        QVERIFY(explained.wait(10000));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().first().toString().startsWith(u"No SMTP reply found"_s),
            qPrintable(problems.first().first().toString()));
    }

    void cancel_keepsWhatWasRead()
    {
        write(u"slow/a.log"_s, "x\n");
        MainWindow window(&m_base);
        ExplainView *view = window.explainView();
        const Summary whole = Summarizer(m_base).summarizeData(logOf(40).toUtf8(), u"a.log"_s);
        const Summary read = Summarizer(m_base).summarizeData(logOf(3).toUtf8(), u"a.log"_s);
        // Stands in for the summarizer: a step at a time, stopping when progress says so with
        // what it read so far.
        view->setFileSummarizer([whole, read](const QStringList &, const ExplainProgress &progress) {
            for (int step = 0; step < 200; ++step) {
                if (!progress(step, 200)) {
                    Summary part = read;
                    part.cancelled = true;
                    return part;
                }
                QThread::msleep(10);
            }
            return whole;
        });
        QSignalSpy explained(view, &ExplainView::explained);
        QVERIFY(view->openFolder(m_dir.filePath(u"slow"_s)));
        QVERIFY(view->isBusy());
        QTest::qWait(100);
        view->cancel();
        QVERIFY(explained.wait(5000));
        QVERIFY(view->summary());
        QVERIFY(view->summary()->cancelled);
        QCOMPARE(view->summary()->replies.size(), 3);
        QVERIFY(view->cancelledAtPercent() >= 0);
        QVERIFY(view->findChild<QLabel *>(u"summaryHeadline"_s)->text().contains(u"Cancelled"_s));
    }
};

QTEST_MAIN(TstSummaryView)
#include "tst_summaryview.moc"
