// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appearance.h"
#include "browseview.h"
#include "codefilterproxymodel.h"
#include "codelistmodel.h"
#include "compareview.h"
#include "comparisonbuilder.h"
#include "detailpane.h"
#include "documentprinter.h"
#include "explainview.h"
#include "favouritesmodel.h"
#include "knowledgebase.h"
#include "noticebar.h"
#include "settingsrecovery.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMouseEvent>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
// Long enough to pass over codes while typing or holding an arrow key, short enough that a
// code read for a moment is in the history.
constexpr int settleMilliseconds = 700;
constexpr int messageMilliseconds = 8000;
// The toolbar uses the app's own SVG icons, not the desktop theme's: they look the same
// everywhere, and an icon-theme search costs a tenth of a start.

} // namespace

MainWindow::MainWindow(const KnowledgeBase *base, QWidget *parent, const QString &favouritesFile)
    : QMainWindow(parent)
    , m_model(new CodeListModel(base, this))
    , m_favourites(new FavouritesModel(
          base, favouritesFile.isEmpty() ? FavouritesStore::defaultFilePath() : favouritesFile, this))
    , m_tabs(new QTabWidget(this))
    , m_browse(new BrowseView(m_model, m_tabs))
    , m_compare(new CompareView(m_model, m_tabs))
    , m_explain(new ExplainView(m_model, m_tabs))
    , m_matchCount(new QLabel(this))
    , m_notice(new NoticeBar(this))
    , m_visitTimer(new QTimer(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("SMTP Codes"));
    m_tabs->setObjectName(u"tabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_browse, tr("&Browse"));
    m_tabs->addTab(m_compare, tr("&Compare"));
    m_tabs->addTab(m_explain, tr("E&xplain"));
    m_tabs->setTabToolTip(0, tr("Search and read the codes (Ctrl+1)"));
    m_tabs->setTabToolTip(1, tr("Two codes side by side (Ctrl+2)"));
    m_tabs->setTabToolTip(2, tr("Explain pasted replies, bounces and logs (Ctrl+3)"));
    m_tabs->setAccessibleName(tr("Views"));
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_notice);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    m_matchCount->setObjectName(u"matchCount"_s);
    m_matchCount->setAccessibleName(tr("Matching codes"));
    statusBar()->addPermanentWidget(m_matchCount);
    m_visitTimer->setSingleShot(true);
    m_visitTimer->setInterval(settleMilliseconds);
    connect(m_visitTimer, &QTimer::timeout, this, &MainWindow::recordVisit);

    connect(m_browse, &BrowseView::matchCountChanged, this, &MainWindow::updateMatchCount);
    connect(m_browse, &BrowseView::compareRequested, this, &MainWindow::showComparison);
    connect(m_browse, &BrowseView::codeShown, this, &MainWindow::scheduleVisit);
    connect(m_compare, &CompareView::codeActivated, this, &MainWindow::showCode);
    connect(m_compare, &CompareView::comparisonShown, this, &MainWindow::scheduleVisit);
    connect(m_explain, &ExplainView::codeActivated, this, &MainWindow::showCode);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        // The compare tab never opens empty: it starts on the selected code and its partner.
        if (compareIsCurrent() && m_compare->leftCode().isEmpty() && m_compare->rightCode().isEmpty()) {
            compareSelection();
        }
        scheduleVisit();
    });
    connect(m_favourites, &FavouritesModel::problemOccurred, this,
        [this](const QString &message) { statusBar()->showMessage(message, 3 * messageMilliseconds); });
    connect(m_favourites, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateNavigationActions);
    connect(m_favourites, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateNavigationActions);
    connect(m_favourites, &QAbstractItemModel::modelReset, this, &MainWindow::updateNavigationActions);

    createActions();
    createFavouritesDock();
    m_favourites->reload();
    updateMatchCount(m_browse->proxyModel()->rowCount(), m_model->rowCount());
    // A first start fills most of a small screen and stays moderate on a large one.
    const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
    resize(std::min(1100, available.width()), std::min(720, available.height()));
    m_browse->focusSearch();
    recordVisit();
    // Mouse back and forward buttons work wherever the pointer is in the window.
    qApp->installEventFilter(this);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    // The views read the knowledge base this window may own (m_loaded), which goes before the
    // base class deletes its children: so the views go first.
    delete m_favouritesDock;
    delete takeCentralWidget();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *printAction
        = fileMenu->addAction(QIcon(u":/icons/print.svg"_s), tr("&Print\u2026"), this, &MainWindow::print);
    printAction->setObjectName(u"printAction"_s);
    printAction->setShortcut(QKeySequence::Print);
    printAction->setToolTip(tr("Print the entry, comparison or explanation on screen"));
    QAction *preview = fileMenu->addAction(tr("Print pre&view\u2026"), this, &MainWindow::printPreview);
    preview->setObjectName(u"printPreviewAction"_s);
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *pdf = fileMenu->addAction(tr("&Export as PDF\u2026"), this, &MainWindow::exportPdfInteractively);
    pdf->setObjectName(u"exportPdfAction"_s);
    pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    fileMenu->addSeparator();
    m_reloadAction
        = fileMenu->addAction(tr("&Reload knowledge base"), this, &MainWindow::reloadKnowledgeBase);
    m_reloadAction->setObjectName(u"reloadAction"_s);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setToolTip(tr("Read the built-in data and your local overlay files again"));
    m_reloadAction->setEnabled(false);
    QAction *overlayFolder
        = fileMenu->addAction(tr("Open &local knowledge folder"), this, &MainWindow::openOverlayFolder);
    overlayFolder->setObjectName(u"openOverlayFolderAction"_s);
    fileMenu->addSeparator();
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

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    m_backAction = goMenu->addAction(QIcon(u":/icons/go-back.svg"_s), tr("&Back"), this, &MainWindow::goBack);
    m_backAction->setObjectName(u"backAction"_s);
    // Not QKeySequence::Back: on some desktops it includes Backspace, which edits the search.
    m_backAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)});
    m_backAction->setToolTip(tr("Back to the previous entry or comparison (Alt+Left)"));
    m_forwardAction
        = goMenu->addAction(QIcon(u":/icons/go-forward.svg"_s), tr("&Forward"), this, &MainWindow::goForward);
    m_forwardAction->setObjectName(u"forwardAction"_s);
    m_forwardAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward)});
    m_forwardAction->setToolTip(tr("Forward again (Alt+Right)"));
    goMenu->addSeparator();
    QAction *browse = goMenu->addAction(tr("&Browse"), this, [this] { m_tabs->setCurrentWidget(m_browse); });
    browse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *compare = goMenu->addAction(tr("&Compare"), this, &MainWindow::showCompareTab);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *explain = goMenu->addAction(tr("E&xplain"), this, [this] {
        m_tabs->setCurrentWidget(m_explain);
        m_explain->focusPasteArea();
    });
    explain->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *pasteExplain = goMenu->addAction(tr("&Paste and explain"), this, [this] {
        m_tabs->setCurrentWidget(m_explain);
        m_explain->pasteAndExplain();
    });
    pasteExplain->setObjectName(u"pasteAndExplainAction"_s);
    pasteExplain->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    goMenu->addSeparator();
    QAction *compareSelected = goMenu->addAction(
        QIcon(u":/icons/compare.svg"_s), tr("Compare &selected codes"), this, &MainWindow::compareSelection);
    compareSelected->setObjectName(u"compareAction"_s);
    compareSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    compareSelected->setToolTip(
        tr("Compare the two selected codes, or the selected code and its usual partner (Ctrl+D)"));
    QAction *swap = goMenu->addAction(tr("S&wap compared codes"), this, [this] {
        showCompareTab();
        m_compare->swap();
    });
    swap->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));

    QMenu *favouritesMenu = menuBar()->addMenu(tr("F&avourites"));
    m_favouriteAction = favouritesMenu->addAction(tr("&Star this page"), this, &MainWindow::toggleFavourite);
    m_favouriteAction->setObjectName(u"favouriteAction"_s);
    m_favouriteAction->setCheckable(true);
    m_favouriteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    QIcon star(u":/icons/favourite.svg"_s);
    star.addFile(u":/icons/favourite-on.svg"_s, {}, QIcon::Normal, QIcon::On);
    m_favouriteAction->setIcon(star);
    // Filled in by createFavouritesDock(), which owns the list.
    favouritesMenu->setObjectName(u"favouritesMenu"_s);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(u"viewMenu"_s);
    createAppearanceMenu(viewMenu);

    // Ctrl+C on the list copies the selected entry; elsewhere it keeps copying selected text.
    auto *copyFromList = new QAction(tr("Copy entry"), m_browse->listView());
    copyFromList->setShortcut(QKeySequence::Copy);
    copyFromList->setShortcutContext(Qt::WidgetShortcut);
    connect(copyFromList, &QAction::triggered, m_browse->detailPane(), &DetailPane::copyEntryAsText);
    m_browse->listView()->addAction(copyFromList);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About SMTP Codes"), this, &MainWindow::showAbout);

    QToolBar *toolBar = addToolBar(tr("Navigation"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->addAction(m_backAction);
    toolBar->addAction(m_forwardAction);
    toolBar->addAction(m_favouriteAction);
    toolBar->addSeparator();
    toolBar->addAction(compareSelected);
    toolBar->addAction(printAction);
    updateNavigationActions();
}

void MainWindow::createFavouritesDock()
{
    m_favouritesDock = new QDockWidget(tr("Favourites"), this);
    m_favouritesDock->setObjectName(u"favouritesDock"_s);
    m_favouritesDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_favouritesList = new QListView(m_favouritesDock);
    m_favouritesList->setObjectName(u"favouritesList"_s);
    m_favouritesList->setAccessibleName(tr("Favourites"));
    m_favouritesList->setAccessibleDescription(
        tr("Starred entries and comparisons; Enter opens, Delete removes"));
    m_favouritesList->setModel(m_favourites);
    m_favouritesList->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_favouritesDock->setWidget(m_favouritesList);
    addDockWidget(Qt::LeftDockWidgetArea, m_favouritesDock);
    m_favouritesDock->hide();
    connect(m_favouritesList, &QAbstractItemView::activated, this, &MainWindow::openFavourite);

    auto *open = new QAction(tr("&Open"), m_favouritesList);
    connect(open, &QAction::triggered, this, [this] { openFavourite(m_favouritesList->currentIndex()); });
    auto *remove = new QAction(tr("&Remove from favourites"), m_favouritesList);
    remove->setObjectName(u"removeFavouriteAction"_s);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &MainWindow::removeSelectedFavourite);
    m_favouritesList->addActions({open, remove});

    auto *menu = menuBar()->findChild<QMenu *>(u"favouritesMenu"_s);
    QAction *toggle = m_favouritesDock->toggleViewAction();
    toggle->setText(tr("Show &favourites list"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    toggle->setObjectName(u"showFavouritesAction"_s);
    menu->addAction(toggle);
    if (auto *viewMenu = menuBar()->findChild<QMenu *>(u"viewMenu"_s)) {
        viewMenu->addAction(toggle);
    }
    connect(toggle, &QAction::triggered, this, [this](bool shown) {
        if (shown) {
            m_favouritesList->setFocus(Qt::ShortcutFocusReason);
        }
    });
    menu->addSeparator();
    // The menu lists the favourites themselves, so they are a keystroke away without the dock.
    connect(menu, &QMenu::aboutToShow, this, [this, menu] {
        const QList<QAction *> actions = menu->actions();
        for (qsizetype i = 3; i < actions.size(); ++i) {
            menu->removeAction(actions.at(i));
            actions.at(i)->deleteLater();
        }
        for (int row = 0; row < m_favourites->rowCount(); ++row) {
            const QModelIndex index = m_favourites->index(row);
            QString label = index.data().toString();
            label.replace(u'&', u"&&"_s);
            menu->addAction(label, this, [this, index] { openFavourite(index); });
        }
        if (m_favourites->rowCount() == 0) {
            menu->addAction(tr("No favourites yet: Ctrl+B stars the page on screen"))->setEnabled(false);
        }
    });
}

void MainWindow::createAppearanceMenu(QMenu *viewMenu)
{
    QMenu *appearance = viewMenu->addMenu(tr("&Appearance"));
    m_themeGroup = new QActionGroup(this);
    const std::pair<Appearance::Theme, QString> themes[] = {
        {Appearance::Theme::System, tr("Follow the &system")},
        {Appearance::Theme::Light, tr("&Light")},
        {Appearance::Theme::Dark, tr("&Dark")},
    };
    for (const auto &[theme, label] : themes) {
        QAction *action = appearance->addAction(label);
        action->setCheckable(true);
        action->setData(Appearance::id(theme));
        action->setObjectName(u"theme-"_s + Appearance::id(theme));
        action->setChecked(theme == Appearance::Theme::System);
        m_themeGroup->addAction(action);
    }
    connect(m_themeGroup, &QActionGroup::triggered, this,
        [](QAction *action) { Appearance::apply(Appearance::fromId(action->data().toString())); });
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SMTP Codes"), aboutText());
}

QString MainWindow::aboutText() const
{
    const KnowledgeBase *base = m_model->knowledgeBase();
    const KnowledgeBaseInfo &info = base->info();
    return tr(
        "<h3>SMTP Codes %1</h3>"
        "<p>An offline reference of SMTP reply codes and enhanced status codes.</p>"
        "<p>Knowledge base %2 with %3 entries; enhanced codes compared with the IANA registry on %4 "
        "(registry revision of %5).</p><p>Built with Qt %6, running on Qt %7.</p>"
        "<p>Licensed under the GNU General Public License, version 3 or later. There is no warranty.</p>")
        .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), info.version.toHtmlEscaped(),
            QString::number(base->entries().size()), info.ianaRegistryChecked.toHtmlEscaped(),
            info.ianaRegistryUpdated.toHtmlEscaped(), QStringLiteral(QT_VERSION_STR),
            QString::fromLatin1(qVersion()));
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
        const QString partner = ComparisonBuilder(*m_model->knowledgeBase()).curatedPartner(codes.first());
        codes = partner.isEmpty() ? QStringList {} : QStringList {m_browse->currentCode(), partner};
    }
    if (codes.size() != 2) {
        codes = {u"250"_s, u"251"_s};
    }
    showComparison(codes.at(0), codes.at(1));
}

