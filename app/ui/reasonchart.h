// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summary.h"

#include <QWidget>

#include <memory>

namespace SmtpCodes {

// The failures of a summary by reason, as horizontal bars split into hard and soft bounces,
// the largest first; the reasons past the first few are one "Other reasons" bar.
class ReasonChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonChart)

public:
    static constexpr int shownReasons = 7;

    explicit ReasonChart(QWidget *parent = nullptr);
    ~ReasonChart() override;

    void setSummary(std::shared_ptr<const Summary> summary);
    // The bars drawn: label, hard and soft failures.
    struct Bar
    {
        QString label;
        int hard = 0;
        int soft = 0;
    };
    const QList<Bar> &bars() const { return m_bars; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Bar> m_bars;
};

} // namespace SmtpCodes
