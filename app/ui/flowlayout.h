// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>

namespace SmtpCodes {

// Lays its items out as words in a paragraph: left to right, starting a new row where one is
// full. A row of buttons so never makes its pane wider than the text above it needs, in any
// language; where there is room the items stay in one row.
class FlowLayout final : public QLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLayout)

public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;

    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    // The widest item: narrower than that, an item would be cut.
    QSize minimumSize() const override;
    // Every item in one row.
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in rect (only measures when apply is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;
    int horizontalSpacing() const;
    int verticalSpacing() const;
    int spacingOf(Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
};

} // namespace SmtpCodes
