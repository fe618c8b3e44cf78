// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "entry.h"
#include "relevanceorder.h"
#include "searchwords.h"
#include "wordforms.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

using namespace SearchRank;

namespace {
// Enough for every Backspace of a typed query, without keeping a result per character of a
// pasted one.
constexpr std::size_t MaxKeptResults = 32;
} // namespace

SearchIndex::SearchIndex()
{
    reset(nullptr);
}

SearchIndex::~SearchIndex() = default;

void SearchIndex::reset(const QList<Entry> *entries, const SynonymTable *synonyms)
{
    m_entries = entries;
    m_synonyms = synonyms;
    m_vocabulary = Vocabulary();
    m_rows.clear();
    Result all;
    if (entries) {
        all.rows.resize(std::size_t(entries->size()));
        for (std::size_t row = 0; row < all.rows.size(); ++row) {
            all.rows[row] = int(row);
        }
    }
    m_results.clear();
    m_results.push_back(std::move(all));
}

void SearchIndex::invalidateTexts()
{
    m_vocabulary = Vocabulary();
    m_rows.clear();
    m_results.resize(1);
}

void SearchIndex::search(const QString &text)
{
    std::vector<Word> words = SearchWords::prepare(text, m_synonyms);
    m_text = text;
    if (!words.empty()) {
        buildRows();
    }
    // Backspace, or an edit that is not typing on: back to the last result the new search extends.
    while (m_results.size() > 1 && !SearchWords::narrows(m_results.back().words, words)) {
        m_results.pop_back();
    }
    const auto push = [this](Result result) {
        m_results.push_back(std::move(result));
        if (m_results.size() > MaxKeptResults) {
            m_results.erase(m_results.begin() + 1);
        }
    };
    if (!SearchWords::same(m_results.back().words, words)) {
        push(narrow(m_results.back(), std::move(words)));
    }
    // Typos are looked for only when the words as typed find nothing.
    if (m_results.back().rows.empty() && !m_results.back().words.empty()) {
        std::vector<Word> corrected = m_results.back().words;
        if (correctTypos(corrected)) {
            push(narrow(m_results.front(), std::move(corrected)));
        }
    }
}

bool SearchIndex::correctTypos(std::vector<Word> &words)
{
    if (!m_entries || std::any_of(words.begin(), words.end(), [](const Word &word) { return word.typo; })) {
        return false;
    }
    bool corrected = false;
    for (Word &word : words) {
        if (!word.codeForm.isEmpty() || WordForms::allowedEdits(word.text.size()) == 0
            || matchesAnyRow(word)) {
            continue;
        }
        const QStringList closest = vocabulary().closest(word.text);
        if (!closest.isEmpty()) {
            word.alternatives.clear();
            SearchWords::addAlternatives(word, closest);
            word.typo = true;
            corrected = true;
        }
    }
    return corrected;
}

bool SearchIndex::matchesAnyRow(const Word &word) const
{
    std::vector<qint8> ranks;
    m_rows.rankAll(word, ranks);
    return std::any_of(ranks.begin(), ranks.end(), [](qint8 rank) { return rank != NoMatch; });
}

const Vocabulary &SearchIndex::vocabulary() const
{
    if (m_vocabulary.isEmpty()) {
        m_rows.addTo(m_vocabulary);
    }
    return m_vocabulary;
}

// Asked for only when the list is empty, so the scans cost nothing while results show.
QStringList SearchIndex::unmatchedWords() const
{
    QStringList unmatched;
    if (!m_results.back().rows.empty()) {
        return unmatched;
    }
    // The words as typed, not as read for typos.
    for (const Word &word : SearchWords::prepare(m_text, m_synonyms)) {
        if (!matchesAnyRow(word)) {
            unmatched.append(word.text);
        }
    }
    return unmatched;
}

QStringList SearchIndex::suggestions(const QStringList &words) const
{
    QStringList result;
    for (const QString &word : words) {
        result += vocabulary().closest(word);
    }
    return result;
}

QStringList SearchIndex::corrections() const
{
    return SearchWords::corrections(m_results.back().words);
}

std::vector<int> SearchIndex::order(const std::vector<quint8> &passes)
{
    const Result &current = m_results.back();
    std::vector<int> rows = RelevanceOrder::order(
        {current.rows, current.ranks, current.words.size(), m_rows.weights()}, passes, &m_ranks, &m_scores);
    RelevanceOrder::refineTop(rows,
        {current.rows, current.ranks, current.words, m_rows.weights(),
            [this](int row, int rank) { return m_rows.field(row, rank); }},
        &m_scores);
    return rows;
}

