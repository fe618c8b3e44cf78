// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "location.h"

#include <QDockWidget>

class QListView;
class QMenu;

namespace SmtpCodes {

class FavouritesModel;

// The favourites as a dock list (Enter opens, Delete removes) and as the items of the
// Favourites menu, so that they are a keystroke away without the dock.
class FavouritesDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FavouritesDock)

public:
    // Adds its show/hide action to menu and viewMenu, and lists the favourites at the end of
    // menu each time it opens.
    FavouritesDock(FavouritesModel *favourites, QMenu *menu, QMenu *viewMenu, QWidget *parent);

    QListView *listView() const { return m_list; }

Q_SIGNALS:
    void openRequested(const SmtpCodes::Location &place);

private:
    void open(const QModelIndex &index);
    void fillMenu(QMenu *menu);

    FavouritesModel *m_favourites;
    QListView *m_list;
    // The actions the menu holds before the favourites themselves.
    int m_fixedMenuActions = 0;
};

} // namespace SmtpCodes