bool MainWindow::showComparison(const QString &left, const QString &right)
{
    // Compared before the tab opens, or the tab would first open on its default pair.
    const bool shown = m_compare->compare(left, right);
    m_tabs->setCurrentWidget(m_compare);
    recordVisit();
    return shown;
}

void MainWindow::openArguments(const QStringList &codes)
{
    if (codes.size() >= 2) {
        showComparison(codes.at(0), codes.at(1));
        if (codes.size() > 2) {
            statusBar()->showMessage(
                tr("Only two codes can be compared; ignored: %1").arg(codes.mid(2).join(u' ')),
                messageMilliseconds);
        }
    } else if (codes.size() == 1) {
        showCode(codes.first());
    }
}

void MainWindow::activateWithArguments(const QStringList &codes)
{
    openArguments(codes);
    if (isMinimized()) {
        showNormal();
    }
    show();
    raise();
    activateWindow();
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
        statusBar()->showMessage(tr("No entry for \u201c%1\u201d").arg(code), messageMilliseconds);
    }
    recordVisit();
    return found;
}

Location MainWindow::currentLocation() const
{
    if (compareIsCurrent()) {
        return m_compare->hasComparison()
            ? Location::comparison(m_compare->leftCode(), m_compare->rightCode())
            : Location {};
    }
    if (m_tabs->currentWidget() == m_browse && !m_browse->currentCode().isEmpty()) {
        return Location::entry(m_browse->currentCode());
    }
    return {};
}

