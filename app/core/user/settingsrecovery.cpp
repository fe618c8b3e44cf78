// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsrecovery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
// Our settings are a few kilobytes; a file this large was not written by us.
constexpr qint64 maximumFileSize = 1024 * 1024;

QString damage(const QString &filePath)
{
    QFile file(filePath);
    if (file.size() > maximumFileSize) {
        return QCoreApplication::translate("SmtpCodes::SettingsRecovery", "it is larger than 1 MB");
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return {}; // unreadable: QSettings will not overwrite what it cannot open either
    }
    const QByteArray data = file.readAll();
    if (data.contains('\0')) {
        return QCoreApplication::translate("SmtpCodes::SettingsRecovery", "it holds binary data");
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(data);
    if (decoder.hasError()) {
        return QCoreApplication::translate("SmtpCodes::SettingsRecovery", "it is not UTF-8 text");
    }
    if (QSettings(filePath, QSettings::IniFormat).status() != QSettings::NoError) {
        return QCoreApplication::translate("SmtpCodes::SettingsRecovery", "it is not in the INI format");
    }
    return {};
}
} // namespace

SettingsRecovery::Result SettingsRecovery::checkDefaultSettings()
{
    return check(QSettings().fileName());
}

SettingsRecovery::Result SettingsRecovery::check(const QString &filePath)
{
    Result result;
    if (!QFileInfo(filePath).isFile()) {
        return result;
    }
    const QString reason = damage(filePath);
    if (reason.isEmpty()) {
        return result;
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = filePath + u".corrupt-"_s + stamp;
    for (int n = 2; QFile::exists(target); ++n) {
        target = filePath + u".corrupt-"_s + stamp + u'-' + QString::number(n);
    }
    if (QFile::rename(filePath, target)) {
        result.keptAsidePath = target;
        result.problem
            = QCoreApplication::translate("SmtpCodes::SettingsRecovery",
                "The settings file %1 could not be read (%2). The window starts with default settings; "
                "the old file was kept as %3.")
                  .arg(QDir::toNativeSeparators(filePath), reason, QDir::toNativeSeparators(target));
    } else {
        result.problem = QCoreApplication::translate("SmtpCodes::SettingsRecovery",
            "The settings file %1 could not be read (%2) nor moved aside; settings may be lost.")
                             .arg(QDir::toNativeSeparators(filePath), reason);
    }
    return result;
}

} // namespace SmtpCodes
