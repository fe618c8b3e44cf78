// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <functional>
#include <vector>

namespace SmtpCodes {

// An inverted index of the rows' texts by token, a run of characters without white space: for
// each distinct token, the rows that hold it and the first of their fields that does. A search
// word holds no white space, so wherever it occurs it lies inside one token, and the rows that
// contain it are exactly the rows of the tokens that contain it. Scanning the distinct tokens
// once costs far less than scanning every row's texts when the word is rare, which is when a
// scan of the rows reads the most.
class TokenIndex
{
public:
    // The fields in the order of their ranks: title, keywords, description, the other texts.
    static constexpr int FieldCount = 4;
    using Fields = std::array<QStringView, FieldCount>;

    // The tokens that hold a word, and how many postings they have together.
    struct Matches
    {
        std::vector<qint32> tokens;
        qsizetype postings = 0;
    };

    // Whether a character ends a token; the search splits its words by the same test.
    static bool isSeparator(QChar c) { return c.isSpace(); }
    // Calls function(token) for each token of text, in order.
    template<typename Function> static void forEachToken(QStringView text, Function &&function)
    {
        qsizetype start = -1;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const bool separator = i == text.size() || isSeparator(text[i]);
            if (!separator && start < 0) {
                start = i;
            } else if (separator && start >= 0) {
                function(text.mid(start, i - start));
                start = -1;
            }
        }
    }

    void clear();
    // Indexes rows 0 to rows - 1, whose fields fieldsOf gives; replaces what was indexed.
    void build(qsizetype rows, const std::function<Fields(qsizetype row)> &fieldsOf);
    // The tokens that contain word, which must hold no separator.
    Matches find(QStringView word) const;
    // Calls function(row, field) for each posting of the tokens; a row may come more than once.
    template<typename Function> void forEachPosting(const Matches &matches, Function &&function) const
    {
        const quint32 *postings = m_postings.data();
        for (const qint32 token : matches.tokens) {
            const quint32 *end = postings + m_offsets[std::size_t(token) + 1];
            for (const quint32 *posting = postings + m_offsets[std::size_t(token)]; posting != end;
                 ++posting) {
                function(int(*posting >> 2), int(*posting & 3));
            }
        }
    }

private:
    // Every distinct token followed by a space, so that one scan finds all that hold a word and
    // no match can run from one token into the next.
    QString m_tokens;
    std::vector<qint32> m_starts; // where each token starts in m_tokens, then the end
    std::vector<qsizetype> m_offsets; // where each token's postings start, then the end
    std::vector<quint32> m_postings; // row << 2 | field, rows ascending within a token
};

} // namespace SmtpCodes
