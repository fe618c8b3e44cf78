// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "location.h"
#include "printcommands.h"

#include <QTabWidget>

class QAction;

namespace SmtpCodes {

class BrowseView;
class CodeListModel;
class CompareView;
class ExplainView;
class SummaryExport;

// The window's three views as tabs, and what depends on which one is in front: the place on
// screen, the document to print, and what the copy commands copy. A start shows the browse view
// only, so the compare and explain views are built the first time they are asked for or their
// tab is opened; until then an empty page holds their tab.
class ViewTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewTabs)

public:
    ViewTabs(CodeListModel *model, QWidget *parent);

    BrowseView *browseView() const { return m_browse; }
    // Builds the view the first time.
    CompareView *compareView();
    ExplainView *explainView();
    // The view if it has been built; null before.
    CompareView *builtCompareView() const { return m_compare; }
    ExplainView *builtExplainView() const { return m_explain; }
    bool compareIsCurrent() const;
    bool explainIsCurrent() const;
    // Compares left and right in the compare view, now if it is built, else when it is.
    void restoreComparison(const QString &left, const QString &right);
    // The explain view's summary exports and its switch between summary and replies, which the
    // window's menus offer before the view is built.
    SummaryExport *summaryExport() const { return m_summaryExport; }
    QAction *toggleSummaryAction() const { return m_toggleSummary; }

    void showBrowse();
    void focusSearch();
    void showCompare();
    void showExplain();
    void pasteAndExplain();
    void openFileInteractively();
    void openFolderInteractively();
    void swapComparison();

    // The entry or comparison on screen; invalid on the explain tab.
    Location currentLocation() const;
    PrintCommands::Document currentDocument() const;
    void copyFixAdvice();
    void copyAsText();
    void copyAsMarkdown();

Q_SIGNALS:
    // A view was built, for the window to connect it.
    void compareViewBuilt(SmtpCodes::CompareView *view);
    void explainViewBuilt(SmtpCodes::ExplainView *view);

private:
    enum Tab { BrowseTab, CompareTab, ExplainTab };

    // Puts view in place of the empty page at tab, in front if the page was.
    void install(int tab, QWidget *view);

    CodeListModel *m_model;
    BrowseView *m_browse;
    CompareView *m_compare = nullptr;
    ExplainView *m_explain = nullptr;
    SummaryExport *m_summaryExport;
    QAction *m_toggleSummary;
    QStringList m_restoredComparison;
};

} // namespace SmtpCodes
