// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowweights.h"
#include "searchword.h"

#include <QStringView>

#include <array>
#include <functional>
#include <vector>

// How the search orders what it found. Rows whose weakest word matches a code come first, by
// that rank and the sum of all ranks; the others by relevance: each word weighs by the field it
// is found in, title before keywords before description before the rest, normalised for the
// field's length as BM25 does for a word found once. Failures before successes, then
// knowledge-base order, break ties.
namespace SmtpCodes::RelevanceOrder {

// The matches of one search: rows in source order, and each row's rank per word.
struct Matches
{
    const std::vector<int> &rows;
    const std::vector<qint8> &ranks; // rows.size() x words
    std::size_t words;
    const std::vector<RowWeights> &weights; // per entry; empty before the first search
};

// Sets each row's field weights from its field lengths in characters.
void setFieldWeights(std::vector<RowWeights> &weights, const std::vector<std::array<float, 4>> &lengths);

// The rows passes allows (one flag per entry), best first; sets each entry's rank (NoMatch when
// not found) and score (higher is better) in rowRanks and rowScores.
std::vector<int> order(const Matches &matches, const std::vector<quint8> &passes,
    std::vector<qint8> *rowRanks, std::vector<qint16> *rowScores);

// What re-ranking the best rows reads: the matches, the words and each row's fields.
struct Refinement
{
    const std::vector<int> &rows;
    const std::vector<qint8> &ranks;
    const std::vector<SearchWord> &words;
    const std::vector<RowWeights> &weights;
    // The text of a row's field that a rank stands for (title, keywords, description, body).
    std::function<QStringView(int row, int rank)> field;
};

// Re-ranks the first rows that match by words, as a reader looks at them: a word found as a
// whole word ("relay", not only inside "relayed") and a field that holds several of a word's
// forms and synonyms ("blocklist, blacklist, rbl") count more. Their scores grow to match, so
// scores still fall along the order.
void refineTop(std::vector<int> &order, const Refinement &input, std::vector<qint16> *rowScores);

} // namespace SmtpCodes::RelevanceOrder
