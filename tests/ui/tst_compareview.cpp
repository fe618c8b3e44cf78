// SPDX-License-Identifier: GPL-3.0-or-later
#include "browseview.h"
#include "builtinknowledgebase.h"
#include "codefilterproxymodel.h"
#include "compareview.h"
#include "detailpane.h"
#include "mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

class TstCompareView : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;

    template<typename T> static T *child(QWidget *window, const QString &name)
    {
        auto *found = window->findChild<T *>(name);
        if (!found) {
            qFatal("no child %s", qPrintable(name));
        }
        return found;
    }

    static QString comparisonText(QWidget *window)
    {
        return child<QTextBrowser>(window, u"compareBrowser"_s)->toPlainText();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"smtp-codes-tests"_s);
        QCoreApplication::setApplicationName(u"tst_compareview"_s);
        m_base = BuiltInKnowledgeBase::load();
    }

    void init() { QSettings().clear(); }

    void referenceCase_showsEverySectionForBothCodes()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(window.showComparison(u"250"_s, u"251"_s));
        QCOMPARE(child<QTabWidget>(&window, u"tabs"_s)->currentWidget(), window.compareView());
        const QString text = comparisonText(&window);
        for (const QString &heading : {u"250 vs 251"_s, u"Shared class"_s, u"Class"_s, u"Description"_s,
                 u"When you see it"_s, u"How to fix"_s, u"Commands that can return it"_s, u"References"_s,
                 u"Key differences"_s, u"When to use which"_s}) {
            QVERIFY2(text.contains(heading), qPrintable(heading));
        }
        for (const QString &code : {u"250"_s, u"251"_s}) {
            const Entry *entry = m_base.entry(code);
            QVERIFY(text.contains(entry->title));
            QVERIFY(text.simplified().contains(entry->description.left(60).simplified()));
            QVERIFY(text.simplified().contains(entry->howToFix.left(60).simplified()));
        }
    }

    void curatedPair_showsDistinctionWithRfcSection()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(window.showComparison(u"452"_s, u"552"_s));
        const Distinction *distinction = m_base.distinction(u"452"_s, u"552"_s);
        QVERIFY(distinction);
        const QString text = comparisonText(&window);
        QVERIFY(text.contains(u"How the RFCs settle it: "_s + distinction->title));
        QVERIFY(text.contains(distinction->references.first().toString()));
        // The section's title stands beside its number.
        QVERIFY(!distinction->references.first().title.isEmpty());
        QVERIFY2(
            text.contains(distinction->references.first().toStringWithTitle()), qPrintable(text.right(800)));
    }

    void swap_swapsTheCodes()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(window.showComparison(u"450"_s, u"550"_s));
        QVERIFY(comparisonText(&window).startsWith(u"450 vs 550"_s));
        QTest::mouseClick(child<QToolButton>(&window, u"swapButton"_s), Qt::LeftButton);
        QCOMPARE(window.compareView()->leftCode(), u"550"_s);
        QCOMPARE(window.compareView()->rightCode(), u"450"_s);
        QVERIFY(comparisonText(&window).startsWith(u"550 vs 450"_s));
        QCOMPARE(child<QLineEdit>(&window, u"leftPicker"_s)->text(), u"550"_s);
    }

    void pickers_acceptTypedCodesAndCompletions()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showComparison(u"250"_s, u"251"_s);
        auto *left = child<QLineEdit>(&window, u"leftPicker"_s);
        left->clear();
        QTest::keyClicks(left, u"5.1.1"_s);
        QTest::keyClick(left, Qt::Key_Return);
        QCOMPARE(window.compareView()->leftCode(), u"5.1.1"_s);
        auto *right = child<QLineEdit>(&window, u"rightPicker"_s);
        right->setText(u"550 \u2014 Requested action not taken: mailbox unavailable"_s);
        QTest::keyClick(right, Qt::Key_Return);
        QCOMPARE(window.compareView()->rightCode(), u"550"_s);
        QVERIFY(comparisonText(&window).startsWith(u"5.1.1 vs 550"_s));
    }

    void unknownCode_explainsWhy()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(!window.showComparison(u"250"_s, u"999"_s));
        QVERIFY(comparisonText(&window).contains(u"999 is not an SMTP reply code"_s));
        QVERIFY(!child<QPushButton>(&window, u"copyComparisonButton"_s)->isEnabled());
    }

    void ctrlD_comparesTwoSelectedRows()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showCode(u"421"_s));
        auto *list = child<QTreeView>(&window, u"codeList"_s);
        // Select 421, then add 450 with Ctrl, as a user would.
        window.showCode(u"450"_s);
        const QModelIndex current = list->currentIndex();
        window.showCode(u"421"_s);
        list->selectionModel()->select(current, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(window.browseView()->selectedCodes().size(), 2);
        list->setFocus();
        QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(child<QTabWidget>(&window, u"tabs"_s)->currentWidget(), window.compareView());
        QStringList compared {window.compareView()->leftCode(), window.compareView()->rightCode()};
        compared.sort();
        QCOMPARE(compared, (QStringList {u"421"_s, u"450"_s}));
    }

    void ctrlD_withOneCode_usesItsCuratedPartner()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClicks(child<QLineEdit>(&window, u"searchField"_s), u"251"_s);
        // Straight from the search field, where a line edit would otherwise take Ctrl+D.
        QTest::keyClick(child<QLineEdit>(&window, u"searchField"_s), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(window.compareView()->leftCode(), u"251"_s);
        QVERIFY(m_base.distinction(u"251"_s, window.compareView()->rightCode()));
    }

    void confusedWithLink_opensTheComparison()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(window.showCode(u"452"_s));
        const QString html = window.browseView()->detailPane()->browser()->toHtml();
        QVERIFY2(
            html.contains(u"compare:452/552"_s), "the often-confused-with link should open a comparison");
        Q_EMIT window.browseView()->detailPane()->browser()->anchorClicked(QUrl(u"compare:452/552"_s));
        QCOMPARE(window.compareView()->leftCode(), u"452"_s);
        QCOMPARE(window.compareView()->rightCode(), u"552"_s);
    }

    void codeLinkInComparison_opensTheEntry()
    {
        MainWindow window(&m_base);
        window.show();
        window.showComparison(u"250"_s, u"251"_s);
        Q_EMIT window.compareView()->browser()->anchorClicked(QUrl(u"code:251"_s));
        QCOMPARE(child<QTabWidget>(&window, u"tabs"_s)->currentWidget(), window.browseView());
        QCOMPARE(window.browseView()->currentCode(), u"251"_s);
    }

    void copy_putsMarkdownOnTheClipboard()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showComparison(u"250"_s, u"251"_s);
        child<QPushButton>(&window, u"copyComparisonMarkdownButton"_s)->click();
        const QString markdown = QGuiApplication::clipboard()->text();
        QVERIFY(markdown.startsWith(u"# 250 vs 251\n"_s));
        // The aligned rows are a table: one row per section, a column per code.
        QVERIFY(markdown.contains(u"\n| | 250 | 251 |\n"_s));
        QVERIFY(markdown.contains(u"\n| **How to fix** | "_s));
        QVERIFY(markdown.contains(u"## Key differences"_s));
        QVERIFY(markdown.contains(u"[RFC 5321 §3.4 Forwarding for Address Correction or Updating]"
                                  u"(https://www.rfc-editor.org/rfc/rfc5321#section-3.4)"_s));

        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"250 vs 251\n"_s));
        child<QPushButton>(&window, u"copyRightFixButton"_s)->click();
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"251  "_s));
    }

    void copies_sayWhatWasCopied()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showComparison(u"250"_s, u"251"_s));
        QStatusBar *status = window.statusBar();
        child<QPushButton>(&window, u"copyComparisonButton"_s)->click();
        QCOMPARE(status->currentMessage(), u"Comparison 250 vs 251 copied"_s);
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"250 vs 251\n"_s));
        child<QPushButton>(&window, u"copyComparisonMarkdownButton"_s)->click();
        QCOMPARE(status->currentMessage(), u"Comparison 250 vs 251 copied as Markdown"_s);
        child<QPushButton>(&window, u"copyLeftFixButton"_s)->click();
        QCOMPARE(status->currentMessage(), u"Fix advice for 250 copied"_s);
        child<QPushButton>(&window, u"copyRightFixButton"_s)->click();
        QCOMPARE(status->currentMessage(), u"Fix advice for 251 copied"_s);
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(status->currentMessage(), u"Fix advice for 250 and 251 copied"_s);
        QVERIFY(QGuiApplication::clipboard()->text().contains(u"\n251  "_s));

        QVERIFY(!window.showComparison(u"250"_s, u"999"_s));
        QGuiApplication::clipboard()->setText(u"kept"_s);
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(status->currentMessage(), u"Nothing to copy: choose two codes to compare."_s);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"kept"_s);
    }

    void twoCommandLineCodes_openTheComparison()
    {
        MainWindow window(&m_base);
        window.openArguments({u"421"_s, u"450"_s});
        window.show();
        QCOMPARE(child<QTabWidget>(&window, u"tabs"_s)->currentWidget(), window.compareView());
        QCOMPARE(window.compareView()->leftCode(), u"421"_s);
        QCOMPARE(window.compareView()->rightCode(), u"450"_s);
        MainWindow single(&m_base);
        single.openArguments({u"5.7.1"_s});
        QCOMPARE(single.browseView()->currentCode(), u"5.7.1"_s);
    }

    void compareTab_neverOpensEmpty()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QVERIFY(window.compareView()->hasComparison());
    }
};

QTEST_MAIN(TstCompareView)
#include "tst_compareview.moc"
