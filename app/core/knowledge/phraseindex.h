// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace SmtpCodes {

// Finds which of many lower-case phrases (three characters or more) a text holds, reading the
// text once, position by position, rather than searching it once per phrase: with hundreds of
// phrases that search cost more than reading the replies themselves.
class PhraseIndex
{
public:
    // value is what the caller wants back for the phrase (e.g. an index into its own list).
    void add(const QString &phrase, qsizetype value);
    bool isEmpty() const { return m_phrases.isEmpty(); }
    // Calls found(value, phrase) for every phrase lowerText holds, once per place it stands,
    // longest first at each place.
    void forEachIn(QStringView lowerText, const std::function<void(qsizetype, const QString &)> &found) const;

private:
    static quint64 startKey(QStringView text, qsizetype at);

    QList<std::pair<QString, qsizetype>> m_phrases;
    QHash<quint64, QList<qsizetype>> m_byStart; // indexes into m_phrases, longest first
};

} // namespace SmtpCodes
