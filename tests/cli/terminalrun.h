// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real executable, as a user or a script would, without a display.
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace SmtpCodes::TerminalRun {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The user's data directory of every run: empty unless a test puts an overlay there, so the
// files of whoever runs the tests never change their outcome.
inline const QTemporaryDir &dataHome()
{
    static const QTemporaryDir dir;
    return dir;
}

// smtp-codes with arguments and input on its standard input; exit code -1 when it crashed or
// did not end within 30 seconds.
inline Run run(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome().path());
    // Terminal mode must not need a display at all.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SMTPCODES_EXECUTABLE), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

} // namespace SmtpCodes::TerminalRun
