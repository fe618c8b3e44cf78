// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QObject>

class QSettings;
class QTextBrowser;

namespace SmtpCodes {

// View ▸ Zoom: one text size for the rich-text panes (the entry, the comparison, the
// explanation), in a web browser's steps, also with Ctrl and the mouse wheel over a pane;
// remembered in the settings.
class TextZoom final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextZoom)

public:
    static constexpr int smallest = 50;
    static constexpr int largest = 300;

    TextZoom(const QList<QTextBrowser *> &panes, QObject *parent);
    ~TextZoom() override;

    // A pane built later (a view built on first use) takes the size the others have.
    void addPane(QTextBrowser *pane);

    // The text size in percent of the panes' own.
    int percent() const { return m_percent; }
    bool canZoomIn() const { return m_percent < largest; }
    bool canZoomOut() const { return m_percent > smallest; }
    void zoomIn();
    void zoomOut();
    void reset();
    // Snaps percent to the nearest step within the range.
    void setPercent(int percent);

    void save(QSettings &settings) const;
    void restore(const QSettings &settings);

Q_SIGNALS:
    void changed(int percent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();
    void apply(qsizetype pane);

    QList<QTextBrowser *> m_panes;
    QList<QFont> m_fonts; // each pane's font at 100 %
    int m_percent = 100;
    int m_wheel = 0; // wheel motion not yet turned into a step
};

} // namespace SmtpCodes
