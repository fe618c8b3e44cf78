// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutbox.h"
#include "appearance.h"
#include "browseview.h"
#include "codefilterproxymodel.h"
#include "codelistmodel.h"
#include "compareview.h"
#include "comparisonbuilder.h"
#include "detailpane.h"
#include "explainview.h"
#include "favouritesdock.h"
#include "favouritesmenu.h"
#include "favouritesmodel.h"
#include "knowledgebase.h"
#include "knowledgebasereloader.h"
#include "noticebar.h"
#include "printcommands.h"
#include "settingsrecovery.h"
#include "smtpcode.h"
#include "statussummary.h"
#include "summaryexport.h"
#include "textzoom.h"
#include "viewtabs.h"
#include "windowactions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

MainWindow::MainWindow(const KnowledgeBase *base, QWidget *parent, const QString &favouritesFile)
    : QMainWindow(parent)
    , m_model(new CodeListModel(base, this))
    , m_favourites(new FavouritesModel(
          base, favouritesFile.isEmpty() ? FavouritesStore::defaultFilePath() : favouritesFile, this))
    , m_tabs(new ViewTabs(m_model, this))
    , m_browse(m_tabs->browseView())
    , m_summary(new StatusSummary(m_tabs, this))
    , m_notice(new NoticeBar(this))
    , m_navigator(new Navigator(m_tabs, this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("SMTP Codes"));
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_notice);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    // Not a permanent widget: a passing message covers the summary rather than squeezing it.
    statusBar()->addWidget(m_summary, 1);
    connect(m_navigator, &Navigator::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, messageMilliseconds); });
    connect(m_navigator, &Navigator::placeChanged, this, &MainWindow::updateFavouriteAction);

    connect(m_browse, &BrowseView::compareRequested, this, &MainWindow::showComparison);
    connect(m_browse, &BrowseView::codeShown, m_navigator, &Navigator::scheduleVisit);
    connect(m_browse->detailPane(), &DetailPane::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, briefMessageMilliseconds); });
    connect(m_tabs, &ViewTabs::compareViewBuilt, this, &MainWindow::connectCompareView);
    connect(m_tabs, &ViewTabs::explainViewBuilt, this, &MainWindow::connectExplainView);
    // The summary's copies and saves work before the explain view is built, and say so.
    connect(m_tabs->summaryExport(), &SummaryExport::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, briefMessageMilliseconds); });
    connect(m_tabs->summaryExport(), &SummaryExport::problem, this,
        [this](const QString &text) { statusBar()->showMessage(text, messageMilliseconds); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        // The compare tab never opens empty: it starts on the selected code and its partner.
        if (m_tabs->compareIsCurrent() && compareView()->leftCode().isEmpty()
            && compareView()->rightCode().isEmpty()) {
            compareSelection();
        }
        m_navigator->scheduleVisit();
    });
    connect(m_favourites, &FavouritesModel::problemOccurred, this,
        [this](const QString &message) { statusBar()->showMessage(message, 3 * messageMilliseconds); });
    connect(m_favourites, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateFavouriteAction);
    connect(m_favourites, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateFavouriteAction);
    connect(m_favourites, &QAbstractItemModel::modelReset, this, &MainWindow::updateFavouriteAction);

    createParts();
    m_favourites->reload();
    // A first start fills most of a small screen and stays moderate on a large one.
    const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
    resize(std::min(1100, available.width()), std::min(720, available.height()));
    m_browse->focusSearch();
    m_navigator->recordVisit();
}

MainWindow::~MainWindow()
{
    // The views read the knowledge base this window may own (through m_reloader), which goes
    // when the base class deletes its children: so the views go first.
    delete m_favouritesDock;
    delete takeCentralWidget();
}

void MainWindow::createParts()
{
    m_reloader = new KnowledgeBaseReloader(m_model, m_favourites, m_notice, this);
    connect(m_reloader, &KnowledgeBaseReloader::message, this,
        [this](const QString &text, int timeout) { statusBar()->showMessage(text, timeout); });
    m_actions = new WindowActions(this);
    m_navigator->setActions(m_actions->backAction(), m_actions->forwardAction());
    m_favouritesMenu
        = new FavouritesMenu(m_favourites, m_actions->favouritesMenu(), m_actions->viewMenu(), this);
    connect(m_favouritesMenu, &FavouritesMenu::openRequested, this, &MainWindow::openFavourite);
    connect(m_favouritesMenu, &FavouritesMenu::listRequested, this, &MainWindow::showFavouritesList);
    updateFavouriteAction();
}

bool MainWindow::exportPdf(const QString &fileName)
{
    return printCommands()->exportPdf(fileName);
}

void MainWindow::exportPdfInteractively()
{
    printCommands()->exportPdfInteractively(currentLocation());
}

void MainWindow::adoptKnowledgeBase(
    std::unique_ptr<LoadedKnowledgeBase> loaded, const KnowledgeBaseSources &sources)
{
    m_reloader->adopt(std::move(loaded), sources);
    m_actions->reloadAction()->setEnabled(true);
}

void MainWindow::reloadKnowledgeBase()
{
    const Location here = currentLocation();
    if (!m_reloader->reload()) {
        return;
    }
    // Reading on after fixing a file: the reload must not move the user elsewhere.
    m_navigator->navigateTo(here);
    m_reloader->reportReload();
}

void MainWindow::showAbout()
{
    AboutBox::show(*m_model->knowledgeBase(), this);
}

QString MainWindow::aboutText() const
{
    return AboutBox::text(*m_model->knowledgeBase());
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
    CompareView *compare = compareView();
    const bool shown = compare->compare(left, right);
    m_tabs->setCurrentWidget(compare);
    m_navigator->recordVisit();
    return shown;
}

