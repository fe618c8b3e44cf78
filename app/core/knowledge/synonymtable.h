// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loadproblem.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace SmtpCodes {

// Words a searcher uses for one another (resources/knowledge-base/synonyms.json): blocklist,
// blacklist, RBL, DNSBL, Spamhaus; greylist and graylist; quota and mailbox full. A search word
// that is one term of a group also finds the group's other terms.
class SynonymTable
{
public:
    // Reads {"groups": [["blocklist", "blacklist"], ...]}; problems name fileName. A group or
    // term with a problem is left out; the rest still serves.
    void read(const QByteArray &data, const QString &fileName, QList<LoadProblem> *problems);

    bool isEmpty() const { return m_groups.isEmpty(); }
    const QList<QStringList> &groups() const { return m_groups; }
    // The other terms of term's group (lower case); empty when term is in none.
    QStringList synonymsOf(const QString &term) const;
    // Adds a group read and checked elsewhere (the compiled built-in data).
    void addGroup(const QStringList &terms);

private:
    QList<QStringList> m_groups;
    QHash<QString, qsizetype> m_groupOf;
};

} // namespace SmtpCodes
