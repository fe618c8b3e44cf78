// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "location.h"

#include <QList>
#include <QString>

namespace SmtpCodes {

// The favourites file. Writes are atomic (a crash or kill at any moment leaves either the old
// or the new file), and a file that cannot be read is moved aside, never overwritten.
class FavouritesStore
{
public:
    struct LoadResult
    {
        QList<Location> favourites;
        // Empty when the file was read whole (or did not exist yet).
        QString problem;
        // Where an unreadable file was moved to, so the user can still recover it.
        QString keptAsidePath;
        // Some items were left out: saving the rest now keeps the problem from coming back.
        bool needsRewrite = false;
    };

    explicit FavouritesStore(const QString &filePath);
    // favourites.json in the user's data directory.
    static QString defaultFilePath();

    QString filePath() const { return m_filePath; }
    LoadResult load() const;
    // False, with the reason in error, when the file could not be written; the old one stays.
    bool save(const QList<Location> &favourites, QString *error = nullptr) const;

private:
    enum class KeepAside { Move, Copy };
    QString keepAside(KeepAside how) const;

    QString m_filePath;
};

} // namespace SmtpCodes
