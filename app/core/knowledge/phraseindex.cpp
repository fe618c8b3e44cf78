// SPDX-License-Identifier: GPL-3.0-or-later
#include "phraseindex.h"

#include <algorithm>

namespace SmtpCodes {

quint64 PhraseIndex::startKey(QStringView text, qsizetype at)
{
    return quint64(text.at(at).unicode()) << 32 | quint64(text.at(at + 1).unicode()) << 16
        | quint64(text.at(at + 2).unicode());
}

void PhraseIndex::add(const QString &phrase, qsizetype value)
{
    if (phrase.size() < 3) {
        return;
    }
    const qsizetype at = m_phrases.size();
    m_phrases.append({phrase, value});
    QList<qsizetype> &bucket = m_byStart[startKey(phrase, 0)];
    const auto place = std::find_if(bucket.begin(), bucket.end(),
        [this, &phrase](qsizetype other) { return m_phrases.at(other).first.size() < phrase.size(); });
    bucket.insert(place, at);
}

void PhraseIndex::forEachIn(
    QStringView lowerText, const std::function<void(qsizetype, const QString &)> &found) const
{
    if (m_byStart.isEmpty()) {
        return;
    }
    for (qsizetype at = 0; at + 3 <= lowerText.size(); ++at) {
        const auto candidates = m_byStart.constFind(startKey(lowerText, at));
        if (candidates == m_byStart.cend()) {
            continue;
        }
        const QStringView rest = lowerText.mid(at);
        for (const qsizetype candidate : *candidates) {
            const auto &[phrase, value] = m_phrases.at(candidate);
            if (rest.startsWith(phrase)) {
                found(value, phrase);
            }
        }
    }
}

} // namespace SmtpCodes
