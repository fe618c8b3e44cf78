// SPDX-License-Identifier: GPL-3.0-or-later
// Files in the explain view: opened, dropped or given on the command line, read as bytes,
// explained on a worker thread when large, with progress and Cancel.
#include "builtinknowledgebase.h"
#include "explainer.h"
#include "explainview.h"
#include "mainwindow.h"
#include "statussummary.h"
#include "viewtabs.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {
const QByteArray bounce = "From MAILER-DAEMON Mon Jan 12 10:00:01 2026\n"
                          "Return-Path: <>\n"
                          "From: Mail Delivery System <MAILER-DAEMON@mail.example.org>\n"
                          "Subject: Undelivered Mail Returned to Sender\n"
                          "\n"
                          "<jane@example.com>: host mx.example.com[192.0.2.27] said: 550 5.1.1\n"
                          "    <jane@example.com>: Recipient address rejected: User unknown (in reply to\n"
                          "    RCPT TO command)\n"
                          "\n";
} // namespace

class TstExplainFiles : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

    // An mbox of many copies of one bounce, of about size bytes.
    QString writeMbox(const QString &name, qsizetype size)
    {
        QByteArray data;
        data.reserve(size + bounce.size());
        while (data.size() < size) {
            data += bounce;
        }
        return write(name, data);
    }

    template<typename T> static T *child(QWidget *window, const QString &name)
    {
        auto *found = window->findChild<T *>(name);
        if (!found) {
            qFatal("no child %s", qPrintable(name));
        }
        return found;
    }

    // Stands in for the mail reader: it reports progress step by step, finds one reply a step
    // and stops, saying so, when the progress callback asks it to.
    ExplainView::DataExplainer steppingExplainer(
        int steps, int millisecondsPerStep, QByteArray *seen = nullptr)
    {
        const ExplainedReply reply = Explainer(m_base).explain(u"550 5.1.1 User unknown"_s).replies.first();
        return [=](const QByteArray &data, const ExplainProgress &progress) {
            if (seen) {
                *seen = data;
            }
            Explanation explanation;
            for (int step = 0; step < steps; ++step) {
                if (progress && !progress(step, steps)) {
                    explanation.cancelled = true;
                    return explanation;
                }
                explanation.replies.append(reply);
                QThread::msleep(static_cast<unsigned long>(millisecondsPerStep));
            }
            return explanation;
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"smtp-codes-tests"_s);
        QCoreApplication::setApplicationName(u"tst_explainfiles"_s);
        m_base = BuiltInKnowledgeBase::load();
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    void openFile_explainsItShowsItAndNamesIt()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = QStringLiteral(SMTPCODES_TEST_DATA) + u"/explain/postfix-bounce.txt"_s;
        window.openArguments({path});
        ExplainView *view = window.explainView();
        QCOMPARE(child<QTabWidget>(&window, u"tabs"_s)->currentWidget(), view);
        QCOMPARE(view->fileName(), u"postfix-bounce.txt"_s);
        QCOMPARE(view->explanation().replies.size(), 1);
        QCOMPARE(view->explanation().replies.first().reply.enhanced, u"5.1.1"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(
            child<QPlainTextEdit>(&window, u"pasteEdit"_s)->toPlainText(), QString::fromUtf8(file.readAll()));
        QCOMPARE(child<StatusSummary>(&window, u"viewSummary"_s)->fullText(),
            u"postfix-bounce.txt \u2014 1 reply found: 1 permanent failure"_s);
        QVERIFY(view->documentTitle().startsWith(u"postfix-bounce.txt"_s));
        // The file dialog opens where this file was.
        QCOMPARE(QSettings().value(u"explain/lastFolder"_s).toString(), QFileInfo(path).absolutePath());
    }

    // A mail says its charset; the explainer gets the file's bytes, not the text shown.
    void openFile_explainsTheBytesNotTheShownText()
    {
        QByteArray seen;
        MainWindow window(&m_base);
        window.explainView()->setDataExplainer(steppingExplainer(1, 0, &seen));
        const QByteArray latin1
            = "Content-Type: text/plain; charset=iso-8859-1\n\n550 5.1.1 Empf\xe4nger unbekannt\n";
        QVERIFY(window.explainView()->openFile(write(u"latin1.eml"_s, latin1)));
        QCOMPARE(seen, latin1);
        QVERIFY(child<QPlainTextEdit>(&window, u"pasteEdit"_s)
                    ->toPlainText()
                    .contains(QChar::ReplacementCharacter));
    }

    void openFile_sayWhyAFileCannotBeReadAndKeepTheText()
    {
        MainWindow window(&m_base);
        ExplainView *view = window.explainView();
        view->setText(u"452 4.5.3 Too many recipients"_s);
        QSignalSpy problems(view, &ExplainView::problem);
        QVERIFY(!view->openFile(m_dir.filePath(u"missing.eml"_s)));
        QVERIFY(!view->openFile(write(u"empty.eml"_s, {})));
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).at(0).toString().startsWith(u"missing.eml cannot be read: "_s),
            qPrintable(problems.at(0).at(0).toString()));
        QCOMPARE(problems.at(1).at(0).toString(), u"empty.eml is empty: there is nothing to explain"_s);
        QCOMPARE(window.statusBar()->currentMessage(), problems.at(1).at(0).toString());
        QCOMPARE(child<QPlainTextEdit>(&window, u"pasteEdit"_s)->toPlainText(),
            u"452 4.5.3 Too many recipients"_s);
        QCOMPARE(view->explanation().replies.size(), 1);
        QVERIFY(view->fileName().isEmpty());
    }

    // Larger than ExplainView::summaryFileSize: summarised from the file, never read whole into
    // the window. The box names the file instead of holding megabytes of text.
    void openFile_largerThanTheSummarySize_isSummarisedFromTheFile()
    {
        const QString path = m_dir.filePath(u"huge.mbox"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(ExplainView::summaryFileSize + 1000)); // sparse: quick to make
        }
        QStringList seen;
        MainWindow window(&m_base);
        ExplainView *view = window.explainView();
        view->setFileSummarizer([&seen](const QStringList &paths, const ExplainProgress &) {
            seen = paths;
            return Summary();
        });
        window.viewTabs()->showExplain();
        QSignalSpy explained(view, &ExplainView::explained);
        QVERIFY(view->openFile(path));
        QVERIFY(explained.wait(20000));
        QCOMPARE(seen, QStringList {path});
        QVERIFY(view->summary());
        QVERIFY(view->explanation().replies.isEmpty());
        auto *paste = child<QPlainTextEdit>(&window, u"pasteEdit"_s);
        QVERIFY(paste->toPlainText().isEmpty());
        QVERIFY2(paste->placeholderText().startsWith(u"huge.mbox, 8.0 MB: summarised from the file"_s),
            qPrintable(paste->placeholderText()));
    }

    // One endless line would take the box half a minute to wrap: it is named, not shown.
    void openFile_withAnEndlessLine_isNamedNotShown()
    {
        MainWindow window(&m_base);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(window.explainView()->openFile(write(u"one-line.log"_s, QByteArray(200 * 1024, 'x'))));
        QVERIFY(clock.elapsed() < 2000);
        auto *paste = child<QPlainTextEdit>(&window, u"pasteEdit"_s);
        QVERIFY(paste->toPlainText().isEmpty());
        QVERIFY2(paste->placeholderText().startsWith(u"one-line.log, 200.0 kB: explained from the file"_s),
            qPrintable(paste->placeholderText()));
    }

    // Typing after a file explains the typed text; what was typed before the file is in the
    // undo history.
    void typingAfterAFile_explainsTheTextAndUndoBringsTheOldTextBack()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ExplainView *view = window.explainView();
        auto *paste = child<QPlainTextEdit>(&window, u"pasteEdit"_s);
        QTest::keyClicks(paste, u"421 4.7.0 Try again later"_s);
        view->explainNow();
        QVERIFY(view->openFile(write(u"one.mbox"_s, bounce)));
        QCOMPARE(view->fileName(), u"one.mbox"_s);
        QCOMPARE(view->explanation().replies.first().reply.basic, u"550"_s);
        QSignalSpy explained(view, &ExplainView::explained);
        paste->undo();
        QCOMPARE(paste->toPlainText(), u"421 4.7.0 Try again later"_s);
        QVERIFY(explained.wait(5000));
        QVERIFY(view->fileName().isEmpty());
        QCOMPARE(view->explanation().replies.first().reply.basic, u"421"_s);
    }

    void dropOfAFile_explainsItAndTypesNoUrl_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("paste area") << u"pasteEdit"_s;
        QTest::newRow("result") << u"explainBrowser"_s;
    }

    void dropOfAFile_explainsItAndTypesNoUrl()
    {
        QFETCH(QString, target);
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.explainView()->setText(u"421 4.7.0 Try again later"_s);
        const QString path = write(u"dropped.eml"_s, bounce);
        auto *widget = child<QAbstractScrollArea>(&window, target);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        mime.setText(QUrl::fromLocalFile(path).toString());
        const QPoint centre = widget->viewport()->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(widget->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QCOMPARE(enter.dropAction(), Qt::CopyAction);
        QDropEvent drop(centre, Qt::CopyAction | Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(widget->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(window.explainView()->fileName(), u"dropped.eml"_s);
        QCOMPARE(window.explainView()->explanation().replies.first().reply.basic, u"550"_s);
        const QString text = child<QPlainTextEdit>(&window, u"pasteEdit"_s)->toPlainText();
        QVERIFY2(!text.contains(u"file:"_s) && !text.contains(path), qPrintable(text));
        QCOMPARE(text, QString::fromUtf8(bounce));
    }

    void dropOfSeveralFiles_explainsTheFirstAndSaysSo()
    {
        MainWindow window(&m_base);
        const QList<QUrl> urls {QUrl::fromLocalFile(write(u"first.eml"_s, bounce)),
            QUrl::fromLocalFile(write(u"second.eml"_s, bounce)),
            QUrl::fromLocalFile(write(u"third.eml"_s, bounce))};
        // Built on first use.
        QWidget *target = child<QPlainTextEdit>(window.explainView(), u"pasteEdit"_s)->viewport();
        QMimeData mime;
        mime.setUrls(urls);
        // A drop goes where the drag entered.
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        QCOMPARE(window.explainView()->fileName(), u"first.eml"_s);
        QCOMPARE(window.statusBar()->currentMessage(),
            u"One file is explained at a time: first.eml is shown, the other 2 were left out"_s);
        mime.setUrls(urls.mid(1));
        QApplication::sendEvent(target, &enter);
        QApplication::sendEvent(target, &drop);
        QCOMPARE(window.statusBar()->currentMessage(),
            u"One file is explained at a time: second.eml is shown, third.eml was left out"_s);
    }

    // Text dragged from elsewhere is still typed in where it is dropped.
    void dropOfText_insertsTheText()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Built on first use.
        auto *paste = child<QPlainTextEdit>(window.explainView(), u"pasteEdit"_s);
        QMimeData mime;
        mime.setText(u"550 5.7.1 Relaying denied"_s);
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(paste->viewport(), &enter);
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(paste->viewport(), &drop);
        QCOMPARE(paste->toPlainText(), u"550 5.7.1 Relaying denied"_s);
        QSignalSpy explained(window.explainView(), &ExplainView::explained);
        QVERIFY(explained.wait(5000));
        QCOMPARE(window.explainView()->explanation().replies.first().reply.enhanced, u"5.7.1"_s);
    }

    // A large file is explained on a worker thread: a bar says how far, Cancel (or Esc) stops
    // it, and the replies found so far are shown.
    void largeFile_showsProgressAndCancelKeepsWhatWasFound_data()
    {
        QTest::addColumn<bool>("escape");
        QTest::newRow("Cancel button") << false;
        QTest::newRow("Esc") << true;
    }

    void largeFile_showsProgressAndCancelKeepsWhatWasFound()
    {
        QFETCH(bool, escape);
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ExplainView *view = window.explainView();
        window.viewTabs()->showExplain();
        view->setDataExplainer(steppingExplainer(1000, 10));
        auto *bar = child<QProgressBar>(&window, u"explainProgressBar"_s);
        auto *cancel = child<QPushButton>(&window, u"cancelExplainButton"_s);
        auto *paste = child<QPlainTextEdit>(&window, u"pasteEdit"_s);
        QVERIFY(!bar->isVisible());
        QVERIFY(!cancel->isVisible());
        QVERIFY(view->openFile(writeMbox(u"large.mbox"_s, 2 * ExplainView::fileSynchronousLimit)));
        QVERIFY(view->isBusy());
        QVERIFY(bar->isVisible());
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QVERIFY(paste->isReadOnly());
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() >= 50, 10000);
        QSignalSpy explained(view, &ExplainView::explained);
        if (escape) {
            paste->setFocus();
            QTest::keyClick(paste, Qt::Key_Escape);
        } else {
            cancel->click();
        }
        QVERIFY(explained.wait(5000));
        QVERIFY(view->explanation().cancelled);
        QVERIFY(view->explanation().replies.size() >= 50);
        QVERIFY(view->explanation().replies.size() < 1000);
        QVERIFY(view->cancelledAtPercent() >= 5);
        QVERIFY(!view->isBusy());
        QVERIFY(!bar->isVisible());
        QVERIFY(!cancel->isVisible());
        QVERIFY(!paste->isReadOnly());
        const QString said = window.statusBar()->currentMessage();
        QVERIFY2(
            said.startsWith(u"Cancelled after "_s) && said.endsWith(u"%: showing the replies found so far"_s),
            qPrintable(said));
        QVERIFY(child<StatusSummary>(&window, u"viewSummary"_s)
                    ->summary()
                    .startsWith(u"large.mbox \u2014 cancelled at "_s));
    }

    // The 20 MB mbox a postmaster has after a bad day (5 MB under the sanitizers): the window keeps answering
    // while it is explained, and all its replies are found.
    void twentyMegabyteMbox_neverFreezesTheWindow()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ExplainView *view = window.explainView();
        window.viewTabs()->showExplain();
#ifdef SMTPCODES_SANITIZED
        constexpr qint64 megabytes = 5;
#else
        constexpr qint64 megabytes = 20;
#endif
        const QString path = writeMbox(u"bounces.mbox"_s, megabytes * 1024 * 1024);
        QElapsedTimer clock;
        qint64 longestGap = 0;
        qint64 last = 0;
        QTimer ticker;
        ticker.setInterval(20);
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestGap = std::max(longestGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        QSignalSpy explained(view, &ExplainView::explained);
        clock.start();
        ticker.start();
        QVERIFY(view->openFile(path));
        const qint64 opened = clock.elapsed();
        QVERIFY(view->isBusy());
        QVERIFY(child<QProgressBar>(&window, u"explainProgressBar"_s)->isVisible());
        QVERIFY(explained.wait(120000));
        const qint64 explainedAt = clock.elapsed();
        QTest::qWait(100); // the tick after showing the result measures the showing too
        ticker.stop();
        // Reading 20 MB takes the GUI thread a moment; explaining them takes it none.
        QVERIFY2(opened < 2000, qPrintable(QString::number(opened)));
        QVERIFY2(longestGap < 2000, qPrintable(QString::number(longestGap)));
        QVERIFY(!view->isBusy());
        // Thousands of replies; how many of the 20 MB the core reads is the core's to say. A file
        // over ExplainView::summaryFileSize is summarised; a smaller one is explained, and the
        // window lays out the first replies and says how many it found.
        if (megabytes * 1024 * 1024 > ExplainView::summaryFileSize) {
            QVERIFY(view->summary());
            QVERIFY(view->summary()->replies.size() > 500 * megabytes);
            QVERIFY(view->summaryIsCurrent());
        } else {
            QVERIFY(view->explanation().replies.size() > 500 * megabytes);
            const QString shown = view->browser()->toPlainText();
            QVERIFY2(shown.startsWith(u"%1 replies were found; the first 500 are shown here."_s.arg(
                         QLocale().toString(view->explanation().replies.size()))),
                qPrintable(shown.left(200)));
        }
        qInfo(
            "explained in %lld ms; the longest the window did not answer: %lld ms", explainedAt, longestGap);
    }

    // A new file while one is explained replaces it; the old result never comes back.
    void newFileWhileBusy_replacesTheOldRun()
    {
        MainWindow window(&m_base);
        ExplainView *view = window.explainView();
        view->setDataExplainer(steppingExplainer(200, 10));
        QVERIFY(view->openFile(writeMbox(u"slow.mbox"_s, 2 * ExplainView::fileSynchronousLimit)));
        QVERIFY(view->isBusy());
        view->setDataExplainer({});
        QVERIFY(view->openFile(write(u"small.eml"_s, bounce)));
        QVERIFY(!view->isBusy());
        QCOMPARE(view->explanation().replies.size(), 1);
        QTest::qWait(300);
        QCOMPARE(view->explanation().replies.size(), 1);
        QCOMPARE(view->fileName(), u"small.eml"_s);
        QVERIFY(!child<QProgressBar>(&window, u"explainProgressBar"_s)->isVisible());
    }

    // Closing the window while a file is explained stops the work and does not wait for it.
    void closingWhileBusy_stopsAtOnce()
    {
        auto *window = new MainWindow(&m_base);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->explainView()->setDataExplainer(steppingExplainer(100000, 10));
        QVERIFY(window->explainView()->openFile(
            writeMbox(u"endless.mbox"_s, 2 * ExplainView::fileSynchronousLimit)));
        QTest::qWait(100);
        QElapsedTimer clock;
        clock.start();
        window->close();
        delete window;
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_MAIN(TstExplainFiles)
#include "tst_explainfiles.moc"
