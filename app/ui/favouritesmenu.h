// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "location.h"

#include <QObject>

class QAction;
class QMenu;
class QModelIndex;

namespace SmtpCodes {

class FavouritesDock;
class FavouritesModel;

// The favourites as the items of the Favourites menu, listed each time it opens, and the item
// that shows or hides their list beside the window. The list (a dock) is built the first time
// it is shown, so this item works without it.
class FavouritesMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FavouritesMenu)

public:
    // Adds the show/hide item to menu and viewMenu, and lists the favourites at the end of menu
    // each time it opens.
    FavouritesMenu(FavouritesModel *favourites, QMenu *menu, QMenu *viewMenu, QObject *parent);

    QAction *showListAction() const { return m_showList; }
    // The show/hide item is checked while dock is shown.
    void followDock(FavouritesDock *dock);

Q_SIGNALS:
    void openRequested(const SmtpCodes::Location &place);
    // The show/hide item was chosen: the list is to be shown, or hidden.
    void listRequested(bool shown);

private:
    void fillMenu(QMenu *menu);

    FavouritesModel *m_favourites;
    QAction *m_showList;
    // The actions the menu holds before the favourites themselves.
    int m_fixedMenuActions = 0;
};

} // namespace SmtpCodes
