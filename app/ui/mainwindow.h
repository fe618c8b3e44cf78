// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knowledgebasesources.h"
#include "location.h"
#include "navigator.h"

#include <QMainWindow>

#include <memory>
#include <optional>

namespace SmtpCodes {

class BrowseView;
class CodeListModel;
class CompareView;
class ExplainView;
class FavouritesDock;
class FavouritesMenu;
class FavouritesModel;
class KnowledgeBase;
class KnowledgeBaseReloader;
class PrintCommands;
class NoticeBar;
class StatusSummary;
class ViewTabs;
class WindowActions;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Favourites are kept in favouritesFile; empty means the user's data directory. base may be
    // null, for a window built while its knowledge base loads: adoptKnowledgeBase() fills it.
    explicit MainWindow(
        const KnowledgeBase *base, QWidget *parent = nullptr, const QString &favouritesFile = QString());
    ~MainWindow() override;

    // Opens the browse view at code; false (with the reason in the window) when none has it.
    bool showCode(const QString &code);
    // Opens the comparison of left and right in the compare view.
    bool showComparison(const QString &left, const QString &right);
    // What the command line asks for: one code opens it, two open their comparison, a file
    // (a bounce, an mbox, a log) is explained.
    void openArguments(const QStringList &arguments);
    // The arguments with the files among them made absolute, to be handed to another start
    // of the app, which runs in a folder of its own.
    static QStringList resolveFileArguments(const QStringList &arguments);
    // Another start of the app handed over its arguments: show them and come to the front.
    void activateWithArguments(const QStringList &codes);
    // Compares the two codes selected in the list; with one, that code and its usual partner.
    void compareSelection();
    BrowseView *browseView() const { return m_browse; }
    // A start builds the browse view only; the others are built the first time they are asked
    // for (see ViewTabs), and so are the favourites list and the print commands.
    CompareView *compareView();
    ExplainView *explainView();
    FavouritesModel *favourites() const { return m_favourites; }
    FavouritesDock *favouritesDock();

    // The entry or comparison on screen; invalid on the explain tab.
    Location currentLocation() const;
    void goBack() { m_navigator->goBack(); }
    void goForward() { m_navigator->goForward(); }
    const NavigationHistory &history() const { return m_navigator->history(); }
    // Stars or unstars what is on screen.
    void toggleFavourite();

    // The parts the menus' actions call.
    ViewTabs *viewTabs() const { return m_tabs; }
    PrintCommands *printCommands();
    KnowledgeBaseReloader *reloader() const { return m_reloader; }
    // Writes what is on screen as PDF; false with a message in the status bar on failure.
    bool exportPdf(const QString &fileName);
    // Asks where to save what is on screen, named after it.
    void exportPdfInteractively();
    void showAbout();

    // Takes over loaded (which must hold the base the window was built with) and the sources it
    // came from, so that Reload can read them again; reports loaded's problems.
    void adoptKnowledgeBase(std::unique_ptr<LoadedKnowledgeBase> loaded, const KnowledgeBaseSources &sources);
    // Reads the built-in data and the overlay again; on problems the valid parts still serve.
    void reloadKnowledgeBase();
    NoticeBar *noticeBar() const { return m_notice; }
    StatusSummary *statusSummary() const { return m_summary; }

    // The About box's text: versions, the registry date and the licence.
    QString aboutText() const;

    void saveSettings() const;
    void restoreSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    static constexpr int messageMilliseconds = 8000;
    // What a copy put on the clipboard: long enough to read, gone before it is in the way.
    static constexpr int briefMessageMilliseconds = 4000;

    void createParts();
    void connectCompareView(CompareView *compare);
    void connectExplainView(ExplainView *explain);
    void openFavourite(const Location &place);
    // Shows the favourites list (with the focus in it) or hides it.
    void showFavouritesList(bool shown);
    // The star follows what is on screen.
    void updateFavouriteAction();

    CodeListModel *m_model;
    FavouritesModel *m_favourites;
    ViewTabs *m_tabs;
    BrowseView *m_browse;
    StatusSummary *m_summary;
    NoticeBar *m_notice;
    WindowActions *m_actions = nullptr;
    FavouritesMenu *m_favouritesMenu = nullptr;
    FavouritesDock *m_favouritesDock = nullptr;
    PrintCommands *m_printing = nullptr;
    KnowledgeBaseReloader *m_reloader = nullptr;
    Navigator *m_navigator;
};

} // namespace SmtpCodes
