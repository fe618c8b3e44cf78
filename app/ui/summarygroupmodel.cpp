// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarygroupmodel.h"

#include "summaryroles.h"

#include <QLocale>

namespace SmtpCodes {

SummaryGroupModel::SummaryGroupModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

SummaryGroupModel::~SummaryGroupModel() = default;

void SummaryGroupModel::setGroup(std::shared_ptr<const Summary> summary, SummaryGrouping grouping)
{
    beginResetModel();
    m_summary = std::move(summary);
    m_grouping = grouping;
    m_group = m_summary ? m_summary->group(grouping) : nullptr;
    m_filterKeys.clear();
    if (m_group) {
        m_filterKeys.reserve(m_group->rows.size());
        for (const SummaryRow &row : m_group->rows) {
            m_filterKeys.append((row.label + u' ' + row.key).toLower());
        }
    }
    endResetModel();
}

const SummaryRow *SummaryGroupModel::groupRow(int row) const
{
    if (!m_group || row < 0 || row >= m_group->rows.size()) {
        return nullptr;
    }
    return &m_group->rows.at(row);
}

int SummaryGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_group ? 0 : int(m_group->rows.size());
}

int SummaryGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : GroupColumnCount;
}

double SummaryGroupModel::share(const SummaryRow &row) const
{
    const qsizetype all = m_summary ? m_summary->replies.size() : 0;
    return all > 0 ? double(row.replies) / double(all) : 0.0;
}

QVariant SummaryGroupModel::display(const SummaryRow &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case GroupLabelColumn:
        return row.label;
    case GroupKeyColumn:
        return row.key;
    case GroupRepliesColumn:
        return locale.toString(row.replies);
    case GroupShareColumn: {
        const double percent = share(row) * 100.0;
        // A row of a few replies among thousands is not "0.0 %".
        return percent > 0 && percent < 0.1 ? tr("< 0.1 %")
                                            : tr("%1 %").arg(locale.toString(percent, 'f', 1));
    }
    case GroupHardColumn:
        return locale.toString(row.hard);
    case GroupSoftColumn:
        return locale.toString(row.soft);
    case GroupAddressesColumn:
        return locale.toString(row.addresses);
    default:
        return {};
    }
}

QVariant SummaryGroupModel::sortKey(const SummaryRow &row, int column) const
{
    switch (column) {
    case GroupLabelColumn:
        return row.label.toLower();
    case GroupKeyColumn:
        return row.key.toLower();
    case GroupRepliesColumn:
    case GroupShareColumn:
        return qlonglong(row.replies);
    case GroupHardColumn:
        return qlonglong(row.hard);
    case GroupSoftColumn:
        return qlonglong(row.soft);
    case GroupAddressesColumn:
        return qlonglong(row.addresses);
    default:
        return {};
    }
}

QVariant SummaryGroupModel::data(const QModelIndex &index, int role) const
{
    const SummaryRow *row = index.isValid() ? groupRow(index.row()) : nullptr;
    if (!row) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::ToolTipRole:
        return index.column() == GroupLabelColumn ? QVariant(row->label) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= GroupRepliesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                    : QVariant();
    case SummarySortRole:
        return sortKey(*row, index.column());
    case SummaryShareRole:
        return share(*row);
    case SummaryFilterRole:
        return m_filterKeys.at(index.row());
    case SummaryEntryRole:
        return row->entry;
    case SummaryRowRole:
        return index.row();
    default:
        return {};
    }
}

QVariant SummaryGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return section >= GroupRepliesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case GroupLabelColumn:
        return tr("Name");
    case GroupKeyColumn:
        return tr("Key");
    case GroupRepliesColumn:
        return tr("Replies");
    case GroupShareColumn:
        return tr("Share");
    case GroupHardColumn:
        return tr("Hard");
    case GroupSoftColumn:
        return tr("Soft");
    case GroupAddressesColumn:
        return tr("Addresses");
    default:
        return {};
    }
}

} // namespace SmtpCodes