namespace {
// A code is a code, even when a file of that name is in the folder; anything else that names
// a file, or looks like a file name, is a file to explain.
bool isFileArgument(const QString &argument)
{
    return !SmtpCode::parse(argument)
        && (QFileInfo::exists(argument) || argument.contains(u'/') || argument.contains(u'.'));
}
} // namespace

QStringList MainWindow::resolveFileArguments(const QStringList &arguments)
{
    QStringList resolved;
    for (const QString &argument : arguments) {
        resolved.append(isFileArgument(argument) ? QFileInfo(argument).absoluteFilePath() : argument);
    }
    return resolved;
}

void MainWindow::openArguments(const QStringList &arguments)
{
    QStringList files;
    QStringList codes;
    for (const QString &argument : arguments) {
        (isFileArgument(argument) ? files : codes).append(argument);
    }
    if (!files.isEmpty()) {
        ExplainView *explain = explainView();
        m_tabs->setCurrentWidget(explain);
        explain->openFiles(files);
        return;
    }
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

bool MainWindow::showCode(const QString &code)
{
    m_tabs->setCurrentWidget(m_browse);
    const bool found = m_browse->showCode(code);
    if (!found) {
        statusBar()->showMessage(tr("No entry for \u201c%1\u201d").arg(code), messageMilliseconds);
    }
    m_navigator->recordVisit();
    return found;
}

Location MainWindow::currentLocation() const
{
    return m_tabs->currentLocation();
}

void MainWindow::updateFavouriteAction()
{
    if (!m_actions) {
        return;
    }
    const Location here = currentLocation();
    const bool starred = m_favourites->contains(here);
    QAction *star = m_actions->favouriteAction();
    // Enabled where nothing can be starred too, so that Ctrl+B says why instead of nothing.
    star->setChecked(starred);
    star->setText(starred ? tr("Un&star this page") : tr("&Star this page"));
    star->setToolTip(starred ? tr("Remove %1 from the favourites (Ctrl+B)").arg(here.label())
                             : tr("Add what is on screen to the favourites (Ctrl+B)"));
}

void MainWindow::toggleFavourite()
{
    const Location here = currentLocation();
    if (!here.isValid()) {
        statusBar()->showMessage(m_tabs->explainIsCurrent()
                ? tr("Only entries and comparisons can be starred; the explain view shows neither.")
                : tr("Nothing to star: choose two codes to compare."),
            messageMilliseconds);
        updateFavouriteAction();
        return;
    }
    const bool starred = m_favourites->toggle(here);
    if (starred && (!m_favouritesDock || m_favouritesDock->isHidden())) {
        statusBar()->showMessage(
            tr("%1 added to the favourites; Ctrl+Shift+B shows the list").arg(here.label()),
            messageMilliseconds);
    } else if (!starred) {
        statusBar()->showMessage(tr("%1 removed from the favourites").arg(here.label()), messageMilliseconds);
    }
    updateFavouriteAction();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/compareTab"_s, m_tabs->compareIsCurrent());
    // A comparison never opened keeps the one saved before.
    if (const CompareView *compare = m_tabs->builtCompareView(); compare && compare->hasComparison()) {
        settings.setValue(u"compare/codes"_s, QStringList {compare->leftCode(), compare->rightCode()});
    }
    settings.setValue(u"window/favouritesShown"_s, m_favouritesDock && !m_favouritesDock->isHidden());
    if (const QString theme = m_actions->theme(); !theme.isEmpty()) {
        settings.setValue(u"appearance/theme"_s, theme);
    }
    m_actions->textZoom()->save(settings);
    m_browse->saveSettings(settings);
}

void MainWindow::restoreSettings()
{
    const SettingsRecovery::Result recovery = SettingsRecovery::checkDefaultSettings();
    if (!recovery.problem.isEmpty()) {
        m_notice->showNotice(recovery.problem, {});
    }
    const QSettings settings;
    const bool firstStart = !settings.contains(u"window/state"_s);
    const QString theme
        = Appearance::id(Appearance::fromId(settings.value(u"appearance/theme"_s).toString()));
    m_actions->setTheme(theme);
    m_actions->textZoom()->restore(settings);
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    // The favourites list is built before the state that shows it; settings from before this key
    // was kept have the state decide.
    if (settings.value(u"window/favouritesShown"_s, !firstStart).toBool()) {
        favouritesDock();
    }
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_navigator->setSuspended(true);
    m_browse->restoreSettings(settings);
    const QStringList compared = settings.value(u"compare/codes"_s).toStringList();
    if (compared.size() == 2) {
        m_tabs->restoreComparison(compared.at(0), compared.at(1));
    }
    if (settings.value(u"window/compareTab"_s, false).toBool()) {
        m_tabs->setCurrentWidget(compareView());
    }
    m_navigator->setSuspended(false);
    // The restored place starts the history afresh.
    m_navigator->restart();
    if (firstStart) {
        // Named from the actions, so the hint says the keys that really do it.
        const auto keys
            = [](const QAction *action) { return action->shortcut().toString(QKeySequence::NativeText); };
        m_summary->showHint(
            tr("Type a code or words to search; %1 opens Explain for a pasted bounce, %2 pastes and explains "
               "it.")
                .arg(keys(m_actions->explainAction()), keys(m_actions->pasteAndExplainAction())));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A long explanation stops now; the view waits for it when it goes.
    if (ExplainView *explain = m_tabs->builtExplainView()) {
        explain->cancel();
    }
    saveSettings();
    event->accept();
}

} // namespace SmtpCodes
