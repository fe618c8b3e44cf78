// SPDX-License-Identifier: GPL-3.0-or-later
#include "codelistview.h"

#include "classbadgedelegate.h"
#include "coderoles.h"

#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
// Titles up to this share of all are shown whole at the preferred width; the longest few
// (a hundred characters) would take the detail pane's room.
constexpr double wholeTitles = 0.9;
// Texts measured exactly on each side of the share's rank among the estimates.
constexpr int exactlyMeasured = 48;

// A text's width as the sum of its characters' advances, each measured once: no kerning and
// no shaping, so a few pixels off, but close enough to rank hundreds of texts in the time
// that shaping a few dozen takes. Texts beyond ASCII are measured exactly.
class WidthEstimate
{
public:
    explicit WidthEstimate(const QFontMetrics &metrics)
        : m_metrics(metrics)
    {
        m_ascii.fill(-1);
    }

    int operator()(const QString &text)
    {
        int width = 0;
        for (const QChar c : text) {
            if (c.unicode() >= m_ascii.size()) {
                return m_metrics.horizontalAdvance(text);
            }
            int &advance = m_ascii[c.unicode()];
            if (advance < 0) {
                advance = m_metrics.horizontalAdvance(c);
            }
            width += advance;
        }
        return width;
    }

private:
    const QFontMetrics &m_metrics;
    std::array<int, 128> m_ascii;
};
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
    // Codes are ranked by estimate; the widest few are measured exactly.
    const QFontMetrics metrics(font());
    WidthEstimate estimate(metrics);
    std::vector<std::pair<int, int>> ranked; // estimate, row
    ranked.reserve(std::size_t(codes->rowCount()));
    for (int row = 0; row < codes->rowCount(); ++row) {
        const QModelIndex index = codes->index(row, CodeColumnCode);
        const bool marked = index.data(LocalRole).toBool() || index.data(HasLocalNotesRole).toBool();
        // A local mark makes a row wider than any unmarked code could.
        ranked.emplace_back(estimate(index.data().toString()) + (marked ? 1000 : 0), row);
    }
    const auto widestFirst = [](const auto &a, const auto &b) { return a.first > b.first; };
    const std::size_t candidates = std::min<std::size_t>(ranked.size(), exactlyMeasured);
    std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(candidates), ranked.end(), widestFirst);
    QModelIndex widest;
    int widestAdvance = -1;
    for (std::size_t i = 0; i < candidates; ++i) {
        const QModelIndex index = codes->index(ranked[i].second, CodeColumnCode);
        const bool marked = ranked[i].first >= 1000;
        const int advance = metrics.horizontalAdvance(index.data().toString()) + (marked ? 1000 : 0);
        if (advance > widestAdvance || (advance == widestAdvance && index.row() < widest.row())) {
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
    // Ranked by estimate, then measured exactly around the share's rank: the titles far from
    // it stay on their side of it.
    const QFontMetrics metrics(font());
    WidthEstimate estimate(metrics);
    std::vector<std::pair<int, int>> ranked; // estimate, row
    ranked.reserve(std::size_t(codes->rowCount()));
    for (int row = 0; row < codes->rowCount(); ++row) {
        ranked.emplace_back(estimate(codes->index(row, CodeColumnTitle).data().toString()), row);
    }
    if (ranked.empty()) {
        return header()->sectionSizeHint(CodeColumnTitle);
    }
    std::sort(ranked.begin(), ranked.end());
    const auto at = std::size_t(double(ranked.size() - 1) * wholeTitles);
    const std::size_t first = at > std::size_t(exactlyMeasured) ? at - exactlyMeasured : 0;
    const std::size_t last = std::min(ranked.size(), at + exactlyMeasured + 1);
    std::vector<int> widths;
    for (std::size_t i = first; i < last; ++i) {
        widths.push_back(
            metrics.horizontalAdvance(codes->index(ranked[i].second, CodeColumnTitle).data().toString()));
    }
    std::sort(widths.begin(), widths.end());
    // The style's text margins inside a cell, on both sides.
    const int cellMargin = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1);
    return widths.at(at - first) + cellMargin;
}

} // namespace SmtpCodes
