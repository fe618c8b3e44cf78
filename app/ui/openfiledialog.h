// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace SmtpCodes {

// Asks for a mail, an mbox or a log to explain, in the folder of the last file explained, or for
// a folder of them to summarise, at the last folder summarised (both kept in the settings, so
// they are the same after a restart).
class OpenFileDialog
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::OpenFileDialog)

public:
    // The file chosen; empty when the user cancelled.
    static QString getFile(QWidget *parent);
    // The next dialog opens in the folder of path, however that file was opened.
    static void rememberFolderOf(const QString &path);
    // Asks for a folder of mails or logs to summarise, starting at the last one opened.
    static QString getFolder(QWidget *parent);
    static void rememberFolder(const QString &path);
    // Why path cannot be summarised as a folder (it cannot be read, it is empty); empty if it can.
    static QString folderProblem(const QString &path);
};

} // namespace SmtpCodes
