// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "browseview.h"
#include "codefilterproxymodel.h"
#include "codelistmodel.h"
#include "compareview.h"
#include "comparisonbuilder.h"
#include "detailpane.h"
#include "explainview.h"
#include "knowledgebase.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

MainWindow::MainWindow(const KnowledgeBase *base, QWidget *parent)
    : QMainWindow(parent)
    , m_base(base)
    , m_model(new CodeListModel(base, this))
    , m_tabs(new QTabWidget(this))
    , m_browse(new BrowseView(m_model, m_tabs))
    , m_compare(new CompareView(m_model, m_tabs))
    , m_explain(new ExplainView(m_model, m_tabs))
    , m_matchCount(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("SMTP Codes"));
    m_tabs->setObjectName(u"tabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_browse, tr("&Browse"));
    m_tabs->addTab(m_compare, tr("&Compare"));
    m_tabs->addTab(m_explain, tr("E&xplain"));
    setCentralWidget(m_tabs);
    m_matchCount->setObjectName(u"matchCount"_s);
    statusBar()->addPermanentWidget(m_matchCount);
    connect(m_browse, &BrowseView::matchCountChanged, this, &MainWindow::updateMatchCount);
    connect(m_browse, &BrowseView::compareRequested, this, &MainWindow::showComparison);
    connect(m_compare, &CompareView::codeActivated, this, &MainWindow::showCode);
    connect(m_explain, &ExplainView::codeActivated, this, &MainWindow::showCode);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        // The compare tab never opens empty: it starts on the selected code and its partner.
        if (compareIsCurrent() && !m_compare->hasComparison()) {
            compareSelection();
        }
    });
    createActions();
    updateMatchCount(m_browse->proxyModel()->rowCount(), m_model->rowCount());
    // A first start fills most of a small screen and stays moderate on a large one.
    const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
    resize(std::min(1100, available.width()), std::min(720, available.height()));
    m_browse->focusSearch();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *copyFix = editMenu->addAction(tr("Copy fi&x advice"), this, &MainWindow::copyFixAdvice);
    copyFix->setObjectName(u"copyFixAction"_s);
    copyFix->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *copyText = editMenu->addAction(tr("Copy as &text"), this, &MainWindow::copyAsText);
    copyText->setObjectName(u"copyTextAction"_s);
    copyText->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    QAction *copyMarkdown = editMenu->addAction(tr("Copy as &Markdown"), this, &MainWindow::copyAsMarkdown);
    copyMarkdown->setObjectName(u"copyMarkdownAction"_s);
    copyMarkdown->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    editMenu->addSeparator();
    QAction *find = editMenu->addAction(tr("&Find"), m_browse, [this] {
        m_tabs->setCurrentWidget(m_browse);
        m_browse->focusSearch();
    });
    find->setObjectName(u"findAction"_s);
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence::Find});

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *browse
        = viewMenu->addAction(tr("&Browse"), this, [this] { m_tabs->setCurrentWidget(m_browse); });
    browse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *compare = viewMenu->addAction(tr("&Compare"), this, &MainWindow::showCompareTab);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *explain = viewMenu->addAction(tr("E&xplain"), this, [this] {
        m_tabs->setCurrentWidget(m_explain);
        m_explain->focusPasteArea();
    });
    explain->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *pasteExplain = viewMenu->addAction(tr("&Paste and explain"), this, [this] {
        m_tabs->setCurrentWidget(m_explain);
        m_explain->pasteAndExplain();
    });
    pasteExplain->setObjectName(u"pasteAndExplainAction"_s);
    pasteExplain->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    viewMenu->addSeparator();
    QAction *compareSelected
        = viewMenu->addAction(tr("Compare &selected codes"), this, &MainWindow::compareSelection);
    compareSelected->setObjectName(u"compareAction"_s);
    compareSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *swap = viewMenu->addAction(tr("S&wap compared codes"), this, [this] {
        showCompareTab();
        m_compare->swap();
    });
    swap->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));

    // Ctrl+C on the list copies the selected entry; elsewhere it keeps copying selected text.
    auto *copyFromList = new QAction(tr("Copy entry"), m_browse->listView());
    copyFromList->setShortcut(QKeySequence::Copy);
    copyFromList->setShortcutContext(Qt::WidgetShortcut);
    connect(copyFromList, &QAction::triggered, m_browse->detailPane(), &DetailPane::copyEntryAsText);
    m_browse->listView()->addAction(copyFromList);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About SMTP Codes"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    const KnowledgeBaseInfo &info = m_base->info();
    QMessageBox::about(this, tr("About SMTP Codes"),
        tr("<h3>SMTP Codes %1</h3>"
           "<p>An offline reference of SMTP reply codes and enhanced status codes.</p>"
           "<p>Knowledge base %2; enhanced codes compared with the IANA registry on %3 (registry revision of "
           "%4).</p><p>Built with Qt %5. Licensed under the GNU GPL, version 3 or later.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), info.version.toHtmlEscaped(),
                info.ianaRegistryChecked.toHtmlEscaped(), info.ianaRegistryUpdated.toHtmlEscaped(),
                QString::fromLatin1(qVersion())));
}

