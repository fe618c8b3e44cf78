// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowledgebasesources.h"

#include "builtinknowledgebase.h"
#include "knowledgebaseloader.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

QString KnowledgeBaseSources::defaultOverlayDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/knowledge-base"_s;
}

KnowledgeBaseSources KnowledgeBaseSources::fromArguments(const QStringList &arguments, QStringList *remaining)
{
    KnowledgeBaseSources sources;
    QStringList files;
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (i == 0) {
            rest.append(argument);
        } else if (argument == u"--kb" && i + 1 < arguments.size()) {
            files.append(arguments.at(++i));
        } else if (argument.startsWith(u"--kb=")) {
            files.append(argument.mid(5));
        } else if (argument == u"--no-overlay") {
            sources.setOverlayEnabled(false);
        } else {
            rest.append(argument);
        }
    }
    sources.setExtraFiles(files);
    if (remaining) {
        *remaining = rest;
    }
    return sources;
}

void KnowledgeBaseSources::setOverlayDirectory(const QString &directory)
{
    m_customDirectory = true;
    m_overlayDirectory = directory;
}

QString KnowledgeBaseSources::overlayDirectory() const
{
    return m_customDirectory ? m_overlayDirectory : defaultOverlayDirectory();
}

QStringList KnowledgeBaseSources::directoryFiles(const QString &directory, QList<LoadProblem> *problems) const
{
    const QFileInfo info(directory);
    if (!info.exists()) {
        return {}; // most users have no overlay, and that is no problem
    }
    if (!info.isDir()) {
        problems->append({directory, 0, 0, {}, {}, u"is not a directory; overlay files go inside it"_s});
        return {};
    }
    const QDir dir(directory);
    if (!info.isReadable() || !info.isExecutable()) {
        problems->append({directory, 0, 0, {}, {}, u"cannot read the directory"_s});
        return {};
    }
    // Directories and broken links named *.json are listed too, so that they are reported
    // rather than silently passed over.
    QStringList names = dir.entryList({u"*.json"_s},
        QDir::Files | QDir::Dirs | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::NoSort);
    // Byte order, not the locale's: the same files load in the same order everywhere.
    std::sort(names.begin(), names.end());
    QStringList paths;
    for (const QString &name : std::as_const(names)) {
        paths.append(dir.filePath(name));
    }
    return paths;
}

std::future<LoadedKnowledgeBase> KnowledgeBaseSources::loadInBackground() const
{
    return std::async(std::launch::async, [sources = *this] { return sources.load(); });
}

LoadedKnowledgeBase KnowledgeBaseSources::load() const
{
    LoadedKnowledgeBase result;
    QList<LoadProblem> listingProblems;
    if (m_overlayEnabled && !overlayDirectory().isEmpty()) {
        result.overlayFiles = directoryFiles(overlayDirectory(), &listingProblems);
    }
    result.overlayFiles += m_extraFiles;
    if (result.overlayFiles.isEmpty()) {
        // Most starts: the built-in data as the build finished it, with nothing to check again.
        result.base = BuiltInKnowledgeBase::load(&result.problems);
        result.problems = listingProblems + result.problems;
        return result;
    }
    KnowledgeBaseLoader loader;
    BuiltInKnowledgeBase::loadInto(loader);
    loader.setLocal(true);
    for (const QString &file : std::as_const(result.overlayFiles)) {
        loader.loadFile(file);
    }
    result.base = loader.finish();
    result.problems = listingProblems + loader.problems();
    return result;
}

} // namespace SmtpCodes
