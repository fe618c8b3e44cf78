// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knowledgebase.h"

#include <QString>
#include <QTextStream>

namespace SmtpCodes {

// The rows `--list` prints: the codes by default, or the entries of one kind ("basic",
// "enhanced", "provider", "reason", "all"), or one provider's responses.
class EntryListing
{
public:
    static const QStringList &kinds();

    // Empty when kind and provider name something the base holds, else why not.
    QString setFilter(const KnowledgeBase &base, const QString &kind, const QString &provider);
    // format is "tsv" or "json".
    void write(QTextStream &out, const KnowledgeBase &base, const QString &format) const;

private:
    bool wanted(const Entry &entry) const;

    QString m_kind;
    QString m_provider;
};

} // namespace SmtpCodes
