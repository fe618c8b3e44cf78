// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace SmtpCodes {

// For start-up measurements: once the watched widget has painted for the first time, prints
// "first-paint-ms <milliseconds since start()>" on stdout and quits the application.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintProbe)

public:
    // Set this environment variable to any value to make the app exit after its first paint.
    static constexpr const char *environmentVariable = "SMTPCODES_STARTUP_PROBE";

    explicit FirstPaintProbe(QObject *parent = nullptr);
    ~FirstPaintProbe() override;

    void start() { m_timer.start(); }
    void watch(QObject *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_timer;
    bool m_reported = false;
};

} // namespace SmtpCodes