void SearchIndex::buildRows()
{
    if (m_entries && m_rows.isEmpty()) {
        m_rows.build(*m_entries);
    }
}

SearchIndex::Lookups SearchIndex::lookUp(const Result &base, const std::vector<Word> &words) const
{
    Lookups lookups;
    const std::size_t count = words.size();
    const std::size_t baseCount = base.words.size();
    lookups.indexed.resize(count);
    lookups.heads.resize(count);
    // Each new word through the token index when that reads less than scoring the rows, and
    // those first: a lookup rules a row out sooner than a scan.
    for (std::size_t i = 0; i < count; ++i) {
        if (i < baseCount && words[i].text == base.words[i].text) {
            continue;
        }
        if (m_rows.rankAllIfCheaper(words[i], base.rows.size(), lookups.indexed[i])) {
            lookups.changed.push_back(i);
        } else {
            lookups.scanned.push_back(i);
        }
    }
    lookups.changed.insert(lookups.changed.end(), lookups.scanned.begin(), lookups.scanned.end());
    // A scanned word reads only the code and the body: its title and keyword ranks come from the
    // index of those fields, so a row's short but many-times-read fields are not scanned.
    for (const std::size_t i : lookups.scanned) {
        if (!words[i].oneAsciiChar && words[i].alternatives.empty()) {
            m_rows.rankHeads(words[i], lookups.heads[i]);
        }
    }
    return lookups;
}

SearchIndex::Result SearchIndex::narrow(const Result &base, std::vector<Word> words) const
{
    Result result;
    result.words = std::move(words);
    const std::size_t count = result.words.size();
    const std::size_t baseCount = base.words.size();
    const Lookups lookups = lookUp(base, result.words);
    const std::vector<std::size_t> &changed = lookups.changed;
    const std::vector<std::size_t> &scanned = lookups.scanned;
    const std::vector<std::vector<qint8>> &indexed = lookups.indexed;
    const std::vector<std::vector<qint8>> &heads = lookups.heads;
    // Written in place and cut to size after: a row costs no allocation and no library call.
    result.rows.resize(base.rows.size());
    result.ranks.resize(base.rows.size() * count);
    result.bodyFrom.resize(base.rows.size() * count);
    std::size_t kept = 0;
    // A scan reads memory no earlier row was near, so it waits on main memory; asking for it
    // some rows ahead overlaps those waits.
    constexpr std::size_t Ahead = 8;
    const bool scansBody = !scanned.empty() && !result.words[scanned.front()].oneAsciiChar;
    for (std::size_t k = 0; k < base.rows.size(); ++k) {
        if (scansBody && k + Ahead < base.rows.size()) {
            // Only what the scan will read: a row whose title or keywords hold the word is done
            // without its body.
            const std::size_t i = scanned.front();
            const int ahead = base.rows[k + Ahead];
            const bool headsKnown = !heads[i].empty();
            if (!headsKnown || heads[i][std::size_t(ahead)] == NoMatch) {
                m_rows.prefetch(
                    ahead, !headsKnown, i < baseCount ? base.bodyFrom[(k + Ahead) * baseCount + i] : 0);
            }
        }
        const int row = base.rows[k];
        qint8 *ranks = result.ranks.data() + kept * count;
        qint32 *from = result.bodyFrom.data() + kept * count;
        if (baseCount > 0) {
            std::copy_n(base.ranks.data() + k * baseCount, baseCount, ranks);
            std::copy_n(base.bodyFrom.data() + k * baseCount, baseCount, from);
        }
        bool matches = true;
        for (const std::size_t i : changed) {
            const Word &word = result.words[i];
            int rank = NoMatch;
            const int baseRank = i < baseCount ? ranks[i] : int(NoMatch);
            if (i >= baseCount) {
                from[i] = 0;
            }
            if (!indexed[i].empty()) {
                // The index knows no position: 0 is always a valid start for the next scan.
                rank = indexed[i][std::size_t(row)];
                from[i] = 0;
            } else if (word.oneAsciiChar && word.alternatives.empty()) {
                rank = m_rows.scoreCharacter(row, word);
            } else if (!heads[i].empty()) {
                rank = m_rows.scoreBody(row, word, baseRank, heads[i][std::size_t(row)], from[i]);
            } else {
                rank = m_rows.scoreWord(row, word, baseRank, from[i]);
            }
            if (rank == NoMatch) {
                matches = false;
                break;
            }
            ranks[i] = qint8(rank);
        }
        if (matches) {
            result.rows[kept++] = row;
        }
    }
    result.rows.resize(kept);
    result.ranks.resize(kept * count);
    result.bodyFrom.resize(kept * count);
    return result;
}

} // namespace SmtpCodes
