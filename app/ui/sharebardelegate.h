// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace SmtpCodes {

// Draws a share (SummaryShareRole, 0 to 1) as a bar across the cell, with its percentage on top,
// so that the rows that matter stand out in a column of numbers.
class ShareBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareBarDelegate)

public:
    explicit ShareBarDelegate(QObject *parent = nullptr);
    ~ShareBarDelegate() override;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace SmtpCodes
