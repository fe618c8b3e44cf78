// SPDX-License-Identifier: GPL-3.0-or-later
#include "favouritesmodel.h"

#include "knowledgebase.h"

using namespace Qt::StringLiterals;

namespace SmtpCodes {

FavouritesModel::FavouritesModel(const KnowledgeBase *base, const QString &filePath, QObject *parent)
    : QAbstractListModel(parent)
    , m_base(base)
    , m_store(filePath)
{ }

FavouritesModel::~FavouritesModel() = default;

int FavouritesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_places.size());
}

QVariant FavouritesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Location &place = m_places.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (place.kind == Location::Kind::Comparison) {
            return tr("%1 vs %2").arg(place.first, place.second);
        }
        return titleOf(place.first).isEmpty() ? place.first : place.first + u"  "_s + titleOf(place.first);
    case Qt::ToolTipRole:
        if (place.kind == Location::Kind::Comparison) {
            return tr("Compare %1 (%2) with %3 (%4)")
                .arg(place.first, titleOf(place.first), place.second, titleOf(place.second));
        }
        return titleOf(place.first).isEmpty()
            ? tr("%1: no entry in the loaded knowledge base").arg(place.first)
            : QVariant();
    default:
        return {};
    }
}

QString FavouritesModel::titleOf(const QString &code) const
{
    const Lookup lookup = m_base ? m_base->lookup(code) : Lookup {};
    return lookup ? lookup.entry->title : QString();
}

void FavouritesModel::reload()
{
    const FavouritesStore::LoadResult loaded = m_store.load();
    beginResetModel();
    m_places = loaded.favourites;
    endResetModel();
    if (loaded.needsRewrite) {
        save();
    }
    if (!loaded.problem.isEmpty()) {
        Q_EMIT problemOccurred(loaded.problem);
    }
}

void FavouritesModel::setKnowledgeBase(const KnowledgeBase *base)
{
    beginResetModel();
    m_base = base;
    endResetModel();
}

bool FavouritesModel::toggle(const Location &place)
{
    if (contains(place)) {
        remove(place);
        return false;
    }
    add(place);
    return contains(place);
}

void FavouritesModel::add(const Location &place)
{
    if (!place.isValid() || contains(place)) {
        return;
    }
    const int row = int(m_places.size());
    beginInsertRows({}, row, row);
    m_places.append(place);
    endInsertRows();
    save();
}

void FavouritesModel::remove(const Location &place)
{
    const qsizetype row = m_places.indexOf(place);
    if (row < 0) {
        return;
    }
    beginRemoveRows({}, int(row), int(row));
    m_places.removeAt(row);
    endRemoveRows();
    save();
}

Location FavouritesModel::location(const QModelIndex &index) const
{
    return index.isValid() && index.row() < m_places.size() ? m_places.at(index.row()) : Location {};
}

void FavouritesModel::save()
{
    QString error;
    if (!m_store.save(m_places, &error)) {
        Q_EMIT problemOccurred(error);
    }
}

} // namespace SmtpCodes
