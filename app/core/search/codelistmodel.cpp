// SPDX-License-Identifier: GPL-3.0-or-later
#include "codelistmodel.h"

#include "coderoles.h"

using namespace Qt::StringLiterals;

namespace SmtpCodes {

CodeListModel::CodeListModel(const KnowledgeBase *base, QObject *parent)
    : QAbstractTableModel(parent)
    , m_base(base)
{ }

CodeListModel::~CodeListModel() = default;

void CodeListModel::setKnowledgeBase(const KnowledgeBase *base)
{
    beginResetModel();
    m_base = base;
    endResetModel();
}

const Entry *CodeListModel::entry(const QModelIndex &index) const
{
    if (!m_base || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return nullptr;
    }
    return &m_base->entries().at(index.row());
}

QModelIndex CodeListModel::indexOf(const QString &key) const
{
    if (!m_base) {
        return {};
    }
    const Entry *wanted = m_base->entry(key);
    if (!wanted) {
        return {};
    }
    // Entries live in one contiguous list, so the pointer gives the row.
    return index(int(wanted - m_base->entries().constData()), CodeColumnCode);
}

int CodeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_base ? 0 : int(m_base->entries().size());
}

int CodeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : CodeColumnCount;
}

QVariant CodeListModel::data(const QModelIndex &index, int role) const
{
    const Entry *item = entry(index);
    if (!item) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == CodeColumnCode ? item->code : item->title;
    case Qt::ToolTipRole: {
        QStringList labels;
        for (const CodeClass codeClass : item->classes) {
            labels.append(CodeClasses::label(codeClass));
        }
        return QString(item->code + u" \u2014 "_s + item->title + u'\n' + labels.join(u" or "_s)
            + (item->standard ? QString() : u"\nNon-standard: no RFC defines it"_s)
            + (item->local ? u"\nLocal: from "_s + item->sourceFile : QString())
            + (item->localNotes.isEmpty() ? QString() : u"\nHas local notes"_s));
    }
    case Qt::AccessibleTextRole:
        return QString(item->code + u' ' + item->title + (item->local ? u" (local)"_s : QString()));
    case CodeKeyRole:
        return item->code;
    case TitleRole:
        return item->title;
    case KindRole:
        return int(item->kind);
    case ClassDigitRole:
        return item->classes.size() == 1 ? CodeClasses::digit(item->classes.first()) : 0;
    case ClassIdsRole:
        return item->classIds();
    case ClassLabelRole: {
        QStringList labels;
        for (const CodeClass codeClass : item->classes) {
            labels.append(CodeClasses::label(codeClass));
        }
        return labels.join(u" or "_s);
    }
    case StandardRole:
        return item->standard;
    case CommandsRole:
        return item->commands;
    case LocalRole:
        return item->local;
    case HasLocalNotesRole:
        return !item->localNotes.isEmpty();
    default:
        return {};
    }
}

QVariant CodeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case CodeColumnCode:
        return tr("Code");
    case CodeColumnTitle:
        return tr("Title");
    default:
        return {};
    }
}

QHash<int, QByteArray> CodeListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(CodeKeyRole, "codeKey");
    names.insert(TitleRole, "title");
    names.insert(KindRole, "kind");
    names.insert(ClassDigitRole, "classDigit");
    names.insert(ClassIdsRole, "classIds");
    names.insert(ClassLabelRole, "classLabel");
    names.insert(StandardRole, "standard");
    names.insert(CommandsRole, "commands");
    names.insert(LocalRole, "local");
    names.insert(HasLocalNotesRole, "hasLocalNotes");
    return names;
}

} // namespace SmtpCodes
