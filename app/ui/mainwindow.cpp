// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "browseview.h"
#include "codefilterproxymodel.h"
#include "codelistmodel.h"
#include "detailpane.h"
#include "knowledgebase.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
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
    , m_matchCount(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("SMTP Codes"));
    m_tabs->setObjectName(u"tabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_browse, tr("&Browse"));
    setCentralWidget(m_tabs);
    m_matchCount->setObjectName(u"matchCount"_s);
    statusBar()->addPermanentWidget(m_matchCount);
    connect(m_browse, &BrowseView::matchCountChanged, this, &MainWindow::updateMatchCount);
    createActions();
    updateMatchCount(m_browse->proxyModel()->rowCount(), m_model->rowCount());
    resize(1100, 720);
    m_browse->focusSearch();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *copyFix
        = editMenu->addAction(tr("Copy fi&x advice"), m_browse->detailPane(), &DetailPane::copyFixAdvice);
    copyFix->setObjectName(u"copyFixAction"_s);
    copyFix->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *copyEntry = editMenu->addAction(
        tr("Copy &entry as text"), m_browse->detailPane(), &DetailPane::copyEntryAsText);
    copyEntry->setObjectName(u"copyEntryAction"_s);
    copyEntry->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    QAction *copyMarkdown = editMenu->addAction(
        tr("Copy entry as &Markdown"), m_browse->detailPane(), &DetailPane::copyEntryAsMarkdown);
    copyMarkdown->setObjectName(u"copyMarkdownAction"_s);
    copyMarkdown->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    editMenu->addSeparator();
    QAction *find = editMenu->addAction(tr("&Find"), m_browse, &BrowseView::focusSearch);
    find->setObjectName(u"findAction"_s);
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence::Find});

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
    m_browse->saveSettings(settings);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_browse->restoreSettings(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace SmtpCodes
