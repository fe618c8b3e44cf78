// SPDX-License-Identifier: GPL-3.0-or-later
#include "relevanceorder.h"

#include "searchindex.h"

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

std::vector<int> order(const Matches &matches, const std::vector<bool> &passes, std::vector<qint8> *rowRanks,
    std::vector<qint16> *rowScores)
{
    const std::size_t count = matches.words;
    // A counting sort, linear and stable over rows in source order. Rows whose weakest word
    // matches a code come first, keyed by that rank and the sum of all ranks; the others by
    // their relevance, quantised to 256 steps. Failures before successes breaks ties.
    const std::size_t sums = std::size_t(SearchIndex::BodyWord) * count + 1;
    constexpr std::size_t classOrders = 2;
    constexpr std::size_t steps = 256;
    const std::size_t codeKeys = (std::size_t(SearchIndex::CodePrefix) + 1) * sums * classOrders;
    std::vector<std::size_t> starts(codeKeys + steps * classOrders + 1);
    std::vector<std::size_t> keys;
    keys.reserve(matches.rows.size());
    rowRanks->assign(passes.size(), qint8(SearchIndex::NoMatch));
    rowScores->assign(passes.size(), 0);
    for (std::size_t k = 0; k < matches.rows.size(); ++k) {
        const auto *ranks = matches.ranks.data() + k * count;
        const int worst = count == 0 ? int(SearchIndex::ExactCode) : *std::max_element(ranks, ranks + count);
        const auto row = std::size_t(matches.rows[k]);
        (*rowRanks)[row] = qint8(worst);
        // Without words every row matches alike, and the list keeps knowledge-base order.
        const std::size_t classOrder
            = count == 0 || matches.weights.empty() || matches.weights[row].failure ? 0 : 1;
        std::size_t key = 0;
        if (worst <= SearchIndex::CodePrefix) {
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
                weight += ranks[i] <= SearchIndex::CodePrefix
                    ? codeWeight
                    : matches.weights[row].fields[std::size_t(ranks[i] - SearchIndex::TitleWord)];
            }
            const auto step = std::size_t(std::clamp(int(weight / float(count) * 40.0f), 0, int(steps) - 1));
            key = codeKeys + (steps - 1 - step) * classOrders + classOrder;
            (*rowScores)[row] = qint16(step);
        }
        keys.push_back(key);
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

} // namespace SmtpCodes::RelevanceOrder
