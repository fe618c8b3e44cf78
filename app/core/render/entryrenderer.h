// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entrysummary.h"
#include "knowledgebase.h"
#include "section.h"

#include <QJsonObject>

#include <optional>

namespace SmtpCodes {

// Renders one entry, as looked up (so "5.1.1" shows X.1.1 as a permanent failure), to the
// formats the window, the clipboard and the terminal need. Every format opens with the same
// summary (class, what to do, meaning, often confused with) and follows with the same
// sections, so they carry the same content.
class EntryRenderer
{
public:
    explicit EntryRenderer(const KnowledgeBase &base);

    EntrySummary summary(const Lookup &lookup) const;
    QList<Section> sections(const Lookup &lookup) const;
    // "550  Requested action not taken: mailbox unavailable"
    QString headline(const Lookup &lookup) const;
    QString toText(const Lookup &lookup) const;
    QString toMarkdown(const Lookup &lookup) const;
    QString toHtml(const Lookup &lookup) const;
    QJsonObject toJson(const Lookup &lookup) const;
    // The how-to-fix advice with the code and title, for pasting into a ticket.
    QString fixAdviceText(const Lookup &lookup) const;

    static QString commandLabel(const QString &command);
    static Section classSection(const Lookup &lookup);

private:
    QList<CodeLink> codeLinks(const QStringList &codes) const;
    // The codes a curated distinction pairs with the entry; nothing when there are none.
    std::optional<Section> confusedWithSection(const Lookup &lookup) const;

    const KnowledgeBase &m_base;
};

} // namespace SmtpCodes
