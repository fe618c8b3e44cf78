// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knowledgebase.h"
#include "loadproblem.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <future>

namespace SmtpCodes {

// A knowledge base as loaded from all its sources, with every problem found on the way.
struct LoadedKnowledgeBase
{
    KnowledgeBase base;
    QList<LoadProblem> problems;
    // The overlay files read, in the order they were read (the directory's, then extra files).
    QStringList overlayFiles;
};

// Where the knowledge base comes from: the built-in data, then the user's overlay (every
// *.json file of overlayDirectory() in name order), then extra files (--kb FILE). Overlay
// files add entries and notes; they go through the same validator, and what is wrong in them
// is left out with a problem, so the built-in data and the valid parts always serve.
class KnowledgeBaseSources
{
public:
    // QStandardPaths::AppDataLocation + "/knowledge-base": needs the application and
    // organisation names set first.
    static QString defaultOverlayDirectory();

    // Reads "--kb FILE", "--kb=FILE" (repeatable) and "--no-overlay" from arguments (the first
    // is the program); *remaining gets the other arguments, program included, in order.
    static KnowledgeBaseSources fromArguments(const QStringList &arguments, QStringList *remaining = nullptr);

    // Without a call, the default directory; an empty directory means none.
    void setOverlayDirectory(const QString &directory);
    QString overlayDirectory() const;
    void setOverlayEnabled(bool enabled) { m_overlayEnabled = enabled; }
    bool isOverlayEnabled() const { return m_overlayEnabled; }
    void setExtraFiles(const QStringList &files) { m_extraFiles = files; }
    const QStringList &extraFiles() const { return m_extraFiles; }

    // Reads every source again, so calling it later picks up edited overlay files.
    LoadedKnowledgeBase load() const;
    // load() on a thread of its own, for a start-up that has other work to do meanwhile.
    std::future<LoadedKnowledgeBase> loadInBackground() const;

private:
    QStringList directoryFiles(const QString &directory, QList<LoadProblem> *problems) const;

    bool m_overlayEnabled = true;
    bool m_customDirectory = false;
    QString m_overlayDirectory;
    QStringList m_extraFiles;
};

} // namespace SmtpCodes
