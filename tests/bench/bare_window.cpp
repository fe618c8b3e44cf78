// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for start-up comparisons: the least a Qt Widgets program does to put text in a
// window, timed by the same probe as the app.
#include "firstpaintprobe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    SmtpCodes::FirstPaintProbe probe;
    probe.start();
    QApplication app(argc, argv);
    QMainWindow window;
    auto *label = new QLabel(u"SMTP Codes"_s, &window);
    window.setCentralWidget(label);
    if (qEnvironmentVariableIsSet(SmtpCodes::FirstPaintProbe::environmentVariable)) {
        probe.watch(label);
    }
    window.resize(1100, 720);
    window.show();
    return QApplication::exec();
}
