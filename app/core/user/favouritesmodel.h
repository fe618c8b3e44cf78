// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "favouritesstore.h"
#include "location.h"

#include <QAbstractListModel>

namespace SmtpCodes {

class KnowledgeBase;

// The starred entries and comparisons, in the order they were added. Every change is saved at
// once, so nothing is lost if the app is killed right after.
class FavouritesModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FavouritesModel)

public:
    // Starts empty: connect problemOccurred, then reload() reads the file.
    FavouritesModel(const KnowledgeBase *base, const QString &filePath, QObject *parent = nullptr);
    ~FavouritesModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Reads the file again; a problem is reported through problemOccurred.
    void reload();
    void setKnowledgeBase(const KnowledgeBase *base);
    bool contains(const Location &place) const { return m_places.contains(place); }
    // Adds place when it is not a favourite, removes it when it is; returns whether it now is.
    bool toggle(const Location &place);
    void add(const Location &place);
    void remove(const Location &place);
    Location location(const QModelIndex &index) const;
    QList<Location> locations() const { return m_places; }
    QString filePath() const { return m_store.filePath(); }

Q_SIGNALS:
    void problemOccurred(const QString &message);

private:
    void save();
    QString titleOf(const QString &code) const;

    const KnowledgeBase *m_base;
    FavouritesStore m_store;
    QList<Location> m_places;
};

} // namespace SmtpCodes
