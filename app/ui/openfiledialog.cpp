// SPDX-License-Identifier: GPL-3.0-or-later
#include "openfiledialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
const auto lastFolderKey = u"explain/lastFolder"_s;
const auto lastSummarisedFolderKey = u"explain/lastSummarisedFolder"_s;
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

QString OpenFileDialog::getFolder(QWidget *parent)
{
    const QSettings settings;
    const QString folder = settings
                               .value(lastSummarisedFolderKey,
                                   settings.value(lastFolderKey,
                                       QStandardPaths::writableLocation(QStandardPaths::HomeLocation)))
                               .toString();
    return QFileDialog::getExistingDirectory(parent, tr("Open a folder of bounces or logs"), folder);
}

void OpenFileDialog::rememberFolder(const QString &path)
{
    QSettings().setValue(lastSummarisedFolderKey, QFileInfo(path).absoluteFilePath());
}

QString OpenFileDialog::folderProblem(const QString &path)
{
    const QDir folder(path);
    const QString name = QFileInfo(path).fileName();
    if (!folder.exists() || !folder.isReadable()) {
        return tr("The folder %1 cannot be read").arg(name);
    }
    if (folder.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot)) {
        return tr("The folder %1 is empty: there is nothing to summarise").arg(name);
    }
    return {};
}

} // namespace SmtpCodes
