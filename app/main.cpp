// SPDX-License-Identifier: GPL-3.0-or-later
#include "browseview.h"
#include "firstpaintprobe.h"
#include "knowledgebasesources.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "terminalmode.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>
#include <QTreeView>

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

// The window speaks the system's language where a translation exists; the knowledge base and
// the terminal output stay English, as the RFCs they quote.
void installTranslations(QApplication &app)
{
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), u"smtp-codes"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(own);
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}
} // namespace

int main(int argc, char **argv)
{
    SmtpCodes::FirstPaintProbe probe;
    probe.start();
    const QStringList arguments = argumentList(argc, argv);
    // Terminal mode must not need a display, so it gets a QCoreApplication only.
    if (SmtpCodes::TerminalMode::isWanted(arguments)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        QTextStream out(stdout);
        QTextStream err(stderr);
        return SmtpCodes::TerminalMode(out, err).run(QCoreApplication::arguments());
    }
    // The knowledge base loads on a second core while Qt connects to the display and reads its
    // fonts, the two largest costs of a start. The overlay directory depends on the names.
    setApplicationIdentity();
    auto loading = SmtpCodes::KnowledgeBaseSources::fromArguments(arguments).loadInBackground();
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"SMTP Codes"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/smtp-codes.svg"_s));
    QApplication::setDesktopFileName(u"io.github.smtpcodes.SmtpCodes"_s);
    QStringList codes;
    const SmtpCodes::KnowledgeBaseSources sources
        = SmtpCodes::KnowledgeBaseSources::fromArguments(QCoreApplication::arguments(), &codes);
    codes.removeFirst();
    codes = SmtpCodes::MainWindow::resolveFileArguments(codes);
    const bool measuring = qEnvironmentVariableIsSet(SmtpCodes::FirstPaintProbe::environmentVariable);

    SmtpCodes::SingleInstance instance(SmtpCodes::SingleInstance::defaultServerName());
    if (!measuring && instance.handOver(codes)) {
        return 0;
    }
    if (!measuring && !instance.listen()) {
        QTextStream(stderr) << "smtp-codes: other starts will open their own window: "
                            << instance.errorString() << '\n';
    }
    installTranslations(app);

    // The list first: the entry beside it is rendered once the window has painted.
    SmtpCodes::BrowseView::deferFirstEntry();
    // The window is built while the knowledge base loads on the other core, and filled from it.
    SmtpCodes::MainWindow window(nullptr);
    auto loaded = std::make_unique<SmtpCodes::LoadedKnowledgeBase>(loading.get());
    window.adoptKnowledgeBase(std::move(loaded), sources);
    window.restoreSettings();
    window.openArguments(codes);
    QObject::connect(&instance, &SmtpCodes::SingleInstance::argumentsReceived, &window,
        &SmtpCodes::MainWindow::activateWithArguments);
    if (measuring) {
        // The list filled and painted is what a user waits for.
        probe.watch(window.browseView()->listView()->viewport());
    }
    window.show();
    return QApplication::exec();
}