void MainWindow::scheduleVisit()
{
    if (!m_navigating) {
        m_visitTimer->start();
    }
    updateNavigationActions();
}

void MainWindow::recordVisit()
{
    m_visitTimer->stop();
    if (!m_navigating) {
        m_history.visit(currentLocation());
    }
    updateNavigationActions();
}

void MainWindow::goBack()
{
    // A place still settling counts as visited, so Back returns to what was before it.
    if (m_visitTimer->isActive()) {
        recordVisit();
    }
    navigateTo(m_history.back());
}

void MainWindow::goForward()
{
    if (m_visitTimer->isActive()) {
        recordVisit();
    }
    navigateTo(m_history.forward());
}

void MainWindow::navigateTo(const Location &place)
{
    if (!place.isValid()) {
        return;
    }
    m_navigating = true;
    if (place.kind == Location::Kind::Comparison) {
        m_compare->compare(place.first, place.second);
        m_tabs->setCurrentWidget(m_compare);
    } else {
        m_tabs->setCurrentWidget(m_browse);
        if (!m_browse->showCode(place.first)) {
            statusBar()->showMessage(tr("No entry for \u201c%1\u201d").arg(place.first), messageMilliseconds);
        }
    }
    m_visitTimer->stop();
    m_navigating = false;
    updateNavigationActions();
}

