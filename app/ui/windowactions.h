// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;

namespace SmtpCodes {

class MainWindow;
class TextZoom;

// The main window's menus, their actions with shortcuts, and the toolbar. The actions call the
// window's commands; the window keeps the few whose state it updates (back, forward, star,
// reload, the appearance).
class WindowActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowActions)

public:
    explicit WindowActions(MainWindow *window);

    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QAction *favouriteAction() const { return m_favourite; }
    QAction *reloadAction() const { return m_reload; }
    QAction *explainAction() const { return m_explain; }
    QAction *pasteAndExplainAction() const { return m_pasteAndExplain; }
    QMenu *favouritesMenu() const { return m_favouritesMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    TextZoom *textZoom() const { return m_zoom; }

    // The appearance chosen in View ▸ Appearance, as Appearance::id() names it.
    QString theme() const;
    // Checks the appearance id names; applies it unless it is the system's.
    void setTheme(const QString &id);

private:
    void createFileMenu(MainWindow *window);
    void createEditMenu(MainWindow *window);
    void createGoMenu(MainWindow *window);
    void createFavouritesMenu(MainWindow *window);
    void createViewMenu(MainWindow *window);
    void createZoomActions(MainWindow *window);
    void createAppearanceMenu(QMenu *viewMenu);
    void createToolBar(MainWindow *window);

    QAction *m_print = nullptr;
    QAction *m_copyText = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_compareSelected = nullptr;
    QAction *m_explain = nullptr;
    QAction *m_pasteAndExplain = nullptr;
    QAction *m_favourite = nullptr;
    QMenu *m_favouritesMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    TextZoom *m_zoom = nullptr;
};

} // namespace SmtpCodes
