// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "location.h"

#include <QDockWidget>

class QListView;

namespace SmtpCodes {

class FavouritesModel;

// The favourites as a dock list (Enter opens, Delete removes); FavouritesMenu lists them in the
// Favourites menu and shows or hides this.
class FavouritesDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FavouritesDock)

public:
    FavouritesDock(FavouritesModel *favourites, QWidget *parent);

    QListView *listView() const { return m_list; }

Q_SIGNALS:
    void openRequested(const SmtpCodes::Location &place);

private:
    void open(const QModelIndex &index);

    FavouritesModel *m_favourites;
    QListView *m_list;
};

} // namespace SmtpCodes
