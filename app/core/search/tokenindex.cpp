// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenindex.h"

#include "textsearch.h"

#include <QHash>

#include <algorithm>

namespace SmtpCodes {

void TokenIndex::clear()
{
    m_tokens.clear();
    m_starts.clear();
    m_offsets.clear();
    m_postings.clear();
}

void TokenIndex::build(qsizetype rows, const std::function<Fields(qsizetype row)> &fieldsOf)
{
    clear();
    // Views into the callers' texts are enough while building; m_tokens keeps the tokens after.
    QHash<QStringView, qint32> ids;
    std::vector<QStringView> tokens;
    // The last row that held each token: fields come best first, so a token's first posting in a
    // row carries its best field and later ones add nothing.
    std::vector<qsizetype> lastRow;
    std::vector<std::pair<qint32, quint32>> postings;
    for (qsizetype row = 0; row < rows; ++row) {
        const Fields fields = fieldsOf(row);
        for (int field = 0; field < FieldCount; ++field) {
            forEachToken(fields[std::size_t(field)], [&](QStringView token) {
                auto it = ids.constFind(token);
                if (it == ids.cend()) {
                    it = ids.insert(token, qint32(tokens.size()));
                    tokens.push_back(token);
                    lastRow.push_back(-1);
                }
                const qint32 id = it.value();
                if (lastRow[std::size_t(id)] != row) {
                    lastRow[std::size_t(id)] = row;
                    postings.emplace_back(id, quint32(row) << 2 | quint32(field));
                }
            });
        }
    }
    // Postings grouped by token, keeping their row order: a counting sort.
    m_offsets.assign(tokens.size() + 1, 0);
    for (const auto &posting : postings) {
        ++m_offsets[std::size_t(posting.first) + 1];
    }
    for (std::size_t token = 1; token < m_offsets.size(); ++token) {
        m_offsets[token] += m_offsets[token - 1];
    }
    m_postings.resize(postings.size());
    std::vector<qsizetype> next(m_offsets.begin(), m_offsets.end() - 1);
    for (const auto &posting : postings) {
        m_postings[std::size_t(next[std::size_t(posting.first)]++)] = posting.second;
    }
    qsizetype length = 0;
    for (const QStringView token : tokens) {
        length += token.size() + 1;
    }
    m_tokens.reserve(length);
    m_starts.reserve(tokens.size() + 1);
    for (const QStringView token : tokens) {
        m_starts.push_back(qint32(m_tokens.size()));
        m_tokens += token;
        m_tokens += u' ';
    }
    m_starts.push_back(qint32(m_tokens.size()));
}

TokenIndex::Matches TokenIndex::find(QStringView word) const
{
    Matches matches;
    if (word.isEmpty() || m_starts.empty()) {
        return matches;
    }
    for (qsizetype from = 0;;) {
        const qsizetype at = TextSearch::findWord(m_tokens, word, from);
        if (at < 0) {
            break;
        }
        const auto token
            = qint32(std::upper_bound(m_starts.begin(), m_starts.end(), qint32(at)) - m_starts.begin() - 1);
        matches.tokens.push_back(token);
        matches.postings += m_offsets[std::size_t(token) + 1] - m_offsets[std::size_t(token)];
        from = m_starts[std::size_t(token) + 1];
    }
    return matches;
}

} // namespace SmtpCodes
