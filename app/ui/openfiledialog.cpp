// SPDX-License-Identifier: GPL-3.0-or-later
#include "openfiledialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
const auto lastFolderKey = u"explain/lastFolder"_s;
} // namespace

QString OpenFileDialog::getFile(QWidget *parent)
{
    const QString folder
        = QSettings()
              .value(lastFolderKey, QStandardPaths::writableLocation(QStandardPaths::HomeLocation))
              .toString();
    return QFileDialog::getOpenFileName(parent, tr("Open a bounce, mailbox or log"), folder,
        tr("Mail and logs (*.eml *.mbox *.mbx *.msg *.txt *.log)") + u";;"_s + tr("All files (*)"));
}

void OpenFileDialog::rememberFolderOf(const QString &path)
{
    QSettings().setValue(lastFolderKey, QFileInfo(path).absolutePath());
}

} // namespace SmtpCodes
