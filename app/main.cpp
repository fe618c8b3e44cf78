// SPDX-License-Identifier: GPL-3.0-or-later
#include "browseview.h"
#include "firstpaintprobe.h"
#include "knowledgebaseloader.h"
#include "mainwindow.h"
#include "terminalmode.h"

#include <QApplication>
#include <QTextStream>
#include <QTreeView>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(u"smtp-codes"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SMTPCODES_VERSION));
    QCoreApplication::setOrganizationName(u"smtp-codes"_s);
}

QStringList argumentList(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}
} // namespace

int main(int argc, char **argv)
{
    SmtpCodes::FirstPaintProbe probe;
    probe.start();
    // Terminal mode must not need a display, so it gets a QCoreApplication only.
    if (SmtpCodes::TerminalMode::isWanted(argumentList(argc, argv))) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return SmtpCodes::TerminalMode(out, err).run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(u"SMTP Codes"_s);
    const SmtpCodes::KnowledgeBase base = SmtpCodes::KnowledgeBaseLoader::loadBuiltIn();
    SmtpCodes::MainWindow window(&base);
    window.restoreSettings();
    window.openArguments(QCoreApplication::arguments().mid(1));
    if (qEnvironmentVariableIsSet(SmtpCodes::FirstPaintProbe::environmentVariable)) {
        // The list filled and painted is what a user waits for.
        probe.watch(window.browseView()->listView()->viewport());
    }
    window.show();
    return QApplication::exec();
}
