// SPDX-License-Identifier: GPL-3.0-or-later
#include "codelistview.h"

#include "classbadgedelegate.h"
#include "coderoles.h"

#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
// Titles up to this share of all are shown whole at the preferred width; the longest few
// (a hundred characters) would take the detail pane's room.
constexpr double wholeTitles = 0.9;
} // namespace

CodeListView::CodeListView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(u"codeList"_s);
    setAccessibleName(tr("Codes"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setTextElideMode(Qt::ElideRight);
    setItemDelegateForColumn(CodeColumnCode, new ClassBadgeDelegate(this));
    // Widths computed once per model, not ResizeToContents, which sizes every row at start-up.
    header()->setSectionResizeMode(QHeaderView::Interactive);
    header()->setStretchLastSection(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

CodeListView::~CodeListView() = default;

void CodeListView::fitToContents(const QAbstractItemModel *codes)
{
    const int codeWidth = fitCodeColumn(codes);
    const int margin = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1);
    m_preferredWidth
        = 2 * frameWidth() + codeWidth + titleWidth(codes) + margin + verticalScrollBar()->sizeHint().width();
    updateGeometry();
}

QSize CodeListView::sizeHint() const
{
    const QSize hint = QTreeView::sizeHint();
    return m_preferredWidth > 0 ? QSize(m_preferredWidth, hint.height()) : hint;
}

int CodeListView::fitCodeColumn(const QAbstractItemModel *codes)
{
    // The widest code text decides; its badge and mark are measured by the delegate itself.
    const QFontMetrics metrics(font());
    QModelIndex widest;
    int widestAdvance = -1;
    for (int row = 0; row < codes->rowCount(); ++row) {
        const QModelIndex index = codes->index(row, CodeColumnCode);
        const bool marked = index.data(LocalRole).toBool() || index.data(HasLocalNotesRole).toBool();
        // A local mark makes a row wider than any unmarked code could.
        const int advance = metrics.horizontalAdvance(index.data().toString()) + (marked ? 1000 : 0);
        if (advance > widestAdvance) {
            widestAdvance = advance;
            widest = index;
        }
    }
    // The header's own label is the narrowest the column may be.
    int width = header()->sectionSizeHint(CodeColumnCode);
    if (widest.isValid()) {
        QStyleOptionViewItem option;
        option.initFrom(this);
        option.font = font();
        width = std::max(width, itemDelegateForColumn(CodeColumnCode)->sizeHint(option, widest).width());
    }
    header()->resizeSection(CodeColumnCode, width);
    return width;
}

int CodeListView::titleWidth(const QAbstractItemModel *codes) const
{
    const QFontMetrics metrics(font());
    std::vector<int> widths;
    widths.reserve(std::size_t(codes->rowCount()));
    for (int row = 0; row < codes->rowCount(); ++row) {
        widths.push_back(metrics.horizontalAdvance(codes->index(row, CodeColumnTitle).data().toString()));
    }
    if (widths.empty()) {
        return header()->sectionSizeHint(CodeColumnTitle);
    }
    std::sort(widths.begin(), widths.end());
    const auto at = std::size_t(double(widths.size() - 1) * wholeTitles);
    // The style's text margins inside a cell, on both sides.
    const int cellMargin = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1);
    return widths.at(at) + cellMargin;
}

} // namespace SmtpCodes
