// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {
// Runs this test executable as the other instance, in its own process.
int runChild(const QStringList &arguments, QProcess *process = nullptr)
{
    QProcess local;
    QProcess *child = process ? process : &local;
    child->start(QCoreApplication::applicationFilePath(), arguments);
    if (!child->waitForStarted(10000)) {
        return -1;
    }
    // The child waits for our answer, so keep our event loop running meanwhile.
    QElapsedTimer timer;
    timer.start();
    while (child->state() != QProcess::NotRunning && timer.elapsed() < 20000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        child->waitForFinished(20);
    }
    return child->exitStatus() == QProcess::NormalExit ? child->exitCode() : -2;
}
} // namespace

class TstSingleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void handOver_deliversTheArgumentsToTheRunningInstance()
    {
        const QString name = m_dir.filePath(u"a.socket"_s);
        SingleInstance running(name);
        QVERIFY(running.listen());
        QSignalSpy received(&running, &SingleInstance::argumentsReceived);
        QCOMPARE(runChild({u"--hand-over"_s, name, u"250"_s, u"251"_s}), 0);
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(), (QStringList {u"250"_s, u"251"_s}));

        // With no arguments, a second start only summons the window.
        QCOMPARE(runChild({u"--hand-over"_s, name}), 0);
        QTRY_COMPARE(received.count(), 2);
        QVERIFY(received.at(1).at(0).toStringList().isEmpty());
    }

    void handOver_withNobodyListening_fails()
    {
        QCOMPARE(runChild({u"--hand-over"_s, m_dir.filePath(u"nobody.socket"_s), u"550"_s}), 1);
    }

    void staleSocketOfACrashedInstance_isRecovered()
    {
        const QString name = m_dir.filePath(u"stale.socket"_s);
        QCOMPARE(runChild({u"--listen-and-crash"_s, name}), -2);
        QVERIFY2(QFileInfo::exists(name), "the crashed instance should leave its socket behind");

        SingleInstance next(name);
        QVERIFY(!next.handOver({u"550"_s}, 500));
        QVERIFY2(next.listen(), qPrintable(next.errorString()));
        QSignalSpy received(&next, &SingleInstance::argumentsReceived);
        QCOMPARE(runChild({u"--hand-over"_s, name, u"550"_s}), 0);
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(), QStringList {u"550"_s});
    }

    void garbage_isIgnoredAndTheServerKeepsWorking()
    {
        const QString name = m_dir.filePath(u"garbage.socket"_s);
        SingleInstance running(name);
        QVERIFY(running.listen());
        QSignalSpy received(&running, &SingleInstance::argumentsReceived);
        QCOMPARE(runChild({u"--send-raw"_s, name, u"{not json"_s}), 0);
        QCOMPARE(runChild({u"--hand-over"_s, name, u"421"_s}), 0);
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(), QStringList {u"421"_s});
    }

    void theApp_handsOverToItsRunningWindowAndExits()
    {
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        const QString socket = home.filePath(u"app.socket"_s);
        environment.insert(QString::fromLatin1(SingleInstance::environmentVariable), socket);

        QProcess first;
        first.setProcessEnvironment(environment);
        first.start(QStringLiteral(SMTPCODES_EXECUTABLE), {u"250"_s});
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(socket), 20000);

        QProcess second;
        second.setProcessEnvironment(environment);
        second.start(QStringLiteral(SMTPCODES_EXECUTABLE), {u"550"_s});
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY(first.state() == QProcess::Running);

        // Terminal mode never goes to the window: it prints and exits on its own.
        QProcess terminal;
        terminal.setProcessEnvironment(environment);
        terminal.start(QStringLiteral(SMTPCODES_EXECUTABLE), {u"--show"_s, u"251"_s});
        QVERIFY(terminal.waitForFinished(20000));
        QCOMPARE(terminal.exitCode(), 0);
        QVERIFY(terminal.readAllStandardOutput().startsWith("251"));

        first.terminate();
        QVERIFY(first.waitForFinished(10000));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() >= 3 && arguments.at(1) == u"--hand-over") {
        return SingleInstance(arguments.at(2)).handOver(arguments.mid(3)) ? 0 : 1;
    }
    if (arguments.size() == 3 && arguments.at(1) == u"--listen-and-crash") {
        SingleInstance instance(arguments.at(2));
        if (!instance.listen()) {
            return 3;
        }
        std::raise(SIGKILL);
    }
    if (arguments.size() == 4 && arguments.at(1) == u"--send-raw") {
        QLocalSocket socket;
        socket.connectToServer(arguments.at(2));
        if (!socket.waitForConnected(2000)) {
            return 1;
        }
        socket.write(arguments.at(3).toUtf8() + '\n');
        socket.waitForBytesWritten(2000);
        socket.waitForReadyRead(2000);
        return 0;
    }
    TstSingleInstance test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_singleinstance.moc"
