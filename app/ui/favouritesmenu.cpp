// SPDX-License-Identifier: GPL-3.0-or-later
#include "favouritesmenu.h"

#include "favouritesdock.h"
#include "favouritesmodel.h"

#include <QAction>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

FavouritesMenu::FavouritesMenu(FavouritesModel *favourites, QMenu *menu, QMenu *viewMenu, QObject *parent)
    : QObject(parent)
    , m_favourites(favourites)
    , m_showList(new QAction(tr("Show &favourites list"), this))
{
    m_showList->setCheckable(true);
    m_showList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_showList->setObjectName(u"showFavouritesAction"_s);
    connect(m_showList, &QAction::triggered, this, &FavouritesMenu::listRequested);
    menu->addAction(m_showList);
    viewMenu->addAction(m_showList);
    menu->addSeparator();
    m_fixedMenuActions = int(menu->actions().size());
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillMenu(menu); });
}

void FavouritesMenu::followDock(FavouritesDock *dock)
{
    // The dock's own action is checked by its showing and hiding, whatever caused them.
    m_showList->setChecked(dock->toggleViewAction()->isChecked());
    connect(dock->toggleViewAction(), &QAction::toggled, m_showList, &QAction::setChecked);
}

void FavouritesMenu::fillMenu(QMenu *menu)
{
    const QList<QAction *> actions = menu->actions();
    for (qsizetype i = m_fixedMenuActions; i < actions.size(); ++i) {
        menu->removeAction(actions.at(i));
        actions.at(i)->deleteLater();
    }
    for (int row = 0; row < m_favourites->rowCount(); ++row) {
        const QModelIndex index = m_favourites->index(row);
        QString label = index.data().toString();
        label.replace(u'&', u"&&"_s);
        menu->addAction(label, this, [this, index] {
            const Location place = m_favourites->location(index);
            if (place.isValid()) {
                Q_EMIT openRequested(place);
            }
        });
    }
    if (m_favourites->rowCount() == 0) {
        menu->addAction(tr("No favourites yet: Ctrl+B stars the page on screen"))->setEnabled(false);
    }
}

} // namespace SmtpCodes