void MainWindow::updateNavigationActions()
{
    if (!m_backAction) {
        return;
    }
    m_backAction->setEnabled(m_history.canGoBack() || m_visitTimer->isActive());
    m_forwardAction->setEnabled(m_history.canGoForward() && !m_visitTimer->isActive());
    const Location here = currentLocation();
    const bool starred = m_favourites->contains(here);
    m_favouriteAction->setEnabled(here.isValid());
    m_favouriteAction->setChecked(starred);
    m_favouriteAction->setText(starred ? tr("Un&star this page") : tr("&Star this page"));
    m_favouriteAction->setToolTip(starred ? tr("Remove %1 from the favourites (Ctrl+B)").arg(here.label())
                                          : tr("Add what is on screen to the favourites (Ctrl+B)"));
}

void MainWindow::toggleFavourite()
{
    const Location here = currentLocation();
    if (!here.isValid()) {
        updateNavigationActions();
        return;
    }
    const bool starred = m_favourites->toggle(here);
    if (starred && m_favouritesDock->isHidden()) {
        statusBar()->showMessage(
            tr("%1 added to the favourites; Ctrl+Shift+B shows the list").arg(here.label()),
            messageMilliseconds);
    } else if (!starred) {
        statusBar()->showMessage(tr("%1 removed from the favourites").arg(here.label()), messageMilliseconds);
    }
    updateNavigationActions();
}

