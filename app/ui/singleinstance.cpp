// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
// Arguments are a handful of codes; anything longer is not from us.
constexpr qint64 maximumMessageSize = 64 * 1024;
const QByteArray acknowledgement = "ok\n";
} // namespace

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    const QString overridden = qEnvironmentVariable(environmentVariable);
    if (!overridden.isEmpty()) {
        return overridden;
    }
    // The runtime directory is private to the user, so other users cannot summon our window.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty() && QDir(runtime).exists()) {
        return runtime + u"/smtp-codes.socket"_s;
    }
    return u"smtp-codes-"_s + qEnvironmentVariable("USER", u"user"_s);
}

bool SingleInstance::handOver(const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
    QByteArray message = QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact);
    message.append('\n');
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs)) {
        return false;
    }
    // Wait for the answer: exiting before the window has the codes could lose them.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            return false;
        }
    }
    return socket.readLine() == acknowledgement;
}

bool SingleInstance::listen()
{
    if (m_server) {
        return true;
    }
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_serverName)) {
        // Nobody answered handOver(), so a socket that exists was left by a crashed instance.
        if (server->serverError() == QAbstractSocket::AddressInUseError) {
            QLocalServer::removeServer(m_serverName);
        }
        if (!server->listen(m_serverName)) {
            m_error = server->errorString();
            delete server;
            return false;
        }
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnection);
    return true;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::acceptConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > maximumMessageSize) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine()) {
                return;
            }
            const QJsonDocument document = QJsonDocument::fromJson(socket->readLine());
            socket->write(acknowledgement);
            socket->flush();
            if (!document.isArray()) {
                return;
            }
            QStringList arguments;
            for (const QJsonValue &value : document.array()) {
                arguments.append(value.toString());
            }
            Q_EMIT argumentsReceived(arguments);
        });
    }
}

} // namespace SmtpCodes
