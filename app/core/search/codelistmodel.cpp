// SPDX-License-Identifier: GPL-3.0-or-later
#include "codelistmodel.h"

#include "coderoles.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
// "Microsoft 365" of "Microsoft 365 / Exchange Online", "AT&T" of "AT&T (att.net, ...)": what a
// title of a list of hundreds can carry in front; the tooltip has the whole name.
QString shortProviderName(const QString &name)
{
    qsizetype end = name.size();
    for (const QString &separator : {u" / "_s, u" ("_s}) {
        const qsizetype at = name.indexOf(separator);
        if (at > 0) {
            end = std::min(end, at);
        }
    }
    return name.left(end);
}

// The title as the list shows it: a provider's response names its provider first, since its
// codes ("550 5.1.1") are the same at many providers.
QString listTitle(const Entry &item)
{
    return item.response ? shortProviderName(item.providerName) + u": "_s + item.title : item.title;
}

QString classLabels(const Entry &item)
{
    QStringList labels;
    for (const CodeClass codeClass : item.classes) {
        labels.append(CodeClasses::label(codeClass));
    }
    return labels.join(u" or "_s);
}

QString toolTip(const Entry &item)
{
    QStringList lines {item.displayCode() + u" \u2014 "_s + item.title};
    // A reason has no class, so it has no line for one.
    for (const QString &line : {item.providerName, classLabels(item)}) {
        if (!line.isEmpty()) {
            lines.append(line);
        }
    }
    if (!item.standard && item.isCode()) {
        lines.append(u"Non-standard: no RFC defines it"_s);
    }
    if (item.local) {
        lines.append(u"Local: from "_s + item.sourceFile);
    }
    if (!item.localNotes.isEmpty()) {
        lines.append(u"Has local notes"_s);
    }
    return lines.join(u'\n');
}
} // namespace

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
        return index.column() == CodeColumnCode ? item->displayCode() : listTitle(*item);
    case Qt::ToolTipRole:
        return toolTip(*item);
    case Qt::AccessibleTextRole:
        return QString(item->displayCode() + u' ' + item->title
            + (item->providerName.isEmpty() ? QString() : u", "_s + item->providerName)
            + (item->local ? u" (local)"_s : QString()));
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
    case ClassLabelRole:
        return classLabels(*item);
    case StandardRole:
        return item->standard;
    case CommandsRole:
        return item->commands;
    case LocalRole:
        return item->local;
    case HasLocalNotesRole:
        return !item->localNotes.isEmpty();
    case ProviderRole:
        return item->response ? item->response->provider : QString();
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
    names.insert(ProviderRole, "provider");
    return names;
}

} // namespace SmtpCodes