void MainWindow::openFavourite(const QModelIndex &index)
{
    const Location place = m_favourites->location(index);
    if (place.kind == Location::Kind::Comparison) {
        showComparison(place.first, place.second);
    } else if (place.isValid()) {
        showCode(place.first);
    }
}

void MainWindow::removeSelectedFavourite()
{
    const QModelIndex index = m_favouritesList->currentIndex();
    m_favourites->remove(m_favourites->location(index));
}

MainWindow::PrintableDocument MainWindow::currentDocument() const
{
    if (m_tabs->currentWidget() == m_explain) {
        return {m_explain->printableHtml(), m_explain->documentTitle()};
    }
    if (compareIsCurrent()) {
        return {m_compare->printableHtml(), m_compare->documentTitle()};
    }
    return {m_browse->detailPane()->printableHtml(), m_browse->detailPane()->documentTitle()};
}

void MainWindow::print()
{
    const PrintableDocument document = currentDocument();
    if (document.html.isEmpty()) {
        statusBar()->showMessage(
            tr("Nothing to print: choose an entry, a comparison or explain a paste first."),
            messageMilliseconds);
        return;
    }
    DocumentPrinter(document.html, document.title).showPrintDialog(this);
}

void MainWindow::printPreview()
{
    const PrintableDocument document = currentDocument();
    if (document.html.isEmpty()) {
        statusBar()->showMessage(
            tr("Nothing to print: choose an entry, a comparison or explain a paste first."),
            messageMilliseconds);
        return;
    }
    DocumentPrinter(document.html, document.title).showPreviewDialog(this);
}

bool MainWindow::exportPdf(const QString &fileName)
{
    const PrintableDocument document = currentDocument();
    if (document.html.isEmpty()) {
        statusBar()->showMessage(
            tr("Nothing to export: choose an entry, a comparison or explain a paste first."),
            messageMilliseconds);
        return false;
    }
    QString error;
    if (!DocumentPrinter(document.html, document.title).exportPdf(fileName, &error)) {
        statusBar()->showMessage(error, messageMilliseconds);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(fileName)), messageMilliseconds);
    return true;
}

