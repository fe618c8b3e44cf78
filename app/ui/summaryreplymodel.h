// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summary.h"

#include <QAbstractTableModel>
#include <QThreadPool>

#include <memory>
#include <vector>

namespace SmtpCodes {

// The replies behind one row of a summary (up to every reply of a 100 MB log): time, where in
// the input, recipient, codes and text. It sorts and filters itself rather than through a
// QSortFilterProxyModel, whose comparisons and matches go through QVariant and would take a
// second for a hundred thousand rows: each column's order is worked out once, from the fields,
// and a filter that narrows the last one only looks at the rows still shown.
class SummaryReplyModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryReplyModel)

public:
    explicit SummaryReplyModel(QObject *parent = nullptr);
    ~SummaryReplyModel() override;

    // Lists the replies of summary at indexes (into Summary::replies), in that order.
    void setReplies(std::shared_ptr<const Summary> summary, const QList<int> &indexes);
    // Keeps the replies whose place, recipient, codes or text hold text (any case); empty: all.
    void setFilterText(const QString &text);
    const QString &filterText() const { return m_filter; }
    // The reply shown at row, or null.
    const SummaryReply *reply(int row) const;
    // Replies listed before the filter.
    int unfilteredCount() const { return int(m_indexes.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QString place(const SummaryReply &reply) const;
    // Positions into m_indexes in column's ascending order, worked out on first use.
    const std::vector<int> &orderOf(int column);
    void sortByCodes(std::vector<int> &order) const;
    void rebuildShown();

    std::shared_ptr<const Summary> m_summary;
    QList<int> m_indexes; // into Summary::replies, as given
    std::vector<int> m_shown; // positions into m_indexes, in the order shown
    std::vector<char> m_matches; // per position: passes the filter
    std::vector<std::vector<int>> m_orders; // per column; empty until sorted by it
    QString m_filter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QThreadPool m_pool;
};

} // namespace SmtpCodes
