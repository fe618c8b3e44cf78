// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigator.h"

#include "browseview.h"
#include "compareview.h"
#include "viewtabs.h"

#include <QAction>
#include <QApplication>
#include <QMouseEvent>
#include <QTimer>

namespace SmtpCodes {

namespace {
// Long enough to pass over codes while typing or holding an arrow key, short enough that a
// code read for a moment is in the history.
constexpr int settleMilliseconds = 700;
} // namespace

Navigator::Navigator(ViewTabs *tabs, QWidget *window)
    : QObject(window)
    , m_tabs(tabs)
    , m_window(window)
    , m_visitTimer(new QTimer(this))
{
    m_visitTimer->setSingleShot(true);
    m_visitTimer->setInterval(settleMilliseconds);
    connect(m_visitTimer, &QTimer::timeout, this, &Navigator::recordVisit);
    // Mouse back and forward buttons work wherever the pointer is in the window.
    qApp->installEventFilter(this);
}

Navigator::~Navigator()
{
    qApp->removeEventFilter(this);
}

void Navigator::setActions(QAction *back, QAction *forward)
{
    m_back = back;
    m_forward = forward;
    updateActions();
}

void Navigator::scheduleVisit()
{
    if (!m_suspended) {
        m_visitTimer->start();
    }
    updateActions();
    Q_EMIT placeChanged();
}

void Navigator::recordVisit()
{
    m_visitTimer->stop();
    if (!m_suspended) {
        m_history.visit(m_tabs->currentLocation());
    }
    updateActions();
    Q_EMIT placeChanged();
}

void Navigator::restart()
{
    m_history.clear();
    recordVisit();
}

void Navigator::goBack()
{
    // A place still settling counts as visited, so Back returns to what was before it.
    if (m_visitTimer->isActive()) {
        recordVisit();
    }
    navigateTo(m_history.back());
}

void Navigator::goForward()
{
    if (m_visitTimer->isActive()) {
        recordVisit();
    }
    navigateTo(m_history.forward());
}

void Navigator::navigateTo(const Location &place)
{
    if (!place.isValid()) {
        return;
    }
    const bool suspended = m_suspended;
    m_suspended = true;
    if (place.kind == Location::Kind::Comparison) {
        m_tabs->compareView()->compare(place.first, place.second);
        m_tabs->setCurrentWidget(m_tabs->compareView());
    } else {
        m_tabs->setCurrentWidget(m_tabs->browseView());
        if (!m_tabs->browseView()->showCode(place.first)) {
            Q_EMIT message(tr("No entry for \u201c%1\u201d").arg(place.first));
        }
    }
    m_visitTimer->stop();
    m_suspended = suspended;
    updateActions();
    Q_EMIT placeChanged();
}

void Navigator::updateActions()
{
    if (m_back && m_forward) {
        m_back->setEnabled(m_history.canGoBack() || m_visitTimer->isActive());
        m_forward->setEnabled(m_history.canGoForward() && !m_visitTimer->isActive());
    }
}

bool Navigator::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        auto *widget = qobject_cast<QWidget *>(watched);
        const auto button = static_cast<QMouseEvent *>(event)->button();
        if (widget && widget->window() == m_window
            && (button == Qt::BackButton || button == Qt::ForwardButton)) {
            button == Qt::BackButton ? goBack() : goForward();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace SmtpCodes
