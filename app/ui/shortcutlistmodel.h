// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

class QAction;
class QMenu;
class QWidget;

namespace SmtpCodes {

// Every keyboard shortcut of a window, read from its actions when the model is made, so the
// list cannot fall behind them: the keys, the command in the words of its menu item, and
// where it is (the menu, or the list it works in). The search field's keys, which are no
// actions, come after.
class ShortcutListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutListModel)

public:
    enum Column { KeysColumn = 0, CommandColumn, PlaceColumn, ColumnCount };

    explicit ShortcutListModel(const QWidget *window, QObject *parent = nullptr);
    ~ShortcutListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString keys;
        QString command;
        QString place;
    };

    void addMenu(const QMenu *menu, const QString &path, QList<const QAction *> &seen);
    void addAction(const QAction *action, const QString &place);

    QList<Row> m_rows;
};

} // namespace SmtpCodes
