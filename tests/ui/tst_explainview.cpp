// SPDX-License-Identifier: GPL-3.0-or-later
#include "browseview.h"
#include "builtinknowledgebase.h"
#include "explainview.h"
#include "mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

class TstExplainView : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;

    static QString fixture(const QString &name)
    {
        QFile file(QStringLiteral(SMTPCODES_TEST_DATA) + u"/explain/"_s + name);
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("cannot read %s", qPrintable(name));
        }
        return QString::fromUtf8(file.readAll());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"smtp-codes-tests"_s);
        QCoreApplication::setApplicationName(u"tst_explainview"_s);
        m_base = BuiltInKnowledgeBase::load();
    }

    void init() { QSettings().clear(); }

    void paste_listsAndLinksTheReplies()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QGuiApplication::clipboard()->setText(fixture(u"postfix-bounce.txt"_s));
        QTest::keyClick(&window, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.findChild<QTabWidget *>(u"tabs"_s)->currentWidget(), window.explainView());
        const QString text = window.explainView()->browser()->toPlainText();
        QVERIFY2(text.contains(u"Reply 1 (line 6): 550 5.1.1, in reply to RCPT TO"_s), qPrintable(text));
        QVERIFY(text.contains(u"Permanent failure: do not retry unchanged"_s));
        QVERIFY(text.contains(m_base.entry(u"X.1.1"_s)->title));
        const QString html = window.explainView()->browser()->toHtml();
        QVERIFY(html.contains(u"code:550"_s));
        QVERIFY(html.contains(u"code:5.1.1"_s));
        // A code link opens the entry.
        Q_EMIT window.explainView()->browser()->anchorClicked(QUrl(u"code:5.1.1"_s));
        QCOMPARE(window.findChild<QTabWidget *>(u"tabs"_s)->currentWidget(), window.browseView());
        QCOMPARE(window.browseView()->currentCode(), u"5.1.1"_s);
    }

    void typing_explainsAfterAPause()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // Built on first use.
        QSignalSpy explained(window.explainView(), &ExplainView::explained);
        auto *paste = window.findChild<QPlainTextEdit *>(u"pasteEdit"_s);
        QTest::keyClicks(paste, u"452 4.5.3 Too many recipients"_s);
        QVERIFY(explained.wait(5000));
        QCOMPARE(window.explainView()->explanation().replies.size(), 1);
        QCOMPARE(window.explainView()->explanation().replies.first().reply.enhanced, u"4.5.3"_s);
    }

    void warnings_areShown()
    {
        MainWindow window(&m_base);
        window.explainView()->setText(fixture(u"class-mismatch.txt"_s));
        QVERIFY(window.explainView()->browser()->toPlainText().contains(u"Warning: the classes disagree"_s));
    }

    void largePaste_doesNotBlockAndCompletes()
    {
        MainWindow window(&m_base);
        window.show();
        QString big;
        const QString block = fixture(u"multiline-gmail.txt"_s);
        while (big.size() < 1024 * 1024) {
            big += block;
        }
        QSignalSpy explained(window.explainView(), &ExplainView::explained);
        window.explainView()->setText(big);
        QVERIFY(window.explainView()->isBusy() || explained.count() == 1);
        QVERIFY(explained.wait(30000) || explained.count() == 1);
        QVERIFY(window.explainView()->explanation().replies.size() > 1000);
    }

    void binaryPaste_givesAMessage()
    {
        MainWindow window(&m_base);
        window.explainView()->setText(QString(2000, QChar(0)));
        QVERIFY(window.explainView()->explanation().replies.isEmpty());
        QVERIFY(window.explainView()->browser()->toPlainText().contains(u"does not look like text"_s));
        QVERIFY(!window.findChild<QPushButton *>(u"copyExplanationButton"_s)->isEnabled());
    }

    // A long log line wraps in the paste box, however it is made, and stays one line of text.
    void pasteBox_wrapsLongLines()
    {
        MainWindow window(&m_base);
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QTabWidget *>(u"tabs"_s)->setCurrentWidget(window.explainView());
        auto *paste = window.findChild<QPlainTextEdit *>(u"pasteEdit"_s);
        const QString line
            = u"Jan 12 10:00:01 mx postfix/smtp[4242]: 0123456789: to=<someone@example.org>, "
              u"relay=mx.example.org[192.0.2.25]:25, delay=0.5, status=bounced (host "
              u"mx.example.org said: 550 5.1.1 <someone@example.org>: Recipient address "
              u"rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)) "_s
            + QString(200, u'x');
        window.explainView()->setText(line);
        QCoreApplication::processEvents();
        QCOMPARE(paste->document()->blockCount(), 1);
        QVERIFY(paste->document()->firstBlock().layout()->lineCount() > 2);
        QCOMPARE(paste->horizontalScrollBar()->maximum(), 0);
        QCOMPARE(window.explainView()->explanation().replies.size(), 1);
    }

    void copies_sayWhatWasCopied()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.findChild<QTabWidget *>(u"tabs"_s)->setCurrentWidget(window.explainView());
        QStatusBar *status = window.statusBar();
        QGuiApplication::clipboard()->setText(u"kept"_s);
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(status->currentMessage(),
            u"Nothing to copy: paste a reply, a bounce or a log with an SMTP reply first."_s);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"kept"_s);

        window.explainView()->setText(fixture(u"multiline-gmail.txt"_s) + u"\n421 4.7.0 Try again later\n"_s);
        const int replies = int(window.explainView()->explanation().replies.size());
        QVERIFY(replies >= 2);
        window.findChild<QPushButton *>(u"copyExplanationButton"_s)->click();
        QCOMPARE(status->currentMessage(), u"Explanation of %1 replies copied"_s.arg(replies));
        window.findChild<QPushButton *>(u"copyExplanationMarkdownButton"_s)->click();
        QCOMPARE(status->currentMessage(), u"Explanation of %1 replies copied as Markdown"_s.arg(replies));
        // In this view the fix advice is each reply's what-to-do, so the whole explanation.
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(status->currentMessage(), u"Explanation of %1 replies copied"_s.arg(replies));
        window.explainView()->setText(u"250 2.0.0 Ok"_s);
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(status->currentMessage(), u"Explanation of 1 reply copied"_s);
    }

    void pasteWithAnEmptyClipboard_keepsTheTextAndSaysWhy()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.explainView()->setText(u"452 4.5.3 Too many recipients"_s);
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(&window, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.findChild<QPlainTextEdit *>(u"pasteEdit"_s)->toPlainText(),
            u"452 4.5.3 Too many recipients"_s);
        QCOMPARE(window.explainView()->explanation().replies.size(), 1);
        QCOMPARE(window.statusBar()->currentMessage(), u"The clipboard holds no text to explain."_s);
    }

    void copy_putsTextAndMarkdownOnTheClipboard()
    {
        MainWindow window(&m_base);
        window.explainView()->setText(fixture(u"exim-after.txt"_s));
        window.findChild<QPushButton *>(u"copyExplanationMarkdownButton"_s)->click();
        const QString markdown = QGuiApplication::clipboard()->text();
        QVERIFY(markdown.startsWith(u"# 1 reply found."_s));
        QVERIFY(markdown.contains(u"## Reply 1 (line 1): 553 5.7.1, in reply to MAIL FROM"_s));
        window.findChild<QPushButton *>(u"copyExplanationButton"_s)->click();
        QVERIFY(QGuiApplication::clipboard()->text().contains(u"Verdict: Permanent failure"_s));
    }
};

QTEST_MAIN(TstExplainView)
#include "tst_explainview.moc"
