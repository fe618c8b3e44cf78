// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowactions.h"

#include "appearance.h"
#include "browseview.h"
#include "commandtexts.h"
#include "compareview.h"
#include "detailpane.h"
#include "explainview.h"
#include "knowledgebasereloader.h"
#include "mainwindow.h"
#include "printcommands.h"
#include "shortcutsdialog.h"
#include "summaryexport.h"
#include "textzoom.h"
#include "viewtabs.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>

#include <tuple>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

// The toolbar uses the app's own SVG icons, not the desktop theme's: they look the same
// everywhere, and an icon-theme search costs a tenth of a start.
WindowActions::WindowActions(MainWindow *window)
    : QObject(window)
{
    createFileMenu(window);
    createEditMenu(window);
    createGoMenu(window);
    createFavouritesMenu(window);
    createViewMenu(window);

    // Ctrl+C on the list copies the selected entry; elsewhere it keeps copying selected text.
    BrowseView *browse = window->browseView();
    auto *copyFromList = new QAction(CommandTexts::copyEntry(), browse->listView());
    copyFromList->setObjectName(u"copyFromListAction"_s);
    copyFromList->setShortcut(QKeySequence::Copy);
    copyFromList->setShortcutContext(Qt::WidgetShortcut);
    connect(copyFromList, &QAction::triggered, browse->detailPane(), &DetailPane::copyEntryAsText);
    browse->listView()->addAction(copyFromList);

    QMenu *helpMenu = window->menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = helpMenu->addAction(tr("&Keyboard shortcuts"), window, [window] {
        // The list names every shortcut, those of the views not opened yet too.
        window->compareView();
        window->explainView();
        window->favouritesDock();
        ShortcutsDialog::showFor(window);
    });
    shortcuts->setObjectName(u"shortcutsAction"_s);
    shortcuts->setShortcuts({QKeySequence::HelpContents, QKeySequence(Qt::CTRL | Qt::Key_Question)});
    helpMenu->addAction(tr("&About SMTP Codes"), window, &MainWindow::showAbout);
    createToolBar(window);
}

void WindowActions::createFileMenu(MainWindow *window)
{
    QMenu *fileMenu = window->menuBar()->addMenu(tr("&File"));
    QAction *open
        = fileMenu->addAction(CommandTexts::openFile(), window->viewTabs(), &ViewTabs::openFileInteractively);
    open->setObjectName(u"openFileAction"_s);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Explain a bounce (.eml), a mailbox (.mbox) or a log file"));
    QAction *openFolder = fileMenu->addAction(
        tr("Open fol&der\u2026"), window->viewTabs(), &ViewTabs::openFolderInteractively);
    openFolder->setObjectName(u"openFolderAction"_s);
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openFolder->setToolTip(tr("Summarise every bounce and log in a folder"));
    SummaryExport *summaryExport = window->viewTabs()->summaryExport();
    fileMenu->addAction(summaryExport->saveAction());
    fileMenu->addAction(summaryExport->saveHardBouncesAction());
    fileMenu->addSeparator();
    // The print commands are built when first used.
    m_print = fileMenu->addAction(QIcon(u":/icons/print.svg"_s), tr("&Print\u2026"), window,
        [window] { window->printCommands()->print(); });
    m_print->setObjectName(u"printAction"_s);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Print the entry, comparison or explanation on screen"));
    QAction *preview = fileMenu->addAction(
        tr("Print pre&view\u2026"), window, [window] { window->printCommands()->printPreview(); });
    preview->setObjectName(u"printPreviewAction"_s);
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *pdf
        = fileMenu->addAction(tr("&Export as PDF\u2026"), window, &MainWindow::exportPdfInteractively);
    pdf->setObjectName(u"exportPdfAction"_s);
    pdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    fileMenu->addSeparator();
    m_reload = fileMenu->addAction(tr("&Reload knowledge base"), window, &MainWindow::reloadKnowledgeBase);
    m_reload->setObjectName(u"reloadAction"_s);
    m_reload->setShortcut(QKeySequence::Refresh);
    m_reload->setToolTip(tr("Read the built-in data and your local overlay files again"));
    m_reload->setEnabled(false);
    QAction *overlayFolder = fileMenu->addAction(
        tr("Open &local knowledge folder"), window->reloader(), &KnowledgeBaseReloader::openOverlayFolder);
    overlayFolder->setObjectName(u"openOverlayFolderAction"_s);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void WindowActions::createEditMenu(MainWindow *window)
{
    QMenu *editMenu = window->menuBar()->addMenu(tr("&Edit"));
    QAction *copyFix
        = editMenu->addAction(CommandTexts::copyFixAdvice(), window->viewTabs(), &ViewTabs::copyFixAdvice);
    copyFix->setObjectName(u"copyFixAction"_s);
    copyFix->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    // Named after what it copies in the view in front, as that view's button is.
    m_copyText = editMenu->addAction(CommandTexts::copyEntry(), window->viewTabs(), &ViewTabs::copyAsText);
    m_copyText->setObjectName(u"copyTextAction"_s);
    m_copyText->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    connect(window->viewTabs(), &QTabWidget::currentChanged, this, [this, window] {
        ViewTabs *tabs = window->viewTabs();
        m_copyText->setText(tabs->compareIsCurrent() ? CommandTexts::copyComparison()
                : tabs->explainIsCurrent()           ? CommandTexts::copyExplanation()
                                                     : CommandTexts::copyEntry());
    });
    QAction *copyMarkdown
        = editMenu->addAction(CommandTexts::copyAsMarkdown(), window->viewTabs(), &ViewTabs::copyAsMarkdown);
    copyMarkdown->setObjectName(u"copyMarkdownAction"_s);
    copyMarkdown->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    editMenu->addAction(window->viewTabs()->summaryExport()->copyMarkdownAction());
    editMenu->addAction(window->viewTabs()->summaryExport()->copyCsvAction());
    editMenu->addSeparator();
    QAction *find = editMenu->addAction(tr("&Find"), window->viewTabs(), &ViewTabs::focusSearch);
    find->setObjectName(u"findAction"_s);
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence::Find});
}

