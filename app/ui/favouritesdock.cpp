// SPDX-License-Identifier: GPL-3.0-or-later
#include "favouritesdock.h"

#include "favouritesmodel.h"

#include <QAction>
#include <QListView>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

FavouritesDock::FavouritesDock(FavouritesModel *favourites, QWidget *parent)
    : QDockWidget(tr("Favourites"), parent)
    , m_favourites(favourites)
    , m_list(new QListView(this))
{
    setObjectName(u"favouritesDock"_s);
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_list->setObjectName(u"favouritesList"_s);
    m_list->setAccessibleName(tr("Favourites"));
    m_list->setAccessibleDescription(tr("Starred entries and comparisons; Enter opens, Delete removes"));
    m_list->setModel(m_favourites);
    // A favourite's title wraps rather than scrolling sideways, whatever the dock's width.
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    setWidget(m_list);
    connect(m_list, &QAbstractItemView::activated, this, &FavouritesDock::open);

    auto *openAction = new QAction(tr("&Open"), m_list);
    connect(openAction, &QAction::triggered, this, [this] { open(m_list->currentIndex()); });
    auto *remove = new QAction(tr("&Remove from favourites"), m_list);
    remove->setObjectName(u"removeFavouriteAction"_s);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this,
        [this] { m_favourites->remove(m_favourites->location(m_list->currentIndex())); });
    m_list->addActions({openAction, remove});
}

void FavouritesDock::open(const QModelIndex &index)
{
    const Location place = m_favourites->location(index);
    if (place.isValid()) {
        Q_EMIT openRequested(place);
    }
}

} // namespace SmtpCodes
