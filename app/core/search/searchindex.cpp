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

void SearchIndex::reset(const QList<Entry> *entries, const SynonymTable *synonyms)
{
    m_entries = entries;
    m_synonyms = synonyms;
    m_vocabulary = Vocabulary();
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
    m_vocabulary = Vocabulary();
    m_texts.clear();
    m_summaries.clear();
    m_grams.clear();
    m_results.resize(1);
}

void SearchIndex::search(const QString &text)
{
    std::vector<Word> words = SearchWords::prepare(text, m_synonyms);
    m_text = text;
    if (!words.empty()) {
        buildTexts();
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
    const int rows = m_entries ? int(m_entries->size()) : 0;
    for (int row = 0; row < rows; ++row) {
        qint32 from = 0;
        if (scoreWord(row, word, NoMatch, from) != NoMatch) {
            return true;
        }
    }
    return false;
}

const Vocabulary &SearchIndex::vocabulary() const
{
    if (m_vocabulary.isEmpty()) {
        for (const Texts &texts : m_texts) {
            m_vocabulary.add(QString(texts.title + u' ' + texts.keywords + u' ' + texts.body));
        }
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

std::vector<int> SearchIndex::order(const std::vector<bool> &passes)
{
    const Result &current = m_results.back();
    std::vector<int> rows = RelevanceOrder::order(
        {current.rows, current.ranks, current.words.size(), m_weights}, passes, &m_ranks, &m_scores);
    const auto field = [this](int row, int rank) -> QStringView {
        const Texts &texts = m_texts[std::size_t(row)];
        return rank == TitleWord  ? QStringView(texts.title)
            : rank == KeywordWord ? QStringView(texts.keywords)
            : rank == DescriptionWord
            ? QStringView(texts.body).left(m_weights[std::size_t(row)].descriptionLength)
            : QStringView(texts.body);
    };
    RelevanceOrder::refineTop(
        rows, {current.rows, current.ranks, current.words, m_weights, field}, &m_scores);
    return rows;
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
    m_weights.assign(std::size_t(rows), RowWeights());
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
            texts.keywords = entry.keywords.join(u" | "_s).toLower();
            texts.body = QStringList {entry.description, entry.whenYouSeeIt, entry.howToFix, entry.useWhen,
                entry.notes.join(u' '), entry.commands.join(u' ')}
                             .join(u' ')
                             .toLower();
            Summary &summary = m_summaries[std::size_t(row)];
            summary.title.add(texts.title);
            summary.keywords.add(texts.keywords);
            RowWeights &weights = m_weights[std::size_t(row)];
            weights.failure = std::any_of(entry.classes.cbegin(), entry.classes.cend(),
                [](CodeClass codeClass) { return CodeClasses::digit(codeClass) >= 4; });
            weights.descriptionLength = qint32(entry.description.size());
            summary.descriptionLength = weights.descriptionLength;
            summary.body.add(texts.body);
            summary.keyFirst = texts.key.isEmpty() ? char16_t(0) : texts.key.front().unicode();
            const quint64 bit = quint64(1) << (row - first);
            const auto set = [&block, bit](quint16 slice) { block[slice] |= bit; };
            forEachGram(texts.key, set);
            forEachGram(texts.title, set);
            forEachGram(texts.keywords, set);
            forEachGram(texts.body, set);
        }
        const qsizetype word = first / 64;
        for (qsizetype slice = 0; slice < GramSlices; ++slice) {
            m_grams[std::size_t(slice * m_sliceWords + word)] = block[std::size_t(slice)];
        }
    }
    std::vector<std::array<float, 4>> lengths;
    lengths.reserve(m_texts.size());
    for (std::size_t row = 0; row < m_texts.size(); ++row) {
        const Texts &texts = m_texts[row];
        const auto description = float(m_weights[row].descriptionLength);
        lengths.push_back({float(texts.title.size()), float(texts.keywords.size()), description,
            std::max(0.0f, float(texts.body.size()) - description)});
    }
    RelevanceOrder::setFieldWeights(m_weights, lengths);
}

// `baseRank` is the rank of a word this one extends (NoMatch when it extends none), and
// `bodyFrom` where that word first occurs in the body at the earliest: the longer word cannot
// start before it, nor match where the shorter one did not.
int SearchIndex::scoreWord(int row, const Word &word, int baseRank, qint32 &bodyFrom) const
{
    int rank = NoMatch;
    const bool hasForm = !word.codeForm.isEmpty();
    if (TextSearch::mayContain(m_grams, m_sliceWords, row, word.grams)
        || (hasForm && TextSearch::mayContain(m_grams, m_sliceWords, row, word.codeFormGrams))) {
        // With alternatives the first occurrence may be any of them, so the body is read whole.
        qint32 from = word.alternatives.empty() ? bodyFrom : 0;
        rank = scoreText(row, word, baseRank, from);
        if (word.alternatives.empty()) {
            bodyFrom = from;
        }
    }
    if (rank != NoMatch && rank <= TitleWord) {
        return rank;
    }
    for (const Alternative &alternative : word.alternatives) {
        const int found = scoreAlternative(row, alternative, baseRank);
        if (found != NoMatch && (rank == NoMatch || found < rank)) {
            rank = found;
            if (rank == TitleWord) {
                break;
            }
        }
    }
    if (!word.alternatives.empty()) {
        bodyFrom = 0;
    }
    return rank;
}

int SearchIndex::scoreText(int row, const Word &word, int baseRank, qint32 &bodyFrom) const
{
    const bool hasForm = !word.codeForm.isEmpty();
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
    if (baseRank <= KeywordWord && summary.keywords.contains(word.chars)
        && (word.oneAsciiChar || texts.keywords.contains(word.text))) {
        return KeywordWord;
    }
    if (!summary.body.contains(word.chars)) {
        return NoMatch;
    }
    if (word.oneAsciiChar) {
        // Found by the character set alone; where would cost a scan of every row's text, for
        // what is only the first keystroke of a word. bodyFrom stays a valid lower bound.
        return BodyWord;
    }
    const qsizetype at = findWord(texts.body, word.text, bodyFrom);
    if (at < 0) {
        return NoMatch;
    }
    bodyFrom = qint32(at);
    return at < summary.descriptionLength ? DescriptionWord : BodyWord;
}

int SearchIndex::scoreAlternative(int row, const Alternative &alternative, int baseRank) const
{
    if (!TextSearch::mayContain(m_grams, m_sliceWords, row, alternative.grams)) {
        return NoMatch;
    }
    const Texts &texts = m_texts[std::size_t(row)];
    const Summary &summary = m_summaries[std::size_t(row)];
    if (baseRank <= TitleWord && summary.title.contains(alternative.chars)
        && texts.title.contains(alternative.text)) {
        return TitleWord;
    }
    if (baseRank <= KeywordWord && summary.keywords.contains(alternative.chars)
        && texts.keywords.contains(alternative.text)) {
        return KeywordWord;
    }
    const qsizetype at = summary.body.contains(alternative.chars) ? findWord(texts.body, alternative.text, 0)
                                                                  : qsizetype(-1);
    if (at < 0) {
        return NoMatch;
    }
    return at < summary.descriptionLength ? DescriptionWord : BodyWord;
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
