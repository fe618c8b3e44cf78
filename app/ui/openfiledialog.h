// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace SmtpCodes {

// Asks for a mail, an mbox or a log to explain, in the folder of the last file explained
// (kept in the settings, so it is the same folder after a restart).
class OpenFileDialog
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::OpenFileDialog)

public:
    // The file chosen; empty when the user cancelled.
    static QString getFile(QWidget *parent);
    // The next dialog opens in the folder of path, however that file was opened.
    static void rememberFolderOf(const QString &path);
};

} // namespace SmtpCodes
