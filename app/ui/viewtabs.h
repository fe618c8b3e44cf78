// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "location.h"
#include "printcommands.h"

#include <QTabWidget>

namespace SmtpCodes {

class BrowseView;
class CodeListModel;
class CompareView;
class ExplainView;

// The window's three views as tabs, and what depends on which one is in front: the place on
// screen, the document to print, and what the copy commands copy.
class ViewTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewTabs)

public:
    ViewTabs(CodeListModel *model, QWidget *parent);

    BrowseView *browseView() const { return m_browse; }
    CompareView *compareView() const { return m_compare; }
    ExplainView *explainView() const { return m_explain; }
    bool compareIsCurrent() const;
    bool explainIsCurrent() const;

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

private:
    BrowseView *m_browse;
    CompareView *m_compare;
    ExplainView *m_explain;
};

} // namespace SmtpCodes
