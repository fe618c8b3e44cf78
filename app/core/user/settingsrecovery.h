// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace SmtpCodes {

// Checks the settings file before it is used. QSettings silently drops what it cannot read and
// would then overwrite the file on exit; a damaged file is moved aside instead, so the window
// starts with defaults and the user can still recover the old file.
class SettingsRecovery
{
public:
    struct Result
    {
        // Empty when the file was fine or did not exist.
        QString problem;
        QString keptAsidePath;
    };

    // Checks the file of the application's default QSettings.
    static Result checkDefaultSettings();
    static Result check(const QString &filePath);
};

} // namespace SmtpCodes
