// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reference.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpCodes {

// A curated explanation of codes that are often confused; any two of its codes compare with it.
struct Distinction
{
    QStringList codes;
    QString title;
    QString summary;
    QStringList keyDifferences;
    QString forSender;
    QString forServer;
    QList<Reference> references;

    bool covers(const QString &a, const QString &b) const
    {
        return a != b && codes.contains(a) && codes.contains(b);
    }
};

} // namespace SmtpCodes
