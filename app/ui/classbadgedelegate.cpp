// SPDX-License-Identifier: GPL-3.0-or-later
#include "classbadgedelegate.h"

#include "coderoles.h"
#include "documentstyle.h"

#include <QApplication>
#include <QPainter>

namespace SmtpCodes {

namespace {
constexpr int horizontalPadding = 6;
constexpr int verticalPadding = 2;
} // namespace

ClassBadgeDelegate::ClassBadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

ClassBadgeDelegate::~ClassBadgeDelegate() = default;

QString ClassBadgeDelegate::localMark(const QModelIndex &index)
{
    if (index.data(LocalRole).toBool()) {
        return tr("local");
    }
    return index.data(HasLocalNotesRole).toBool() ? tr("+notes") : QString();
}

void ClassBadgeDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString code = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The row background and selection come from the style; only the badge is ours.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFontMetrics metrics(opt.font);
    QRect badge(opt.rect.left() + 4, opt.rect.top() + verticalPadding,
        metrics.horizontalAdvance(code) + 2 * horizontalPadding, opt.rect.height() - 2 * verticalPadding);
    // A reason has no class: a grey badge as light or dark as the class colours, not the colour
    // of codes with several classes.
    const bool classless = index.data(ClassIdsRole).toString().isEmpty();
    const bool dark = opt.palette.color(QPalette::Base).lightness() < 128;
    const QColor color = classless
        ? QColor::fromHsl(0, 0, dark ? 70 : 215)
        : DocumentStyle::classColor(index.data(ClassDigitRole).toInt(), opt.palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(badge, 4, 4);
    // Dark text on a light badge, light on a dark one, whatever the selection colour.
    painter->setPen(color.lightness() > 128 ? QColor(Qt::black) : QColor(Qt::white));
    painter->setFont(opt.font);
    painter->drawText(badge, Qt::AlignCenter, code);
    const QString mark = localMark(index);
    if (!mark.isEmpty()) {
        // Local knowledge is marked, since nobody checked it against the RFCs.
        QRect markRect = opt.rect;
        markRect.setLeft(badge.right() + horizontalPadding);
        painter->setPen(opt.palette.color(
            opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(markRect, Qt::AlignVCenter | Qt::AlignLeft, mark);
    }
    painter->restore();
}

QSize ClassBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    const QString mark = localMark(index);
    // The badge starts 4 pixels in (see paint()) and keeps as much from the next column.
    size.setWidth(metrics.horizontalAdvance(index.data().toString()) + 2 * horizontalPadding + 8
        + (mark.isEmpty() ? 0 : metrics.horizontalAdvance(mark) + horizontalPadding));
    size.setHeight(std::max(size.height(), metrics.height() + 2 * verticalPadding + 4));
    return size;
}

} // namespace SmtpCodes
