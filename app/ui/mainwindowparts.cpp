// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of the main window that are built the first time they are used, so that a start
// builds and lays out only what it shows: the compare and explain views, the favourites list
// and the print commands.
#include "mainwindow.h"

#include "compareview.h"
#include "explainview.h"
#include "favouritesdock.h"
#include "favouritesmenu.h"
#include "printcommands.h"
#include "viewtabs.h"

#include <QListView>
#include <QStatusBar>

namespace SmtpCodes {

void MainWindow::connectCompareView(CompareView *compare)
{
    connect(compare, &CompareView::codeActivated, this, &MainWindow::showCode);
    connect(compare, &CompareView::comparisonShown, m_navigator, &Navigator::scheduleVisit);
    connect(compare, &CompareView::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, briefMessageMilliseconds); });
}

void MainWindow::connectExplainView(ExplainView *explain)
{
    connect(explain, &ExplainView::codeActivated, this, &MainWindow::showCode);
    connect(explain, &ExplainView::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, briefMessageMilliseconds); });
    connect(explain, &ExplainView::problem, this,
        [this](const QString &text) { statusBar()->showMessage(text, messageMilliseconds); });
}

CompareView *MainWindow::compareView()
{
    return m_tabs->compareView();
}

ExplainView *MainWindow::explainView()
{
    return m_tabs->explainView();
}

PrintCommands *MainWindow::printCommands()
{
    if (!m_printing) {
        m_printing = new PrintCommands([this] { return m_tabs->currentDocument(); }, this);
        connect(m_printing, &PrintCommands::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, messageMilliseconds); });
    }
    return m_printing;
}

FavouritesDock *MainWindow::favouritesDock()
{
    if (!m_favouritesDock) {
        m_favouritesDock = new FavouritesDock(m_favourites, this);
        // Where the restored window state had it, or on the left, hidden until asked for.
        if (!restoreDockWidget(m_favouritesDock)) {
            addDockWidget(Qt::LeftDockWidgetArea, m_favouritesDock);
            m_favouritesDock->hide();
        }
        connect(m_favouritesDock, &FavouritesDock::openRequested, this, &MainWindow::openFavourite);
        m_favouritesMenu->followDock(m_favouritesDock);
    }
    return m_favouritesDock;
}

void MainWindow::showFavouritesList(bool shown)
{
    FavouritesDock *dock = favouritesDock();
    if (shown) {
        dock->show();
        dock->listView()->setFocus(Qt::ShortcutFocusReason);
    } else {
        dock->close();
    }
}

void MainWindow::openFavourite(const Location &place)
{
    if (place.kind == Location::Kind::Comparison) {
        showComparison(place.first, place.second);
    } else {
        showCode(place.first);
    }
}

} // namespace SmtpCodes
