// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace SmtpCodes {

FirstPaintProbe::FirstPaintProbe(QObject *parent)
    : QObject(parent)
{ }

FirstPaintProbe::~FirstPaintProbe() = default;

void FirstPaintProbe::watch(QObject *widget)
{
    widget->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // Report once the paint has been handled and flushed, i.e. on the next turn of the loop.
        QTimer::singleShot(0, this, [this] {
            std::printf("first-paint-ms %.2f\n", double(m_timer.nsecsElapsed()) / 1e6);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace SmtpCodes
