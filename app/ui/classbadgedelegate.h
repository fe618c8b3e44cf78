// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace SmtpCodes {

// Draws the code column as a coloured badge, one colour per class, so that 4yz and 5yz tell
// apart at a glance; an entry without a class (a reason) gets a neutral one.
class ClassBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassBadgeDelegate)

public:
    explicit ClassBadgeDelegate(QObject *parent = nullptr);
    ~ClassBadgeDelegate() override;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // "local" for an entry of the user's overlay, "+notes" for one the overlay adds notes to.
    static QString localMark(const QModelIndex &index);
};

} // namespace SmtpCodes
