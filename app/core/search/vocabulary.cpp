// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

#include "wordforms.h"

#include <algorithm>

namespace SmtpCodes {

void Vocabulary::add(QStringView text)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && text[i].isLetter();
        if (letter && start < 0) {
            start = i;
        } else if (!letter && start >= 0) {
            if (i - start >= 4) {
                ++m_count[text.mid(start, i - start).toString()];
            }
            start = -1;
        }
    }
}

QStringList Vocabulary::closest(const QString &word, qsizetype limit) const
{
    const int edits = WordForms::allowedEdits(word.size());
    std::vector<std::pair<int, QString>> found;
    if (edits == 0) {
        return {};
    }
    for (auto it = m_count.cbegin(); it != m_count.cend(); ++it) {
        if (it.key() != word && WordForms::withinEdits(word, it.key(), edits)) {
            found.emplace_back(it.value(), it.key());
        }
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QStringList result;
    for (std::size_t i = 0; i < found.size() && result.size() < limit; ++i) {
        result.append(found[i].second);
    }
    return result;
}

} // namespace SmtpCodes
