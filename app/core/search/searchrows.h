// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowweights.h"
#include "searchrank.h"
#include "searchword.h"
#include "textsearch.h"
#include "tokenindex.h"

#include <QList>
#include <QString>

#include <vector>

namespace SmtpCodes {

struct Entry;
class Vocabulary;

// The entries in the form the search reads them: lower-cased texts, what a scan of one row
// reads before its texts (character sets, n-gram signatures), the token index, the codes in
// order and the relevance weights. A word is found in two ways that give the same ranks: row by
// row, which is cheap when most rows hold the word early in their texts, or through the token
// index, which is cheap when few tokens hold it. rankAllIfCheaper() picks between them.
class SearchRows
{
public:
    // How words are found; anything but Cheapest is for proving that the ways agree.
    enum class Strategy { Cheapest, RowByRow, Indexed };

    void clear();
    // Builds everything from entries, which must stay alive and unchanged until the next clear.
    void build(const QList<Entry> &entries);
    bool isEmpty() const { return m_texts.empty(); }
    void setStrategy(Strategy strategy) { m_strategy = strategy; }

    // The rank of word in one row, reading the row's texts. baseRank is the rank of a word this
    // one extends (NoMatch when none) and bodyFrom where that word first occurs in the body at
    // the earliest: the longer word cannot start before it, nor match where the shorter did not.
    int scoreWord(int row, const SearchWord &word, int baseRank, qint32 &bodyFrom) const;
    // scoreWord() for a word of one ASCII character without alternatives, which the row's
    // character sets settle alone; the first keystroke of every search reads every row this way.
    int scoreCharacter(int row, const SearchWord &word) const
    {
        const Summary &summary = m_summaries[std::size_t(row)];
        if (summary.keyFirst == word.text.front().unicode()) {
            return m_texts[std::size_t(row)].key.size() == 1 ? SearchRank::ExactCode : SearchRank::CodePrefix;
        }
        return summary.title.contains(word.chars)      ? SearchRank::TitleWord
            : summary.keywords.contains(word.chars)    ? SearchRank::KeywordWord
            : summary.description.contains(word.chars) ? SearchRank::DescriptionWord
            : summary.body.contains(word.chars)        ? SearchRank::BodyWord
                                                       : SearchRank::NoMatch;
    }
    // The title and keyword ranks of word in every row (NoMatch where neither holds it), from
    // the index of those fields alone: short, and far cheaper to look up than to read per row.
    void rankHeads(const SearchWord &word, std::vector<qint8> &ranks) const;
    // scoreWord() for a word without alternatives whose rankHeads() gave headRank for the row:
    // reads only the code and the body.
    int scoreBody(int row, const SearchWord &word, int baseRank, int headRank, qint32 &bodyFrom) const;
    // The rank of word in every row, through the indexes, when that costs less than scoring
    // `rows` rows one by one; false, and ranks untouched, when it would not.
    bool rankAllIfCheaper(const SearchWord &word, std::size_t rows, std::vector<qint8> &ranks) const;
    // The rank of word in every row, through the indexes.
    void rankAll(const SearchWord &word, std::vector<qint8> &ranks) const;

    // The text of a row's field that a rank stands for (title, keywords, description, body).
    QStringView field(int row, int rank) const;
    // Asks for the memory a scan of the row reads (the title and keywords when asked, the body
    // from `from`), so that scans of rows some way ahead wait on main memory together rather
    // than one after another.
    void prefetch(int row, bool heads, qint32 from) const;
    const std::vector<RowWeights> &weights() const { return m_weights; }
    void addTo(Vocabulary &vocabulary) const;

private:
    // What a scan reads of every candidate row, kept together so that it streams through
    // memory instead of visiting each row's strings.
    struct Summary
    {
        TextSearch::CharSet title;
        TextSearch::CharSet keywords;
        TextSearch::CharSet description;
        TextSearch::CharSet body; // the whole body, the description included
        char16_t keyFirst = 0;
        qint32 descriptionLength = 0; // where in the body the description ends
    };
    struct Texts
    {
        QString key; // "x.1.1", "550"
        QString title;
        QString keywords;
        QString body; // the description, then the other texts
    };
    // The lookups of one word through the indexes, planned before any posting is read.
    struct Plan
    {
        std::vector<TokenIndex::Matches> forms; // the word, then each one-token alternative
        // For an alternative of several words, the rows of its rarest word, each to be checked.
        std::vector<std::pair<const SearchAlternative *, TokenIndex::Matches>> phrases;
        qsizetype cost = 0;
    };

    void buildTexts(const QList<Entry> &entries);
    void buildIndexes();
    Plan plan(const SearchWord &word) const;
    void rankAll(const SearchWord &word, const Plan &plan, std::vector<qint8> &ranks) const;
    void rankCodes(QStringView key, std::vector<qint8> &ranks) const;
    // ExactCode or CodePrefix when word matches the row's code, NoMatch otherwise.
    int codeRank(int row, const SearchWord &word, int baseRank) const;
    int scoreText(int row, const SearchWord &word, int baseRank, qint32 &bodyFrom) const;
    int scoreAlternative(int row, const SearchAlternative &alternative, int baseRank) const;

    std::vector<Texts> m_texts;
    std::vector<Summary> m_summaries;
    std::vector<RowWeights> m_weights;
    // Column-major n-gram signatures: slice h holds one bit per row, set when a bigram or
    // trigram of the row's texts hashes to h. A row without all of a word's bits cannot
    // contain the word, which skips most rows without reading their texts.
    std::vector<quint64> m_grams;
    qsizetype m_sliceWords = 0;
    TokenIndex m_tokens;
    TokenIndex m_heads; // the titles and keywords alone
    std::vector<int> m_rowsByKey; // rows in the order of their keys, for code prefixes
    Strategy m_strategy = Strategy::Cheapest;
};

} // namespace SmtpCodes
