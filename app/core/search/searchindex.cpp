// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "entry.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

using namespace TextSearch;

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

void SearchIndex::reset(const QList<Entry> *entries)
{
    m_entries = entries;
    m_texts.clear();
    m_summaries.clear();
    m_grams.clear();
    m_sliceWords = 0;
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
    m_texts.clear();
    m_summaries.clear();
    m_grams.clear();
    m_results.resize(1);
}

void SearchIndex::search(const QString &text)
{
    std::vector<Word> words = prepareWords(text);
    if (!words.empty()) {
        buildTexts();
    }
    // Backspace, or an edit that is not typing on: back to the last result the new search extends.
    while (m_results.size() > 1 && !narrows(m_results.back().words, words)) {
        m_results.pop_back();
    }
    if (!sameWords(m_results.back().words, words)) {
        m_results.push_back(narrow(m_results.back(), std::move(words)));
        if (m_results.size() > MaxKeptResults) {
            m_results.erase(m_results.begin() + 1);
        }
    }
}

std::vector<int> SearchIndex::order(const std::vector<bool> &passes)
{
    const Result &current = m_results.back();
    const std::size_t count = current.words.size();
    // Rank is the weakest word's, at most BodyWord; the sum of all ranks breaks ties. A
    // counting sort on the two is linear and, being stable over rows in source order, keeps
    // knowledge-base order among equals.
    const std::size_t sums = 3 * count + 1;
    std::vector<std::size_t> starts(4 * sums + 1);
    std::vector<std::size_t> keys;
    keys.reserve(current.rows.size());
    m_ranks.assign(passes.size(), qint8(NoMatch));
    for (std::size_t k = 0; k < current.rows.size(); ++k) {
        const auto *ranks = current.ranks.data() + k * count;
        const int worst = count == 0 ? int(ExactCode) : *std::max_element(ranks, ranks + count);
        int sum = 0;
        for (std::size_t i = 0; i < count; ++i) {
            sum += ranks[i];
        }
        const auto row = std::size_t(current.rows[k]);
        m_ranks[row] = qint8(worst);
        const std::size_t key = std::size_t(worst) * sums + std::size_t(sum);
        keys.push_back(key);
        if (passes[row]) {
            ++starts[key + 1];
        }
    }
    for (std::size_t key = 1; key < starts.size(); ++key) {
        starts[key] += starts[key - 1];
    }
    std::vector<int> order(starts.back());
    for (std::size_t k = 0; k < current.rows.size(); ++k) {
        const int row = current.rows[k];
        if (passes[std::size_t(row)]) {
            order[starts[keys[k]]++] = row;
        }
    }
    return order;
}

int SearchIndex::rank(int row) const
{
    return row >= 0 && std::size_t(row) < m_ranks.size() ? int(m_ranks[std::size_t(row)]) : int(NoMatch);
}

void SearchIndex::buildTexts()
{
    const QList<Entry> *list = m_entries;
    if (!list || !m_texts.empty()) {
        return;
    }
    const qsizetype rows = list->size();
    m_texts.resize(std::size_t(rows));
    m_summaries.resize(std::size_t(rows));
    m_sliceWords = (rows + 63) / 64;
    m_grams.assign(std::size_t(GramSlices * m_sliceWords), 0);
    // Signatures are gathered 64 rows at a time in a block that stays in the cache, then
    // stored slice by slice; setting bits straight in the slices would miss the cache at
    // nearly every character.
    std::vector<quint64> block(static_cast<std::size_t>(GramSlices));
    for (qsizetype first = 0; first < rows; first += 64) {
        std::fill(block.begin(), block.end(), 0);
        for (qsizetype row = first; row < std::min(rows, first + 64); ++row) {
            const Entry &entry = list->at(row);
            Texts &texts = m_texts[std::size_t(row)];
            texts.key = entry.code.toLower();
            texts.title = entry.title.toLower();
            texts.body = QStringList {entry.description, entry.whenYouSeeIt, entry.howToFix, entry.useWhen,
                entry.notes.join(u' '), entry.commands.join(u' ')}
                             .join(u' ')
                             .toLower();
            Summary &summary = m_summaries[std::size_t(row)];
            summary.title.add(texts.title);
            summary.body.add(texts.body);
            summary.keyFirst = texts.key.isEmpty() ? char16_t(0) : texts.key.front().unicode();
            const quint64 bit = quint64(1) << (row - first);
            const auto set = [&block, bit](quint16 slice) { block[slice] |= bit; };
            forEachGram(texts.key, set);
            forEachGram(texts.title, set);
            forEachGram(texts.body, set);
        }
        const qsizetype word = first / 64;
        for (qsizetype slice = 0; slice < GramSlices; ++slice) {
            m_grams[std::size_t(slice * m_sliceWords + word)] = block[std::size_t(slice)];
        }
    }
}

std::vector<SearchIndex::Word> SearchIndex::prepareWords(const QString &text) const
{
    // Words longer than any entry cannot match; capping keeps a pasted novel from costing more
    // than a search for one long word.
    static const QRegularExpression space(u"\\s+"_s);
    static const QRegularExpression enhanced(u"^[245]\\.(.*)$"_s);
    std::vector<Word> words;
    for (const QString &part : text.left(1000).toLower().split(space, Qt::SkipEmptyParts)) {
        Word word;
        word.text = part;
        const auto match = enhanced.match(part);
        if (match.hasMatch() && !part.contains(u"xxx.xxx"_s)) {
            word.codeForm = u"x."_s + match.captured(1);
            word.codeFormGrams = gramsOf(word.codeForm);
        }
        word.grams = gramsOf(word.text);
        word.chars.add(word.text);
        word.oneAsciiChar
            = word.text.size() == 1 && word.text.front().unicode() < 128 && !word.text.front().isNull();
        words.push_back(std::move(word));
    }
    return words;
}