void WindowActions::createGoMenu(MainWindow *window)
{
    QMenu *goMenu = window->menuBar()->addMenu(tr("&Go"));
    m_back = goMenu->addAction(QIcon(u":/icons/go-back.svg"_s), tr("&Back"), window, &MainWindow::goBack);
    m_back->setObjectName(u"backAction"_s);
    // Not QKeySequence::Back: on some desktops it includes Backspace, which edits the search.
    m_back->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)});
    m_back->setToolTip(tr("Back to the previous entry or comparison (Alt+Left)"));
    m_forward = goMenu->addAction(
        QIcon(u":/icons/go-forward.svg"_s), tr("&Forward"), window, &MainWindow::goForward);
    m_forward->setObjectName(u"forwardAction"_s);
    m_forward->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence(Qt::Key_Forward)});
    m_forward->setToolTip(tr("Forward again (Alt+Right)"));
    goMenu->addSeparator();
    m_pasteAndExplain
        = goMenu->addAction(CommandTexts::pasteAndExplain(), window->viewTabs(), &ViewTabs::pasteAndExplain);
    m_pasteAndExplain->setObjectName(u"pasteAndExplainAction"_s);
    m_pasteAndExplain->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    goMenu->addSeparator();
    m_compareSelected = goMenu->addAction(QIcon(u":/icons/compare.svg"_s), tr("Compare &selected codes"),
        window, &MainWindow::compareSelection);
    m_compareSelected->setObjectName(u"compareAction"_s);
    m_compareSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_compareSelected->setToolTip(
        tr("Compare the two selected codes, or the selected code and its usual partner (Ctrl+D)"));
    QAction *swap
        = goMenu->addAction(CommandTexts::swapCodes(), window->viewTabs(), &ViewTabs::swapComparison);
    swap->setObjectName(u"swapAction"_s);
    swap->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
}

void WindowActions::createFavouritesMenu(MainWindow *window)
{
    m_favouritesMenu = window->menuBar()->addMenu(tr("F&avourites"));
    m_favourite = m_favouritesMenu->addAction(tr("&Star this page"), window, &MainWindow::toggleFavourite);
    m_favourite->setObjectName(u"favouriteAction"_s);
    m_favourite->setCheckable(true);
    m_favourite->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    QIcon star(u":/icons/favourite.svg"_s);
    star.addFile(u":/icons/favourite-on.svg"_s, {}, QIcon::Normal, QIcon::On);
    m_favourite->setIcon(star);
    // The favourites dock adds the list itself.
    m_favouritesMenu->setObjectName(u"favouritesMenu"_s);
}

