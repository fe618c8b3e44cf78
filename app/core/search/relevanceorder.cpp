// SPDX-License-Identifier: GPL-3.0-or-later
#include "relevanceorder.h"

#include "searchrank.h"

#include <algorithm>

namespace SmtpCodes::RelevanceOrder {

void setFieldWeights(std::vector<RowWeights> &weights, const std::vector<std::array<float, 4>> &lengths)
{
    // BM25's length normalisation for a word found once (k1 = 1.2, b = 0.75), times the field's
    // weight: a word in a short title says more than the same word in a long one.
    constexpr float fieldWeights[4] = {3.0f, 2.8f, 1.5f, 1.0f};
    constexpr float k1 = 1.2f;
    // Keywords are not normalised: an entry with many of them is one that many searches want.
    constexpr float b[4] = {0.5f, 0.0f, 0.75f, 0.75f};
    const std::size_t rows = lengths.size();
    if (rows == 0) {
        return;
    }
    std::array<double, 4> totals {0, 0, 0, 0};
    for (std::size_t row = 0; row < rows; ++row) {
        for (std::size_t f = 0; f < 4; ++f) {
            totals[f] += double(lengths[row][f]);
        }
    }
    for (std::size_t row = 0; row < rows; ++row) {
        for (std::size_t f = 0; f < 4; ++f) {
            const float average = std::max(1.0f, float(totals[f] / double(rows)));
            weights[row].fields[f]
                = fieldWeights[f] * (k1 + 1) / (1 + k1 * (1 - b[f] + b[f] * lengths[row][f] / average));
        }
    }
}

std::vector<int> order(const Matches &matches, const std::vector<quint8> &passes,
    std::vector<qint8> *rowRanks, std::vector<qint16> *rowScores)
{
    const std::size_t count = matches.words;
    // A counting sort, linear and stable over rows in source order. Rows whose weakest word
    // matches a code come first, keyed by that rank and the sum of all ranks; the others by
    // their relevance, quantised to 256 steps. Failures before successes breaks ties.
    const std::size_t sums = std::size_t(SearchRank::BodyWord) * count + 1;
    constexpr std::size_t classOrders = 2;
    constexpr std::size_t steps = 256;
    const std::size_t codeKeys = (std::size_t(SearchRank::CodePrefix) + 1) * sums * classOrders;
    rowRanks->assign(passes.size(), qint8(SearchRank::NoMatch));
    rowScores->assign(passes.size(), 0);
    if (count == 0) {
        // Without words every row matches alike, and the list keeps knowledge-base order.
        std::vector<int> order;
        order.reserve(matches.rows.size());
        for (const int row : matches.rows) {
            (*rowRanks)[std::size_t(row)] = qint8(SearchRank::ExactCode);
            (*rowScores)[std::size_t(row)] = 1000;
            if (passes[std::size_t(row)]) {
                order.push_back(row);
            }
        }
        return order;
    }
    // Two tiers of word matches: the codes, then the reasons and provider responses.
    std::vector<std::size_t> starts(codeKeys + 2 * steps * classOrders + 1);
    std::vector<quint32> keys(matches.rows.size());
    for (std::size_t k = 0; k < matches.rows.size(); ++k) {
        const auto *ranks = matches.ranks.data() + k * count;
        const int worst = *std::max_element(ranks, ranks + count);
        const auto row = std::size_t(matches.rows[k]);
        (*rowRanks)[row] = qint8(worst);
        const std::size_t classOrder = matches.weights.empty() || matches.weights[row].failure ? 0 : 1;
        std::size_t key = 0;
        if (worst <= SearchRank::CodePrefix) {
            int sum = 0;
            for (std::size_t i = 0; i < count; ++i) {
                sum += ranks[i];
            }
            key = (std::size_t(worst) * sums + std::size_t(sum)) * classOrders + classOrder;
            (*rowScores)[row] = qint16(1000 - int(key));
        } else {
            // A word of a mixed search that matches the code weighs as much as any can.
            constexpr float codeWeight = 6.0f;
            float weight = 0;
            for (std::size_t i = 0; i < count; ++i) {
                weight += ranks[i] <= SearchRank::CodePrefix
                    ? codeWeight
                    : matches.weights[row].fields[std::size_t(ranks[i] - SearchRank::TitleWord)];
            }
            const auto step = std::size_t(std::clamp(int(weight / float(count) * 40.0f), 0, int(steps) - 1));
            const std::size_t tier = matches.weights[row].catalogue ? steps * classOrders : 0;
            key = codeKeys + tier + (steps - 1 - step) * classOrders + classOrder;
            (*rowScores)[row] = qint16(step);
        }
        keys[k] = quint32(key);
        if (passes[row]) {
            ++starts[key + 1];
        }
    }
    for (std::size_t key = 1; key < starts.size(); ++key) {
        starts[key] += starts[key - 1];
    }
    std::vector<int> order(starts.back());
    for (std::size_t k = 0; k < matches.rows.size(); ++k) {
        const int row = matches.rows[k];
        if (passes[std::size_t(row)]) {
            order[starts[keys[k]]++] = row;
        }
    }
    return order;
}

namespace {
// Enough for every row a reader looks at before refining the search.
constexpr std::size_t refinedRows = 48;
// What a phrase found whole in the title or keywords adds, in units of the field's weight.
constexpr float phraseBonus = 1.0f;

// Whether needle occurs in text with no letter or digit on either side.
bool containsWhole(QStringView text, QStringView needle)
{
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        const qsizetype end = at + needle.size();
        if ((at == 0 || !text[at - 1].isLetterOrNumber())
            && (end == text.size() || !text[end].isLetterOrNumber())) {
            return true;
        }
    }
    return false;
}

// How much more than its field's weight one word counts in a row's field: found as a whole
// word, and, in the title and keywords, where each occurrence is meant, found more than once.
float wordBonus(QStringView text, const SearchWord &word, bool countOccurrences)
{
    int hits = 0;
    bool whole = false;
    // Occurrences, as BM25 counts a term's frequency; the cap keeps a long list from winning alone.
    const auto check = [&](const QString &form) {
        if (text.contains(form)) {
            hits += int(text.count(form));
            whole = whole || containsWhole(text, form);
        }
    };
    check(word.text);
    for (const SearchAlternative &alternative : word.alternatives) {
        check(alternative.text);
    }
    return (whole ? 0.4f : 0.0f) + (countOccurrences ? 0.2f * float(std::clamp(hits - 1, 0, 3)) : 0.0f);
}
} // namespace

