// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace SmtpCodes {

// The distinct words of the searched texts, for typo tolerance: a search word that matches
// nothing is read as the vocabulary words a typo or two away from it ("authentification" as
// "authentication", "mailbx" as "mailbox").
class Vocabulary
{
public:
    void add(QStringView text);
    bool isEmpty() const { return m_count.isEmpty(); }
    // The words within WordForms::allowedEdits() of word, most frequent first, at most limit.
    QStringList closest(const QString &word, qsizetype limit = 6) const;

private:
    QHash<QString, int> m_count;
};

} // namespace SmtpCodes