void WindowActions::createViewMenu(MainWindow *window)
{
    // The views are named as their tabs, so that a menu item and its tab share a letter.
    m_viewMenu = window->menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(u"viewMenu"_s);
    const std::tuple<QString, void (ViewTabs::*)(), Qt::Key, QString> views[] = {
        {tr("&Browse"), &ViewTabs::showBrowse, Qt::Key_1, u"showBrowseAction"_s},
        {tr("&Compare"), &ViewTabs::showCompare, Qt::Key_2, u"showCompareAction"_s},
        {tr("E&xplain"), &ViewTabs::showExplain, Qt::Key_3, u"showExplainAction"_s},
    };
    for (const auto &[label, show, key, name] : views) {
        QAction *action = m_viewMenu->addAction(label, window->viewTabs(), show);
        action->setObjectName(name);
        action->setShortcut(QKeySequence(Qt::CTRL | key));
        if (show == &ViewTabs::showExplain) {
            m_explain = action;
        }
    }
    // The toggle works in the explain view; from elsewhere it brings the view to the front.
    m_viewMenu->addAction(window->viewTabs()->toggleSummaryAction());
    m_viewMenu->addSeparator();
    createZoomActions(window);
    m_viewMenu->addSeparator();
    createAppearanceMenu(m_viewMenu);
    // The favourites dock adds its show/hide item below.
    m_viewMenu->addSeparator();
}

void WindowActions::createZoomActions(MainWindow *window)
{
    // The compare and explain views join when they are built.
    m_zoom = new TextZoom({window->browseView()->detailPane()->browser()}, this);
    connect(window->viewTabs(), &ViewTabs::compareViewBuilt, m_zoom,
        [this](CompareView *compare) { m_zoom->addPane(compare->browser()); });
    connect(window->viewTabs(), &ViewTabs::explainViewBuilt, m_zoom,
        [this](ExplainView *explain) { m_zoom->addPane(explain->browser()); });
    QAction *zoomIn = m_viewMenu->addAction(tr("Zoom &in"), m_zoom, &TextZoom::zoomIn);
    zoomIn->setObjectName(u"zoomInAction"_s);
    // Ctrl+= too, for keyboards where + needs Shift.
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = m_viewMenu->addAction(tr("Zoom &out"), m_zoom, &TextZoom::zoomOut);
    zoomOut->setObjectName(u"zoomOutAction"_s);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *reset = m_viewMenu->addAction(tr("&Reset zoom"), m_zoom, &TextZoom::reset);
    reset->setObjectName(u"resetZoomAction"_s);
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    // Said when asked for, not when the settings restore a size at start.
    for (QAction *action : {zoomIn, zoomOut, reset}) {
        connect(action, &QAction::triggered, this, [this, window] {
            const int percent = m_zoom->percent();
            window->statusBar()->showMessage(!m_zoom->canZoomIn()
                    ? tr("Text size %1% (the largest)").arg(percent)
                    : !m_zoom->canZoomOut() ? tr("Text size %1% (the smallest)").arg(percent)
                                            : tr("Text size %1%").arg(percent),
                2000);
        });
    }
}

void WindowActions::createAppearanceMenu(QMenu *viewMenu)
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

void WindowActions::createToolBar(MainWindow *window)
{
    QToolBar *toolBar = window->addToolBar(tr("Navigation"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setMovable(false);
    toolBar->setFloatable(false);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->addAction(m_back);
    toolBar->addAction(m_forward);
    toolBar->addAction(m_favourite);
    toolBar->addSeparator();
    toolBar->addAction(m_compareSelected);
    toolBar->addAction(m_print);
}

QString WindowActions::theme() const
{
    const QAction *checked = m_themeGroup->checkedAction();
    return checked ? checked->data().toString() : QString();
}

void WindowActions::setTheme(const QString &id)
{
    for (QAction *action : m_themeGroup->actions()) {
        if (action->data().toString() == id) {
            action->setChecked(true);
        }
    }
    if (id != Appearance::id(Appearance::Theme::System)) {
        Appearance::apply(Appearance::fromId(id));
    }
}

} // namespace SmtpCodes
