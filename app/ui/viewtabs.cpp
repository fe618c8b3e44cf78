// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewtabs.h"

#include "browseview.h"
#include "compareview.h"
#include "detailpane.h"
#include "explainview.h"

using namespace Qt::StringLiterals;

namespace SmtpCodes {

ViewTabs::ViewTabs(CodeListModel *model, QWidget *parent)
    : QTabWidget(parent)
    , m_browse(new BrowseView(model, this))
    , m_compare(new CompareView(model, this))
    , m_explain(new ExplainView(model, this))
{
    setObjectName(u"tabs"_s);
    setDocumentMode(true);
    addTab(m_browse, tr("&Browse"));
    addTab(m_compare, tr("&Compare"));
    addTab(m_explain, tr("E&xplain"));
    setTabToolTip(0, tr("Search and read the codes (Ctrl+1)"));
    setTabToolTip(1, tr("Two codes side by side (Ctrl+2)"));
    setTabToolTip(2, tr("Explain pasted replies, bounces and logs (Ctrl+3)"));
    setAccessibleName(tr("Views"));
}

bool ViewTabs::compareIsCurrent() const
{
    return currentWidget() == m_compare;
}

bool ViewTabs::explainIsCurrent() const
{
    return currentWidget() == m_explain;
}

void ViewTabs::showBrowse()
{
    setCurrentWidget(m_browse);
}

void ViewTabs::focusSearch()
{
    setCurrentWidget(m_browse);
    m_browse->focusSearch();
}

void ViewTabs::showCompare()
{
    setCurrentWidget(m_compare);
    m_compare->focusLeftPicker();
}

void ViewTabs::showExplain()
{
    setCurrentWidget(m_explain);
    m_explain->focusPasteArea();
}

void ViewTabs::openFileInteractively()
{
    setCurrentWidget(m_explain);
    m_explain->openFileInteractively();
}

void ViewTabs::openFolderInteractively()
{
    setCurrentWidget(m_explain);
    m_explain->openFolderInteractively();
}

void ViewTabs::pasteAndExplain()
{
    setCurrentWidget(m_explain);
    m_explain->pasteAndExplain();
}

void ViewTabs::swapComparison()
{
    showCompare();
    m_compare->swap();
}

Location ViewTabs::currentLocation() const
{
    if (compareIsCurrent()) {
        return m_compare->hasComparison()
            ? Location::comparison(m_compare->leftCode(), m_compare->rightCode())
            : Location {};
    }
    if (currentWidget() == m_browse && !m_browse->currentCode().isEmpty()) {
        return Location::entry(m_browse->currentCode());
    }
    return {};
}

PrintCommands::Document ViewTabs::currentDocument() const
{
    if (explainIsCurrent()) {
        return {m_explain->printableHtml(), m_explain->documentTitle()};
    }
    if (compareIsCurrent()) {
        return {m_compare->printableHtml(), m_compare->documentTitle()};
    }
    return {m_browse->detailPane()->printableHtml(), m_browse->detailPane()->documentTitle()};
}

void ViewTabs::copyFixAdvice()
{
    if (explainIsCurrent()) {
        // Each explained reply carries its what-to-do advice.
        m_explain->copyAsText();
    } else if (compareIsCurrent()) {
        m_compare->copyBothFixAdvice();
    } else {
        m_browse->detailPane()->copyFixAdvice();
    }
}

void ViewTabs::copyAsText()
{
    if (explainIsCurrent()) {
        m_explain->copyAsText();
    } else if (compareIsCurrent()) {
        m_compare->copyAsText();
    } else {
        m_browse->detailPane()->copyEntryAsText();
    }
}

void ViewTabs::copyAsMarkdown()
{
    if (explainIsCurrent()) {
        m_explain->copyAsMarkdown();
    } else if (compareIsCurrent()) {
        m_compare->copyAsMarkdown();
    } else {
        m_browse->detailPane()->copyEntryAsMarkdown();
    }
}

} // namespace SmtpCodes
