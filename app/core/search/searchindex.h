// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchrank.h"
#include "searchrows.h"
#include "searchword.h"
#include "vocabulary.h"

#include <QList>
#include <QString>

#include <vector>

namespace SmtpCodes {

struct Entry;
class SynonymTable;

// Finds entries by the words of a search, and ranks them; knows no Qt model, so it can be
// tested and measured alone, and serves any view.
//
// Every word of the search must match, in any order and any case; a word also matches through
// its stems ("greylisted" as "greylist") and its synonyms ("blacklist" as "blocklist"), and a
// word that matches nothing at all through the vocabulary words a typo away. A row's rank is
// that of its weakest word (SearchRank). Rows that match a code come first, by rank; the others
// order by relevance: each word counts by the field it is found in (title, then keywords, then
// description, then the rest), the more for a short field (as BM25 normalises for length), then
// failures before successes, then knowledge-base order.
//
// Each keystroke narrows the previous result: a search that extends the last one looks only at
// the rows that matched it, each new word found row by row or through the token index,
// whichever reads less (SearchRows).
class SearchIndex
{
public:
    SearchIndex();
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    // Searches entries from now on (nothing when null), which must stay alive and unchanged
    // until the next reset; the search starts empty.
    void reset(const QList<Entry> *entries, const SynonymTable *synonyms = nullptr);
    // The entries' texts changed: the next search reads them again.
    void invalidateTexts();
    // Searches for text, starting from the last result it extends.
    void search(const QString &text);
    // The rows the search matched that passes allows (one flag per entry), best first; also
    // sets what rank() answers.
    std::vector<int> order(const std::vector<quint8> &passes);
    // The rank of a row for the search; NoMatch when a word does not match.
    int rank(int row) const
    {
        return row >= 0 && std::size_t(row) < m_ranks.size() ? int(m_ranks[std::size_t(row)])
                                                             : int(SearchRank::NoMatch);
    }
    // Higher for a better match, comparable within one search: what --search prints.
    int score(int row) const
    {
        return row >= 0 && std::size_t(row) < m_scores.size() ? int(m_scores[std::size_t(row)]) : 0;
    }
    // The search words read as typos, each as "word -> what it was read as"; empty when none.
    QStringList corrections() const;
    // When the search finds nothing: the words no entry matches at all, and the vocabulary
    // words a typo or two away from them ("did you mean"). Empty when something was found.
    QStringList unmatchedWords() const;
    // The vocabulary words a typo or two away from words (those unmatchedWords() gave).
    QStringList suggestions(const QStringList &words) const;

    // How words are found; anything but the default is for proving that the ways agree.
    void setStrategy(SearchRows::Strategy strategy) { m_rows.setStrategy(strategy); }

private:
    using Alternative = SearchAlternative;
    using Word = SearchWord;
    // The rows that match a list of words, in source order, with each word's rank per row and
    // where in the body its first occurrence can start at the earliest.
    struct Result
    {
        std::vector<Word> words;
        std::vector<int> rows;
        std::vector<qint8> ranks; // rows.size() x words.size()
        std::vector<qint32> bodyFrom; // the same shape
    };

    // How narrowing finds each word that changed: the changed words, those read through the
    // index first; per word, the ranks the index gave, or the title and keyword ranks of a
    // word scanned row by row (empty where neither applies).
    struct Lookups
    {
        std::vector<std::size_t> changed;
        std::vector<std::size_t> scanned;
        std::vector<std::vector<qint8>> indexed;
        std::vector<std::vector<qint8>> heads;
    };

    void buildRows();
    Lookups lookUp(const Result &base, const std::vector<Word> &words) const;
    Result narrow(const Result &base, std::vector<Word> words) const;
    // The search with typo alternatives for each word that matches no entry at all.
    bool correctTypos(std::vector<Word> &words);
    bool matchesAnyRow(const Word &word) const;
    const Vocabulary &vocabulary() const;

    const QList<Entry> *m_entries = nullptr;
    const SynonymTable *m_synonyms = nullptr;
    // Built when first needed, for a typo or a suggestion.
    mutable Vocabulary m_vocabulary;
    QString m_text; // the search as typed
    // Results of the current search and of the shorter searches typed before it, the first
    // being the empty search; Backspace returns to one of them, and a longer search starts
    // from the last one it extends.
    std::vector<Result> m_results;
    // Built on the first search, so that start-up does not pay for it.
    SearchRows m_rows;
    std::vector<qint8> m_ranks; // per entry, set by order()
    std::vector<qint16> m_scores; // the same
};

} // namespace SmtpCodes
