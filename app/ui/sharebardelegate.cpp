// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharebardelegate.h"

#include "summaryroles.h"

#include <QApplication>
#include <QPainter>

namespace SmtpCodes {

namespace {
constexpr int padding = 4;
// Wide enough for a bar to tell 5 % from 10 % at a glance.
constexpr int barWidth = 90;
} // namespace

ShareBarDelegate::ShareBarDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

ShareBarDelegate::~ShareBarDelegate() = default;

void ShareBarDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const double share = std::clamp(index.data(SummaryShareRole).toDouble(), 0.0, 1.0);
    const QRect inner = opt.rect.adjusted(padding, padding, -padding, -padding);
    const QFontMetrics metrics(opt.font);
    const int textWidth = metrics.horizontalAdvance(text);
    QRect track = inner;
    track.setRight(inner.right() - textWidth - padding);
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor ink = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    painter->save();
    if (track.width() > 8) {
        // The track shows where a full bar would end; the bar itself is the share.
        QColor trackColor = ink;
        trackColor.setAlphaF(0.12f);
        painter->fillRect(track, trackColor);
        QRect bar = track;
        bar.setWidth(std::max(share > 0 ? 2 : 0, int(track.width() * share + 0.5)));
        QColor barColor = selected ? ink : opt.palette.color(QPalette::Highlight);
        barColor.setAlphaF(selected ? 0.6f : 0.85f);
        painter->fillRect(bar, barColor);
    }
    painter->setPen(ink);
    painter->setFont(opt.font);
    painter->drawText(inner, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize ShareBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    size.setWidth(metrics.horizontalAdvance(index.data().toString()) + barWidth + 3 * padding);
    return size;
}

} // namespace SmtpCodes