void MainWindow::exportPdfInteractively()
{
    const Location here = currentLocation();
    QString name
        = here.isValid() ? u"smtp-"_s + here.label().replace(u" vs "_s, u"-vs-"_s) : u"smtp-explained"_s;
    name.replace(u'/', u'-');
    const QString directory = QSettings()
                                  .value(u"export/directory"_s,
                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .toString();
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export as PDF"), directory + u'/' + name + u".pdf"_s, tr("PDF documents (*.pdf)"));
    if (fileName.isEmpty()) {
        return;
    }
    if (exportPdf(fileName)) {
        QSettings().setValue(u"export/directory"_s, QFileInfo(fileName).absolutePath());
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        auto *widget = qobject_cast<QWidget *>(watched);
        const auto button = static_cast<QMouseEvent *>(event)->button();
        if (widget && widget->window() == this && (button == Qt::BackButton || button == Qt::ForwardButton)) {
            button == Qt::BackButton ? goBack() : goForward();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::adoptKnowledgeBase(
    std::unique_ptr<LoadedKnowledgeBase> loaded, const KnowledgeBaseSources &sources)
{
    m_sources = sources;
    m_reloadAction->setEnabled(true);
    if (m_model->knowledgeBase() != &loaded->base) {
        m_model->setKnowledgeBase(&loaded->base);
        m_favourites->setKnowledgeBase(&loaded->base);
    }
    m_loaded = std::move(loaded);
    reportLoadProblems(*m_loaded);
}

void MainWindow::reloadKnowledgeBase()
{
    if (!m_sources) {
        return;
    }
    const Location here = currentLocation();
    auto fresh = std::make_unique<LoadedKnowledgeBase>(m_sources->load());
    // The views move to the new data (and drop every pointer into the old) before it goes.
    m_model->setKnowledgeBase(&fresh->base);
    m_favourites->setKnowledgeBase(&fresh->base);
    m_loaded = std::move(fresh);
    // Reading on after fixing a file: the reload must not move the user elsewhere.
    if (here.isValid()) {
        navigateTo(here);
    }
    reportLoadProblems(*m_loaded);
    if (m_loaded->problems.isEmpty()) {
        m_notice->hide();
        statusBar()->showMessage(
            tr("Knowledge base reloaded: %n entries", nullptr, int(m_loaded->base.entries().size())),
            messageMilliseconds);
    }
}

void MainWindow::reportLoadProblems(const LoadedKnowledgeBase &loaded)
{
    if (loaded.problems.isEmpty()) {
        return;
    }
    QStringList details;
    QStringList files;
    for (const LoadProblem &problem : loaded.problems) {
        details.append(problem.toString());
        if (!files.contains(problem.file)) {
            files.append(problem.file);
        }
    }
    m_notice->showNotice(tr("%n problem(s) in your local knowledge base (%1) were left out; the built-in "
                            "data and the valid parts are in use. Fix the file and press F5 to reload.",
                             nullptr, int(loaded.problems.size()))
                             .arg(files.join(u", "_s)),
        details);
}

void MainWindow::openOverlayFolder()
{
    const QString directory
        = m_sources ? m_sources->overlayDirectory() : KnowledgeBaseSources::defaultOverlayDirectory();
    if (!QDir().mkpath(directory)) {
        statusBar()->showMessage(
            tr("%1 could not be created.").arg(QDir::toNativeSeparators(directory)), messageMilliseconds);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(directory))) {
        statusBar()->showMessage(
            tr("Local knowledge files go in %1").arg(QDir::toNativeSeparators(directory)),
            3 * messageMilliseconds);
    }
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
    if (QAction *theme = m_themeGroup->checkedAction()) {
        settings.setValue(u"appearance/theme"_s, theme->data());
    }
    m_browse->saveSettings(settings);
}

void MainWindow::restoreSettings()
{
    const SettingsRecovery::Result recovery = SettingsRecovery::checkDefaultSettings();
    if (!recovery.problem.isEmpty()) {
        m_notice->showNotice(recovery.problem, {});
    }
    const QSettings settings;
    const QString theme
        = Appearance::id(Appearance::fromId(settings.value(u"appearance/theme"_s).toString()));
    for (QAction *action : m_themeGroup->actions()) {
        if (action->data().toString() == theme) {
            action->setChecked(true);
        }
    }
    if (theme != Appearance::id(Appearance::Theme::System)) {
        Appearance::apply(Appearance::fromId(theme));
    }
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_navigating = true;
    m_browse->restoreSettings(settings);
    const QStringList compared = settings.value(u"compare/codes"_s).toStringList();
    if (compared.size() == 2) {
        m_compare->compare(compared.at(0), compared.at(1));
    }
    if (settings.value(u"window/compareTab"_s, false).toBool()) {
        m_tabs->setCurrentWidget(m_compare);
    }
    m_navigating = false;
    // The restored place starts the history afresh.
    m_history.clear();
    recordVisit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

} // namespace SmtpCodes
