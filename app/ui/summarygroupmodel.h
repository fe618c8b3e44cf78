// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summary.h"

#include <QAbstractTableModel>

#include <memory>

namespace SmtpCodes {

// The rows of one grouping of a summary (its reasons, providers, codes, domains or outcomes)
// as a table: label, key, replies, share of all replies, hard, soft and distinct addresses.
// Sorting and filtering are a QSortFilterProxyModel's, by SummarySortRole and SummaryFilterRole.
class SummaryGroupModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryGroupModel)

public:
    explicit SummaryGroupModel(QObject *parent = nullptr);
    ~SummaryGroupModel() override;

    // Shows summary's group of grouping; an empty table when summary is null or has none.
    void setGroup(std::shared_ptr<const Summary> summary, SummaryGrouping grouping);
    SummaryGrouping grouping() const { return m_grouping; }
    // The row of the group, or null for a row out of range.
    const SummaryRow *groupRow(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const SummaryRow &row, int column) const;
    QVariant sortKey(const SummaryRow &row, int column) const;
    double share(const SummaryRow &row) const;

    std::shared_ptr<const Summary> m_summary;
    const SummaryGroup *m_group = nullptr;
    SummaryGrouping m_grouping = SummaryGrouping::Reason;
    QStringList m_filterKeys; // per row, built with the group: typing filters without formatting
};

} // namespace SmtpCodes
