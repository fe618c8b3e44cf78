// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace SmtpCodes {

// The labels of the commands that are both a button and a menu item, written once so that the
// button, the menu item and the context menu spell a command alike, its Alt+letter included.
// The letters are chosen so that none clashes with the menu bar, the tabs or another control
// of the view the command is in (tests/ui/tst_keyboard.cpp checks it in every language).
class CommandTexts
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::CommandTexts)

public:
    static QString copyFixAdvice();
    static QString copyEntry();
    static QString copyComparison();
    static QString copyExplanation();
    static QString copyAsMarkdown();
    static QString pasteAndExplain();
    static QString openFile();
    static QString cancelExplaining();
    static QString swapCodes();
};

} // namespace SmtpCodes