bool SearchIndex::sameWords(const std::vector<Word> &a, const std::vector<Word> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
        [](const Word &x, const Word &y) { return x.text == y.text; });
}

// Whether every row matching `words` also matches `base`, so that a search for `words` need
// only look at the rows `base` matched. True when each word of `base` is the start of the word
// at its place in `words`: text containing the longer word contains the shorter one. The code
// form breaks this once: "5" has none, "5." has one ("x."), which rows without a 5 can match.
bool SearchIndex::narrows(const std::vector<Word> &base, const std::vector<Word> &words)
{
    if (base.size() > words.size()) {
        return false;
    }
    for (std::size_t i = 0; i < base.size(); ++i) {
        if (!words[i].text.startsWith(base[i].text)
            || (base[i].codeForm.isEmpty() && !words[i].codeForm.isEmpty())) {
            return false;
        }
    }
    return true;
}

bool SearchIndex::mayContain(int row, const std::vector<quint16> &grams) const
{
    const qsizetype word = row / 64;
    const int bit = row % 64;
    for (const quint16 slice : grams) {
        if (!((m_grams[std::size_t(slice * m_sliceWords + word)] >> bit) & 1)) {
            return false;
        }
    }
    return true;
}

// `baseRank` is the rank of a word this one extends (NoMatch when it extends none), and
// `bodyFrom` where that word first occurs in the body at the earliest: the longer word cannot
// start before it, nor match where the shorter one did not.
int SearchIndex::scoreWord(int row, const Word &word, int baseRank, qint32 &bodyFrom) const
{
    const bool hasForm = !word.codeForm.isEmpty();
    if (!mayContain(row, word.grams) && !(hasForm && mayContain(row, word.codeFormGrams))) {
        return NoMatch;
    }
    const Texts &texts = m_texts[std::size_t(row)];
    const Summary &summary = m_summaries[std::size_t(row)];
    if (baseRank <= CodePrefix
        && (summary.keyFirst == word.text.front().unicode() || (hasForm && summary.keyFirst == u'x'))) {
        if (texts.key == word.text || (hasForm && texts.key == word.codeForm)) {
            return ExactCode;
        }
        if (texts.key.startsWith(word.text) || (hasForm && texts.key.startsWith(word.codeForm))) {
            return CodePrefix;
        }
    }
    if (baseRank <= TitleWord && summary.title.contains(word.chars)
        && (word.oneAsciiChar || texts.title.contains(word.text))) {
        return TitleWord;
    }
    if (!summary.body.contains(word.chars)) {
        return NoMatch;
    }
    if (word.oneAsciiChar) {
        // bodyFrom stays a valid lower bound for the words this one grows into.
        return BodyWord;
    }
    const qsizetype at = findWord(texts.body, word.text, bodyFrom);
    if (at < 0) {
        return NoMatch;
    }
    bodyFrom = qint32(at);
    return BodyWord;
}

SearchIndex::Result SearchIndex::narrow(const Result &base, std::vector<Word> words) const
{
    Result result;
    result.words = std::move(words);
    const std::size_t count = result.words.size();
    const std::size_t baseCount = base.words.size();
    std::vector<std::size_t> changed;
    for (std::size_t i = 0; i < count; ++i) {
        if (i >= baseCount || result.words[i].text != base.words[i].text) {
            changed.push_back(i);
        }
    }
    result.rows.reserve(base.rows.size());
    result.ranks.reserve(base.rows.size() * count);
    result.bodyFrom.reserve(base.rows.size() * count);
    std::vector<qint8> ranks(count);
    std::vector<qint32> from(count);
    // A body scan starts where the shorter word was found, in memory no earlier row was near, so
    // it waits on main memory; asking for it some rows ahead overlaps those waits.
    constexpr std::size_t Ahead = 8;
    const bool scansBody
        = !changed.empty() && !m_texts.empty() && !result.words[changed.front()].oneAsciiChar;
    for (std::size_t k = 0; k < base.rows.size(); ++k) {
#if defined(__GNUC__)
        if (scansBody && k + Ahead < base.rows.size()) {
            const std::size_t i = changed.front();
            const qint32 start = i < baseCount ? base.bodyFrom[(k + Ahead) * baseCount + i] : 0;
            const char16_t *at = QStringView(m_texts[std::size_t(base.rows[k + Ahead])].body).utf16() + start;
            __builtin_prefetch(at);
            __builtin_prefetch(at + 32);
        }
#endif
        const int row = base.rows[k];
        std::copy_n(base.ranks.begin() + qsizetype(k * baseCount), baseCount, ranks.begin());
        std::copy_n(base.bodyFrom.begin() + qsizetype(k * baseCount), baseCount, from.begin());
        std::fill(ranks.begin() + qsizetype(baseCount), ranks.end(), qint8(NoMatch));
        std::fill(from.begin() + qsizetype(baseCount), from.end(), 0);
        bool matches = true;
        for (const std::size_t i : changed) {
            const int rank = scoreWord(row, result.words[i], ranks[i], from[i]);
            if (rank == NoMatch) {
                matches = false;
                break;
            }
            ranks[i] = qint8(rank);
        }
        if (matches) {
            result.rows.push_back(row);
            result.ranks.insert(result.ranks.end(), ranks.begin(), ranks.end());
            result.bodyFrom.insert(result.bodyFrom.end(), from.begin(), from.end());
        }
    }
    return result;
}

} // namespace SmtpCodes
