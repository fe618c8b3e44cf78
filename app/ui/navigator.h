// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "location.h"
#include "navigationhistory.h"

#include <QObject>

class QAction;
class QTimer;
class QWidget;

namespace SmtpCodes {

class ViewTabs;

// Back and forward over the entries and comparisons on screen, as in a web browser, with the
// Back and Forward actions and the mouse's back and forward buttons anywhere in the window.
// Browsing with the keyboard passes many codes; only the one the user stays on is recorded.
class Navigator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Navigator)

public:
    // Listens to the mouse buttons over every widget of window.
    Navigator(ViewTabs *tabs, QWidget *window);
    ~Navigator() override;

    // Keeps back and forward enabled as the history allows.
    void setActions(QAction *back, QAction *forward);
    const NavigationHistory &history() const { return m_history; }

    void goBack();
    void goForward();
    // Records what is on screen once the user has stayed on it for a moment.
    void scheduleVisit();
    // Records what is on screen now.
    void recordVisit();
    // While set, places shown are not recorded (a restore, a reload).
    void setSuspended(bool suspended) { m_suspended = suspended; }
    // Starts the history afresh at what is on screen.
    void restart();
    // Shows place without recording it; a code with no entry is reported through message().
    void navigateTo(const Location &place);

Q_SIGNALS:
    // For the status bar.
    void message(const QString &text);
    // The place on screen may have changed (after a visit, back or forward).
    void placeChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateActions();

    ViewTabs *m_tabs;
    QWidget *m_window;
    NavigationHistory m_history;
    QTimer *m_visitTimer;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    bool m_suspended = false;
};

} // namespace SmtpCodes