void refineTop(std::vector<int> &order, const Refinement &input, std::vector<qint16> *rowScores)
{
    const std::size_t count = input.words.size();
    if (count == 0 || input.weights.empty()) {
        return;
    }
    const auto ranksOf = [&input, count](int row) {
        const auto k
            = std::size_t(std::lower_bound(input.rows.begin(), input.rows.end(), row) - input.rows.begin());
        return input.ranks.data() + k * count;
    };
    // Rows that match a code stay first, in their order.
    std::size_t begin = 0;
    while (begin < order.size()) {
        const auto *ranks = ranksOf(order[begin]);
        if (*std::max_element(ranks, ranks + count) > SearchRank::CodePrefix) {
            break;
        }
        ++begin;
    }
    const std::size_t end = std::min(order.size(), begin + refinedRows);
    // The words as one phrase, in the order typed: a title or keyword that holds it is what the
    // searcher had in mind ("user not local", "mailbox disabled").
    QString phrase;
    if (count >= 2) {
        for (const SearchWord &word : input.words) {
            phrase += (phrase.isEmpty() ? QString() : QStringLiteral(" ")) + word.text;
        }
    }
    for (std::size_t p = begin; p < end; ++p) {
        const int row = order[p];
        const auto *ranks = ranksOf(row);
        float bonus = 0;
        for (std::size_t i = 0; i < count; ++i) {
            // The rest of the texts is long and says little by a word's form: not read again.
            if (ranks[i] > SearchRank::CodePrefix && ranks[i] < SearchRank::BodyWord) {
                bonus += input.weights[std::size_t(row)].fields[std::size_t(ranks[i] - SearchRank::TitleWord)]
                    * wordBonus(
                        input.field(row, ranks[i]), input.words[i], ranks[i] <= SearchRank::KeywordWord);
            }
        }
        const RowWeights &weights = input.weights[std::size_t(row)];
        if (!phrase.isEmpty()) {
            if (input.field(row, SearchRank::TitleWord).contains(phrase)) {
                bonus += phraseBonus * weights.fields[0] * float(count);
            } else if (input.field(row, SearchRank::KeywordWord).contains(phrase)) {
                bonus += phraseBonus * weights.fields[1] * float(count);
            }
        }
        (*rowScores)[std::size_t(row)]
            = qint16((*rowScores)[std::size_t(row)] + int(bonus / float(count) * 40.0f));
    }
    // Codes keep coming before reasons and provider responses (RowWeights::catalogue).
    std::stable_sort(
        order.begin() + qsizetype(begin), order.begin() + qsizetype(end), [rowScores, &input](int a, int b) {
            const bool catalogueA = input.weights[std::size_t(a)].catalogue;
            const bool catalogueB = input.weights[std::size_t(b)].catalogue;
            if (catalogueA != catalogueB) {
                return catalogueB;
            }
            return (*rowScores)[std::size_t(a)] > (*rowScores)[std::size_t(b)];
        });
}

} // namespace SmtpCodes::RelevanceOrder
