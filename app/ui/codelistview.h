// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace SmtpCodes {

// The list of codes: each code a badge in its class's colour, the code column as wide as the
// widest code, titles cut at the right (the tooltip has the whole title) and a preferred
// width that shows most titles whole, so that a splitter gives the list what it needs and
// the detail pane the rest.
class CodeListView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeListView)

public:
    explicit CodeListView(QWidget *parent = nullptr);
    ~CodeListView() override;

    // Measures every row of codes (a CodeListModel, not the filtered rows on screen) for the
    // code column's width and the preferred width; again after the model is reset.
    void fitToContents(const QAbstractItemModel *codes);
    QSize sizeHint() const override;

private:
    int fitCodeColumn(const QAbstractItemModel *codes);
    int titleWidth(const QAbstractItemModel *codes) const;

    int m_preferredWidth = 0;
};

} // namespace SmtpCodes
