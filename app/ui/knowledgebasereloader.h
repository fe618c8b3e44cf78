// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knowledgebasesources.h"

#include <QObject>

#include <memory>
#include <optional>

namespace SmtpCodes {

class CodeListModel;
class FavouritesModel;
class NoticeBar;

// Owns the knowledge base the window shows and the sources it came from, so that File ▸
// Reload can read them again: the models move to the new data before the old goes, and the
// problems of the user's overlay files are shown in the notice bar.
class KnowledgeBaseReloader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgeBaseReloader)

public:
    KnowledgeBaseReloader(
        CodeListModel *model, FavouritesModel *favourites, NoticeBar *notice, QObject *parent);
    ~KnowledgeBaseReloader() override;

    // Takes over loaded (which must hold the base the models show, or becomes it) and the
    // sources it came from; reports loaded's problems.
    void adopt(std::unique_ptr<LoadedKnowledgeBase> loaded, const KnowledgeBaseSources &sources);
    bool canReload() const { return m_sources.has_value(); }
    // Reads the sources again; on problems the valid parts still serve. False without sources.
    bool reload();
    // After reload(): the problems in the notice bar, or a message that all went well.
    void reportReload();
    // Opens the user's overlay folder, creating it first.
    void openOverlayFolder();

Q_SIGNALS:
    // For the status bar; timeout in milliseconds.
    void message(const QString &text, int timeout);

private:
    void reportProblems();

    CodeListModel *m_model;
    FavouritesModel *m_favourites;
    NoticeBar *m_notice;
    std::unique_ptr<LoadedKnowledgeBase> m_loaded;
    std::optional<KnowledgeBaseSources> m_sources;
};

} // namespace SmtpCodes
