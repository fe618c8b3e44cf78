// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textsearch.h"

#include <QList>
#include <QString>

#include <vector>

namespace SmtpCodes {

struct Entry;

// Finds entries by the words of a search, and ranks them; knows no Qt model, so it can be
// tested and measured alone, and serves any view.
//
// Every word of the search must match, in any order and any case. A row's rank is that of its
// weakest word: 0 the exact code (5.1.1 is X.1.1), 1 a code prefix (55, 5.7), 2 a title word,
// 3 a body word. Rows order by rank, then by how well the other words matched, then keep
// knowledge-base order.
//
// Each keystroke narrows the previous result: a search that extends the last one scans only
// the rows that matched it, and n-gram signatures rule out most of those without reading their
// texts.
class SearchIndex
{
public:
    enum Rank { ExactCode = 0, CodePrefix, TitleWord, BodyWord, NoMatch = -1 };

    SearchIndex();
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    // Searches entries from now on (nothing when null), which must stay alive and unchanged
    // until the next reset; the search starts empty.
    void reset(const QList<Entry> *entries);
    // The entries' texts changed: the next search reads them again.
    void invalidateTexts();
    // Searches for text, starting from the last result it extends.
    void search(const QString &text);
    // The rows the search matched that passes allows (one flag per entry), best first; also
    // sets what rank() answers.
    std::vector<int> order(const std::vector<bool> &passes);
    // The rank of a row for the search; NoMatch when a word does not match.
    int rank(int row) const;

private:
    // What a keystroke reads of every candidate row, kept together so that a scan streams through
    // memory instead of visiting each row's strings.
    struct Summary
    {
        TextSearch::CharSet title;
        TextSearch::CharSet body;
        char16_t keyFirst = 0;
    };
    // A search word with what matching it needs, prepared once per keystroke.
    struct Word
    {
        QString text; // lower case
        QString codeForm; // the word as a registry key ("5.1.1" -> "x.1.1"), or empty
        std::vector<quint16> grams; // index slices that a row containing the word has set
        std::vector<quint16> codeFormGrams;
        TextSearch::CharSet chars;
        bool oneAsciiChar = false; // found or ruled out by a CharSet alone
    };
    // The rows that match a list of words, in source order, with each word's rank per row and
    // where in the body its first occurrence can start at the earliest.
    struct Result
    {
        std::vector<Word> words;
        std::vector<int> rows;
        std::vector<qint8> ranks; // rows.size() x words.size()
        std::vector<qint32> bodyFrom; // the same shape
    };
    // Lower-cased texts of a row, built on the first search so that start-up does not pay for them.
    struct Texts
    {
        QString key; // "x.1.1", "550"
        QString title;
        QString body;
    };

    void buildTexts();
    std::vector<Word> prepareWords(const QString &text) const;
    static bool narrows(const std::vector<Word> &base, const std::vector<Word> &words);
    static bool sameWords(const std::vector<Word> &a, const std::vector<Word> &b);
    Result narrow(const Result &base, std::vector<Word> words) const;
    int scoreWord(int row, const Word &word, int baseRank, qint32 &bodyFrom) const;
    bool mayContain(int row, const std::vector<quint16> &grams) const;

    const QList<Entry> *m_entries = nullptr;
    // Results of the current search and of the shorter searches typed before it, the first
    // being the empty search; Backspace returns to one of them, and a longer search starts
    // from the last one it extends.
    std::vector<Result> m_results;
    std::vector<Texts> m_texts;
    std::vector<Summary> m_summaries;
    // Column-major n-gram signatures: slice h holds one bit per row, set when a bigram or
    // trigram of the row's texts hashes to h. A row without all of a word's bits cannot
    // contain the word, which skips most rows without reading their texts.
    std::vector<quint64> m_grams;
    qsizetype m_sliceWords = 0;
    std::vector<qint8> m_ranks; // per entry, set by order()
};

} // namespace SmtpCodes
