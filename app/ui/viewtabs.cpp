// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewtabs.h"

#include "browseview.h"
#include "compareview.h"
#include "detailpane.h"
#include "explainresults.h"
#include "explainview.h"
#include "summaryexport.h"

#include <QAction>
#include <QSignalBlocker>
#include <QTabBar>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
// Where the focus goes when it moves onto a page: its first control, as Tab would take it.
void focusFirstChild(QWidget *page)
{
    QWidget *next = page->nextInFocusChain();
    while (next != page
        && !(page->isAncestorOf(next) && (next->focusPolicy() & Qt::TabFocus) && next->isVisibleTo(page)
            && next->isEnabled())) {
        next = next->nextInFocusChain();
    }
    next->setFocus(Qt::TabFocusReason);
}
} // namespace

ViewTabs::ViewTabs(CodeListModel *model, QWidget *parent)
    : QTabWidget(parent)
    , m_model(model)
    , m_browse(new BrowseView(model, this))
    , m_summaryExport(new SummaryExport([this] { return m_explain ? m_explain->summary() : nullptr; }, this))
    , m_toggleSummary(ExplainResults::createToggleAction(this))
{
    setObjectName(u"tabs"_s);
    setDocumentMode(true);
    addTab(m_browse, tr("&Browse"));
    addTab(new QWidget(this), tr("&Compare"));
    addTab(new QWidget(this), tr("E&xplain"));
    setTabToolTip(BrowseTab, tr("Search and read the codes (Ctrl+1)"));
    setTabToolTip(CompareTab, tr("Two codes side by side (Ctrl+2)"));
    setTabToolTip(ExplainTab, tr("Explain pasted replies, bounces and logs (Ctrl+3)"));
    setAccessibleName(tr("Views"));
    // First of the tabs' listeners: a tab opened by a click or a key has its view before the
    // others hear of it.
    connect(this, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == CompareTab) {
            compareView();
        } else if (tab == ExplainTab) {
            explainView();
        }
    });
    // The switch works in the explain view; from elsewhere it brings the view to the front.
    connect(m_toggleSummary, &QAction::triggered, this, [this] {
        ExplainView *explain = explainView();
        explain->toggleSummary();
        setCurrentWidget(explain);
    });
}

CompareView *ViewTabs::compareView()
{
    if (!m_compare) {
        m_compare = new CompareView(m_model, this);
        if (m_restoredComparison.size() == 2) {
            m_compare->compare(m_restoredComparison.at(0), m_restoredComparison.at(1));
        }
        install(CompareTab, m_compare);
        Q_EMIT compareViewBuilt(m_compare);
    }
    return m_compare;
}

ExplainView *ViewTabs::explainView()
{
    if (!m_explain) {
        m_explain = new ExplainView(m_model, m_summaryExport, m_toggleSummary, this);
        install(ExplainTab, m_explain);
        Q_EMIT explainViewBuilt(m_explain);
    }
    return m_explain;
}

void ViewTabs::install(int tab, QWidget *view)
{
    QWidget *placeholder = widget(tab);
    const bool current = currentIndex() == tab;
    // A tab opened from the keyboard may leave the focus on the empty page; the view takes it.
    const bool focused = placeholder->hasFocus();
    const QString text = tabText(tab);
    const QString toolTip = tabToolTip(tab);
    {
        // The same tab stays: nobody hears of the page changing under it.
        const QSignalBlocker blockTabs(this);
        const QSignalBlocker blockBar(tabBar());
        removeTab(tab);
        insertTab(tab, view, text);
        setTabToolTip(tab, toolTip);
    }
    if (current) {
        // Through the tab bar, which brings the page in front.
        const QSignalBlocker blockTabs(this);
        tabBar()->setCurrentIndex(tab);
    }
    if (focused) {
        focusFirstChild(view);
    }
    placeholder->deleteLater();
}

bool ViewTabs::compareIsCurrent() const
{
    return currentIndex() == CompareTab;
}

bool ViewTabs::explainIsCurrent() const
{
    return currentIndex() == ExplainTab;
}

void ViewTabs::restoreComparison(const QString &left, const QString &right)
{
    if (m_compare) {
        m_compare->compare(left, right);
    } else {
        m_restoredComparison = {left, right};
    }
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
    setCurrentWidget(compareView());
    m_compare->focusLeftPicker();
}

void ViewTabs::showExplain()
{
    setCurrentWidget(explainView());
    m_explain->focusPasteArea();
}

void ViewTabs::openFileInteractively()
{
    setCurrentWidget(explainView());
    m_explain->openFileInteractively();
}

void ViewTabs::openFolderInteractively()
{
    setCurrentWidget(explainView());
    m_explain->openFolderInteractively();
}

void ViewTabs::pasteAndExplain()
{
    setCurrentWidget(explainView());
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
        return m_compare && m_compare->hasComparison()
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
        return m_explain ? PrintCommands::Document {m_explain->printableHtml(), m_explain->documentTitle()}
                         : PrintCommands::Document {};
    }
    if (compareIsCurrent()) {
        return m_compare ? PrintCommands::Document {m_compare->printableHtml(), m_compare->documentTitle()}
                         : PrintCommands::Document {};
    }
    return {m_browse->detailPane()->printableHtml(), m_browse->detailPane()->documentTitle()};
}

void ViewTabs::copyFixAdvice()
{
    if (explainIsCurrent()) {
        // Each explained reply carries its what-to-do advice.
        explainView()->copyAsText();
    } else if (compareIsCurrent()) {
        compareView()->copyBothFixAdvice();
    } else {
        m_browse->detailPane()->copyFixAdvice();
    }
}

void ViewTabs::copyAsText()
{
    if (explainIsCurrent()) {
        explainView()->copyAsText();
    } else if (compareIsCurrent()) {
        compareView()->copyAsText();
    } else {
        m_browse->detailPane()->copyEntryAsText();
    }
}

void ViewTabs::copyAsMarkdown()
{
    if (explainIsCurrent()) {
        explainView()->copyAsMarkdown();
    } else if (compareIsCurrent()) {
        compareView()->copyAsMarkdown();
    } else {
        m_browse->detailPane()->copyEntryAsMarkdown();
    }
}

} // namespace SmtpCodes
