// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace SmtpCodes {

// One window per user: a second start hands its arguments to the running window over a local
// socket and exits. A desktop shortcut bound to `smtp-codes` then summons the app, which works
// on Wayland where global hotkeys do not.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    // Overrides the socket's name, so tests and parallel sessions do not meet.
    static constexpr const char *environmentVariable = "SMTPCODES_INSTANCE_SOCKET";

    explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket in the user's runtime directory, unless the environment names another.
    static QString defaultServerName();

    // Gives arguments to a running instance; true once it has confirmed receiving them.
    bool handOver(const QStringList &arguments, int timeoutMs = 2000);
    // Becomes the running instance. A socket left behind by a crashed instance is removed.
    bool listen();
    bool isListening() const;
    QString errorString() const { return m_error; }
    QString serverName() const { return m_serverName; }

Q_SIGNALS:
    void argumentsReceived(const QStringList &arguments);

private:
    void acceptConnection();

    QString m_serverName;
    QLocalServer *m_server = nullptr;
    QString m_error;
};

} // namespace SmtpCodes
