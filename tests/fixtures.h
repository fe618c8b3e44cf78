// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Fixture files of tests/data, shared by the suites of several modules.
#include "knowledgebasesources.h"

#include <QFile>
#include <QString>
#include <QStringList>

namespace SmtpCodes::Fixtures {

// tests/data/overlay/NAME
inline QString overlayPath(const QString &name)
{
    return QStringLiteral(SMTPCODES_TEST_DATA "/overlay/") + name;
}

// The built-in knowledge base with the overlay fixtures NAMES, and not the user's own.
inline KnowledgeBase loadOverlay(const QStringList &names)
{
    KnowledgeBaseSources sources;
    sources.setOverlayDirectory({});
    QStringList files;
    for (const QString &name : names) {
        files.append(overlayPath(name));
    }
    sources.setExtraFiles(files);
    return sources.load().base;
}

// The text of tests/data/explain/NAME; a missing fixture ends the test.
inline QString explainText(const QString &name)
{
    QFile file(QStringLiteral(SMTPCODES_TEST_DATA "/explain/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read fixture %s", qPrintable(name));
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace SmtpCodes::Fixtures
