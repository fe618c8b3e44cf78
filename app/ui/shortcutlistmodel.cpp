// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutlistmodel.h"

#include "searchfield.h"

#include <QAbstractItemView>
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
// "Copy &fix advice…" as the user reads it: "Copy fix advice".
QString plainText(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    if (text.endsWith(u'\u2026')) {
        text.chop(1);
    }
    return text;
}
} // namespace

ShortcutListModel::ShortcutListModel(const QWidget *window, QObject *parent)
    : QAbstractTableModel(parent)
{
    QList<const QAction *> seen;
    if (const QMenuBar *bar = window->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        for (const QAction *title : bar->actions()) {
            if (title->menu() && title->isVisible()) {
                addMenu(title->menu(), plainText(title->text()), seen);
            }
        }
    }
    // Actions outside the menus work in the widget they belong to (Ctrl+C in the list of codes).
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->shortcuts().isEmpty()) {
            continue;
        }
        QString place;
        for (const QObject *object : action->associatedObjects()) {
            if (const auto *widget = qobject_cast<const QWidget *>(object);
                widget && !qobject_cast<const QMenu *>(widget)) {
                place = qobject_cast<const QAbstractItemView *>(widget)
                    ? tr("in the list \u201c%1\u201d").arg(widget->accessibleName())
                    : tr("in the view \u201c%1\u201d").arg(widget->accessibleName());
                break;
            }
        }
        addAction(action, place);
    }
    for (const auto &[keys, command] : SearchField::keys()) {
        m_rows.append({keys, command, tr("in the search field")});
    }
}

ShortcutListModel::~ShortcutListModel() = default;

void ShortcutListModel::addMenu(const QMenu *menu, const QString &path, QList<const QAction *> &seen)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || seen.contains(action)) {
            continue;
        }
        seen.append(action);
        if (action->menu()) {
            addMenu(action->menu(), path + u" \u25b8 "_s + plainText(action->text()), seen);
        } else if (!action->shortcuts().isEmpty()) {
            addAction(action, path);
        }
    }
}

void ShortcutListModel::addAction(const QAction *action, const QString &place)
{
    QStringList keys;
    for (const QKeySequence &sequence : action->shortcuts()) {
        keys.append(sequence.toString(QKeySequence::NativeText));
    }
    m_rows.append({keys.join(u", "_s), plainText(action->text()), place});
}

int ShortcutListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ShortcutListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShortcutListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case KeysColumn:
        return row.keys;
    case CommandColumn:
        return row.command;
    default:
        return row.place;
    }
}

QVariant ShortcutListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case KeysColumn:
        return tr("Keys");
    case CommandColumn:
        return tr("Command");
    default:
        return tr("Where");
    }
}

} // namespace SmtpCodes