void MainWindow::updateMatchCount(int shown, int total)
{
    m_matchCount->setText(shown == total ? tr("%n codes", nullptr, total)
                                         : tr("%1 of %n codes match", nullptr, total).arg(shown));
}

bool MainWindow::compareIsCurrent() const
{
    return m_tabs->currentWidget() == m_compare;
}

void MainWindow::showCompareTab()
{
    m_tabs->setCurrentWidget(m_compare);
    m_compare->focusLeftPicker();
}

void MainWindow::compareSelection()
{
    QStringList codes = m_browse->selectedCodes();
    if (codes.size() == 1) {
        const QString partner = ComparisonBuilder(*m_base).curatedPartner(codes.first());
        codes = partner.isEmpty() ? QStringList {} : QStringList {m_browse->currentCode(), partner};
    }
    if (codes.size() != 2) {
        codes = {u"250"_s, u"251"_s};
    }
    showComparison(codes.at(0), codes.at(1));
}

bool MainWindow::showComparison(const QString &left, const QString &right)
{
    m_tabs->setCurrentWidget(m_compare);
    return m_compare->compare(left, right);
}

void MainWindow::openArguments(const QStringList &codes)
{
    if (codes.size() >= 2) {
        showComparison(codes.at(0), codes.at(1));
        if (codes.size() > 2) {
            statusBar()->showMessage(
                tr("Only two codes can be compared; ignored: %1").arg(codes.mid(2).join(u' ')), 8000);
        }
    } else if (codes.size() == 1) {
        showCode(codes.first());
    }
}

void MainWindow::copyFixAdvice()
{
    if (m_tabs->currentWidget() == m_explain) {
        // Each explained reply carries its what-to-do advice.
        m_explain->copyAsText();
    } else if (compareIsCurrent()) {
        m_compare->copyBothFixAdvice();
    } else {
        m_browse->detailPane()->copyFixAdvice();
    }
}

void MainWindow::copyAsText()
{
    if (m_tabs->currentWidget() == m_explain) {
        m_explain->copyAsText();
    } else if (compareIsCurrent()) {
        m_compare->copyAsText();
    } else {
        m_browse->detailPane()->copyEntryAsText();
    }
}

void MainWindow::copyAsMarkdown()
{
    if (m_tabs->currentWidget() == m_explain) {
        m_explain->copyAsMarkdown();
    } else if (compareIsCurrent()) {
        m_compare->copyAsMarkdown();
    } else {
        m_browse->detailPane()->copyEntryAsMarkdown();
    }
}

bool MainWindow::showCode(const QString &code)
{
    m_tabs->setCurrentWidget(m_browse);
    const bool found = m_browse->showCode(code);
    if (!found) {
        statusBar()->showMessage(tr("No entry for \u201c%1\u201d").arg(code), 8000);
    }
    return found;
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/compareTab"_s, compareIsCurrent());
    if (m_compare->hasComparison()) {
        settings.setValue(u"compare/codes"_s, QStringList {m_compare->leftCode(), m_compare->rightCode()});
    }
    m_browse->saveSettings(settings);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_browse->restoreSettings(settings);
    const QStringList compared = settings.value(u"compare/codes"_s).toStringList();
    if (compared.size() == 2) {
        m_compare->compare(compared.at(0), compared.at(1));
    }
    if (settings.value(u"window/compareTab"_s, false).toBool()) {
        m_tabs->setCurrentWidget(m_compare);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace SmtpCodes
