// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowledgebasereloader.h"

#include "codelistmodel.h"
#include "favouritesmodel.h"
#include "noticebar.h"

#include <QDesktopServices>
#include <QDir>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
constexpr int messageMilliseconds = 8000;
} // namespace

KnowledgeBaseReloader::KnowledgeBaseReloader(
    CodeListModel *model, FavouritesModel *favourites, NoticeBar *notice, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_favourites(favourites)
    , m_notice(notice)
{ }

KnowledgeBaseReloader::~KnowledgeBaseReloader() = default;

void KnowledgeBaseReloader::adopt(
    std::unique_ptr<LoadedKnowledgeBase> loaded, const KnowledgeBaseSources &sources)
{
    m_sources = sources;
    if (m_model->knowledgeBase() != &loaded->base) {
        m_model->setKnowledgeBase(&loaded->base);
        m_favourites->setKnowledgeBase(&loaded->base);
    }
    m_loaded = std::move(loaded);
    reportProblems();
}

bool KnowledgeBaseReloader::reload()
{
    if (!m_sources) {
        return false;
    }
    auto fresh = std::make_unique<LoadedKnowledgeBase>(m_sources->load());
    // The views move to the new data (and drop every pointer into the old) before it goes.
    m_model->setKnowledgeBase(&fresh->base);
    m_favourites->setKnowledgeBase(&fresh->base);
    m_loaded = std::move(fresh);
    return true;
}

void KnowledgeBaseReloader::reportReload()
{
    reportProblems();
    if (m_loaded->problems.isEmpty()) {
        m_notice->hide();
        Q_EMIT message(
            tr("Knowledge base reloaded: %n entries", nullptr, int(m_loaded->base.entries().size())),
            messageMilliseconds);
    }
}

void KnowledgeBaseReloader::reportProblems()
{
    if (m_loaded->problems.isEmpty()) {
        return;
    }
    QStringList details;
    QStringList files;
    for (const LoadProblem &problem : m_loaded->problems) {
        details.append(problem.toString());
        if (!files.contains(problem.file)) {
            files.append(problem.file);
        }
    }
    m_notice->showNotice(tr("%n problem(s) in your local knowledge base (%1) were left out; the built-in "
                            "data and the valid parts are in use. Fix the file and press F5 to reload.",
                             nullptr, int(m_loaded->problems.size()))
                             .arg(files.join(u", "_s)),
        details);
}

void KnowledgeBaseReloader::openOverlayFolder()
{
    const QString directory
        = m_sources ? m_sources->overlayDirectory() : KnowledgeBaseSources::defaultOverlayDirectory();
    if (!QDir().mkpath(directory)) {
        Q_EMIT message(
            tr("%1 could not be created.").arg(QDir::toNativeSeparators(directory)), messageMilliseconds);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(directory))) {
        Q_EMIT message(tr("Local knowledge files go in %1").arg(QDir::toNativeSeparators(directory)),
            3 * messageMilliseconds);
    }
}

} // namespace SmtpCodes
