// SPDX-License-Identifier: GPL-3.0-or-later
#include "browseview.h"
#include "builtinknowledgebase.h"
#include "codefilterproxymodel.h"
#include "compareview.h"
#include "detailpane.h"
#include "explainview.h"
#include "favouritesdock.h"
#include "knowledgebasesources.h"
#include "mainwindow.h"
#include "printcommands.h"
#include "summaryview.h"
#include "viewtabs.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

// A start builds the browse view only: the compare and explain views, the favourites list and
// the print commands are built by the first command that needs them, and then work as before.
class TstLazyViews : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;
    QTemporaryDir m_dir;

    template<typename T> static T *child(QWidget *window, const QString &name)
    {
        auto *found = window->findChild<T *>(name);
        if (!found) {
            qFatal("no child %s", qPrintable(name));
        }
        return found;
    }

    QString favouritesFile() const { return m_dir.filePath(u"favourites.json"_s); }

    static bool nothingLazyBuilt(const MainWindow &window)
    {
        return !window.findChild<CompareView *>() && !window.findChild<ExplainView *>()
            && !window.findChild<SummaryView *>() && !window.findChild<FavouritesDock *>()
            && !window.findChild<PrintCommands *>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"smtp-codes-tests"_s);
        QCoreApplication::setApplicationName(u"tst_lazyviews"_s);
        m_base = BuiltInKnowledgeBase::load();
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(favouritesFile());
    }

    void start_buildsNoHiddenView()
    {
        MainWindow window(&m_base, nullptr, favouritesFile());
        window.restoreSettings();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(nothingLazyBuilt(window));
        // The tabs are there all the same, with their names and letters.
        QTabBar *tabs = window.viewTabs()->tabBar();
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(1), u"&Compare"_s);
        QCOMPARE(tabs->tabText(2), u"E&xplain"_s);
    }

    void compareAction_buildsTheCompareViewAndCompares()
    {
        MainWindow window(&m_base, nullptr, favouritesFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.browseView());
        child<QAction>(&window, u"compareAction"_s)->trigger();
        auto *compare = window.findChild<CompareView *>();
        QVERIFY(compare);
        QCOMPARE(window.viewTabs()->currentWidget(), compare);
        QVERIFY(compare->isVisible());
        QVERIFY(compare->hasComparison());
        QVERIFY(!compare->browser()->toPlainText().isEmpty());
        // Built once: the next command finds the same view.
        child<QAction>(&window, u"swapAction"_s)->trigger();
        QCOMPARE(window.findChildren<CompareView *>().size(), 1);
        QCOMPARE(window.compareView(), compare);
        QVERIFY(!window.findChild<ExplainView *>());
    }

    // A click on a tab, or Ctrl+Tab, opens a view that is not built yet, in front, as before.
    void tabs_buildTheirViewWhenOpened()
    {
        MainWindow window(&m_base, nullptr, favouritesFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTabBar *tabs = window.viewTabs()->tabBar();
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(2).center());
        auto *explain = window.findChild<ExplainView *>();
        QVERIFY(explain);
        QCOMPARE(window.viewTabs()->currentWidget(), explain);
        QCOMPARE(tabs->currentIndex(), 2);
        QVERIFY(explain->isVisible());
        QVERIFY(!window.findChild<CompareView *>());
        window.viewTabs()->setCurrentIndex(0);
        window.browseView()->setFocus();
        QTest::keyClick(window.viewTabs(), Qt::Key_Tab, Qt::ControlModifier);
        auto *compare = window.findChild<CompareView *>();
        QVERIFY(compare);
        QCOMPARE(window.viewTabs()->currentWidget(), compare);
        QVERIFY(compare->isVisible());
        // Opened empty, the compare tab starts on the selected code and its partner.
        QVERIFY(compare->hasComparison());
        QCOMPARE(window.viewTabs()->count(), 3);
    }

    // The tab's letter opens a view not built yet from wherever the focus is.
    void tabMnemonic_buildsTheView()
    {
        MainWindow window(&m_base, nullptr, favouritesFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, 'x', Qt::AltModifier);
        auto *explain = window.findChild<ExplainView *>();
        QVERIFY(explain);
        QCOMPARE(window.viewTabs()->currentWidget(), explain);
        QVERIFY(explain->isVisible());
        QCOMPARE(window.viewTabs()->tabBar()->currentIndex(), 2);
    }

    void explainAction_buildsTheExplainViewAndExplains()
    {
        MainWindow window(&m_base, nullptr, favouritesFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        child<QAction>(&window, u"showExplainAction"_s)->trigger();
        auto *explain = window.findChild<ExplainView *>();
        QVERIFY(explain);
        QCOMPARE(window.viewTabs()->currentWidget(), explain);
        QSignalSpy explained(explain, &ExplainView::explained);
        explain->setText(u"550 5.1.1 <nobody@example.com>: Recipient address rejected"_s);
        QCOMPARE(explained.size(), 1);
        QCOMPARE(explain->explanation().replies.size(), 1);
        QVERIFY(window.findChild<SummaryView *>());
    }

    // The summary's commands in the menus answer before the explain view is built, and the
    // switch between summary and replies opens the view and says why there is no summary.
    void summaryCommands_workBeforeTheExplainView()
    {
        MainWindow window(&m_base, nullptr, favouritesFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        child<QAction>(&window, u"copySummaryMarkdownAction"_s)->trigger();
        QVERIFY(window.statusBar()->currentMessage().startsWith(u"Nothing to export"_s));
        QVERIFY(!window.findChild<ExplainView *>());
        child<QAction>(&window, u"toggleSummaryAction"_s)->trigger();
        QVERIFY(window.findChild<ExplainView *>());
        QCOMPARE(window.viewTabs()->currentWidget(), window.explainView());
        QVERIFY(window.statusBar()->currentMessage().startsWith(u"No summary"_s));
    }

    void favouritesList_builtWhenShown()
    {
        MainWindow window(&m_base, nullptr, favouritesFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *show = child<QAction>(&window, u"showFavouritesAction"_s);
        QVERIFY(!show->isChecked());
        show->trigger();
        auto *dock = window.findChild<FavouritesDock *>();
        QVERIFY(dock);
        QVERIFY(dock->isVisible());
        QVERIFY(show->isChecked());
        // Closed by its own button, the item follows.
        dock->close();
        QVERIFY(!show->isChecked());
        show->trigger();
        QVERIFY(dock->isVisible());
        show->trigger();
        QVERIFY(!dock->isVisible());
        QCOMPARE(window.findChildren<FavouritesDock *>().size(), 1);
    }

    void printCommands_builtWhenUsed()
    {
        MainWindow window(&m_base, nullptr, favouritesFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.viewTabs()->setCurrentWidget(window.compareView());
        window.compareView()->compare(u"250"_s, u"251"_s);
        QVERIFY(!window.findChild<PrintCommands *>());
        const QString pdf = m_dir.filePath(u"compare.pdf"_s);
        QVERIFY(window.exportPdf(pdf));
        QVERIFY(QFileInfo(pdf).size() > 0);
        QVERIFY(window.findChild<PrintCommands *>());
    }

    // What the last session left is restored: the comparison when the compare view is first
    // opened (without building it at start), the compare tab and the favourites list at start.
    void rememberedState_isRestored()
    {
        {
            MainWindow window(&m_base, nullptr, favouritesFile());
            window.restoreSettings();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showComparison(u"450"_s, u"550"_s);
            window.viewTabs()->showBrowse();
            window.saveSettings();
        }
        {
            MainWindow window(&m_base, nullptr, favouritesFile());
            window.restoreSettings();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(nothingLazyBuilt(window));
            // Saving without opening the compare view keeps the comparison saved before.
            window.saveSettings();
            QCOMPARE(QSettings().value(u"compare/codes"_s).toStringList(), QStringList({u"450"_s, u"550"_s}));
            child<QAction>(&window, u"showCompareAction"_s)->trigger();
            QCOMPARE(window.compareView()->leftCode(), u"450"_s);
            QCOMPARE(window.compareView()->rightCode(), u"550"_s);
            child<QAction>(&window, u"showFavouritesAction"_s)->trigger();
            window.saveSettings();
        }
        {
            MainWindow window(&m_base, nullptr, favouritesFile());
            window.restoreSettings();
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.findChild<CompareView *>());
            QCOMPARE(window.viewTabs()->currentWidget(), window.compareView());
            QCOMPARE(window.compareView()->leftCode(), u"450"_s);
            auto *dock = window.findChild<FavouritesDock *>();
            QVERIFY(dock);
            QVERIFY(dock->isVisible());
            QVERIFY(child<QAction>(&window, u"showFavouritesAction"_s)->isChecked());
            QVERIFY(!window.findChild<ExplainView *>());
        }
    }

    // Text size chosen before a view is built applies to it when it is.
    void zoom_reachesViewsBuiltLater()
    {
        MainWindow window(&m_base, nullptr, favouritesFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const qreal base
            = window.browseView()->findChild<QTextBrowser *>(u"detailBrowser"_s)->font().pointSizeF();
        child<QAction>(&window, u"zoomInAction"_s)->trigger();
        child<QAction>(&window, u"zoomInAction"_s)->trigger();
        const qreal zoomed
            = window.browseView()->findChild<QTextBrowser *>(u"detailBrowser"_s)->font().pointSizeF();
        QVERIFY(zoomed > base);
        QCOMPARE(window.compareView()->browser()->font().pointSizeF(), zoomed);
        QCOMPARE(window.explainView()->browser()->font().pointSizeF(), zoomed);
    }

    // The app builds its window while the knowledge base loads, and fills it when it is there:
    // the start shows 550 and every entry, as a window built from the base does.
    void windowBuiltBeforeItsKnowledgeBase_opensOn550()
    {
        MainWindow window(nullptr, nullptr, favouritesFile());
        const KnowledgeBaseSources sources = KnowledgeBaseSources::fromArguments({u"smtp-codes"_s});
        auto loaded = std::make_unique<LoadedKnowledgeBase>(sources.load());
        const qsizetype entries = loaded->base.entries().size();
        window.adoptKnowledgeBase(std::move(loaded), sources);
        window.restoreSettings();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.browseView()->currentCode(), u"550"_s);
        QCOMPARE(window.browseView()->proxyModel()->rowCount(), entries);
        QVERIFY(window.browseView()->detailPane()->browser()->toPlainText().contains(u"How to fix"_s));
        QCOMPARE(window.currentLocation(), Location::entry(u"550"_s));
        QVERIFY(child<QAction>(&window, u"reloadAction"_s)->isEnabled());
    }

    // At the app's start the entry is rendered once the list has painted.
    void deferredFirstRender_fillsThePaneAfterItsPaint()
    {
        BrowseView::deferFirstEntry();
        MainWindow window(&m_base, nullptr, favouritesFile());
        QTextBrowser *browser = window.browseView()->detailPane()->browser();
        QVERIFY(browser->toPlainText().isEmpty());
        QCOMPARE(window.browseView()->currentCode(), u"550"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(browser->toPlainText().contains(u"How to fix"_s));
        // Only the first pane waits.
        MainWindow second(&m_base, nullptr, favouritesFile());
        QVERIFY(second.browseView()->detailPane()->browser()->toPlainText().contains(u"How to fix"_s));
    }

    // A second start's arguments reach views that are not built yet.
    void handedOverArguments_openTheirView()
    {
        MainWindow window(&m_base, nullptr, favouritesFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWithArguments({u"250"_s, u"251"_s});
        QCOMPARE(window.viewTabs()->currentWidget(), window.findChild<CompareView *>());
        QCOMPARE(window.compareView()->rightCode(), u"251"_s);
        const QString bounce = m_dir.filePath(u"bounce.txt"_s);
        QFile file(bounce);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("550 5.1.1 <nobody@example.com>: Recipient address rejected\n");
        file.close();
        window.activateWithArguments({bounce});
        auto *explain = window.findChild<ExplainView *>();
        QVERIFY(explain);
        QCOMPARE(window.viewTabs()->currentWidget(), explain);
        QCOMPARE(explain->fileName(), u"bounce.txt"_s);
    }
};

QTEST_MAIN(TstLazyViews)
#include "tst_lazyviews.moc"
