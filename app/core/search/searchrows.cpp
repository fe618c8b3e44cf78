// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchrows.h"

#include "entry.h"
#include "relevanceorder.h"
#include "vocabulary.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

using namespace SearchRank;
using namespace TextSearch;

namespace {
// What scoring one row costs, in postings read from the token index. Measured with bench_search
// over 100,000 entries: the second letter of "re" took 13 ms row by row and 4.3 ms through the
// 1,625,541 postings of the tokens holding it, so a row costs about 48 postings.
constexpr qsizetype RowCost = 48;

// Keeps the better of a row's rank and another: NoMatch (-1) is 255 unsigned, worse than any.
inline void keepBetter(qint8 &best, int rank)
{
    if (quint8(rank) < quint8(best)) {
        best = qint8(rank);
    }
}
} // namespace

void SearchRows::clear()
{
    m_texts.clear();
    m_summaries.clear();
    m_weights.clear();
    m_grams.clear();
    m_sliceWords = 0;
    m_tokens.clear();
    m_heads.clear();
    m_rowsByKey.clear();
}

void SearchRows::build(const QList<Entry> &entries)
{
    clear();
    buildTexts(entries);
    buildIndexes();
}

void SearchRows::buildTexts(const QList<Entry> &list)
{
    const qsizetype rows = list.size();
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
            const Entry &entry = list.at(row);
            Texts &texts = m_texts[std::size_t(row)];
            // A reason's or response's key is a name ("mailboxfull"), not a code: words typed
            // must not match it as a code prefix.
            texts.key = entry.isCode() ? entry.code.toLower() : QString();
            texts.title = entry.title.toLower();
            texts.keywords = entry.keywords.join(u" | "_s).toLower();
            // Lower-cased before joining, so that the description ends where its length says.
            const QString description = entry.description.toLower();
            texts.body = description + u' '
                + QStringList {entry.whenYouSeeIt, entry.howToFix, entry.useWhen, entry.notes.join(u' '),
                    entry.commands.join(u' ')}
                      .join(u' ')
                      .toLower();
            Summary &summary = m_summaries[std::size_t(row)];
            summary.title.add(texts.title);
            summary.keywords.add(texts.keywords);
            summary.description.add(description);
            summary.body.add(texts.body);
            summary.keyFirst = texts.key.isEmpty() ? char16_t(0) : texts.key.front().unicode();
            summary.descriptionLength = qint32(description.size());
            RowWeights &weights = m_weights[std::size_t(row)];
            weights.failure = std::any_of(entry.classes.cbegin(), entry.classes.cend(),
                [](CodeClass codeClass) { return CodeClasses::digit(codeClass) >= 4; });
            weights.descriptionLength = summary.descriptionLength;
            weights.catalogue = !entry.isCode();
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

void SearchRows::buildIndexes()
{
    m_tokens.build(qsizetype(m_texts.size()), [this](qsizetype row) {
        const Texts &texts = m_texts[std::size_t(row)];
        const qint32 description = m_summaries[std::size_t(row)].descriptionLength;
        const QStringView body(texts.body);
        return TokenIndex::Fields {
            texts.title, texts.keywords, body.left(description), body.mid(description)};
    });
    m_heads.build(qsizetype(m_texts.size()), [this](qsizetype row) {
        const Texts &texts = m_texts[std::size_t(row)];
        return TokenIndex::Fields {texts.title, texts.keywords, QStringView(), QStringView()};
    });
    m_rowsByKey.resize(m_texts.size());
    for (std::size_t row = 0; row < m_rowsByKey.size(); ++row) {
        m_rowsByKey[row] = int(row);
    }
    std::stable_sort(m_rowsByKey.begin(), m_rowsByKey.end(), [this](int a, int b) {
        return QStringView(m_texts[std::size_t(a)].key) < QStringView(m_texts[std::size_t(b)].key);
    });
}

QStringView SearchRows::field(int row, int rank) const
{
    const Texts &texts = m_texts[std::size_t(row)];
    return rank == TitleWord  ? QStringView(texts.title)
        : rank == KeywordWord ? QStringView(texts.keywords)
        : rank == DescriptionWord
        ? QStringView(texts.body).left(m_summaries[std::size_t(row)].descriptionLength)
        : QStringView(texts.body);
}

void SearchRows::prefetch(int row, bool heads, qint32 from) const
{
#if defined(__GNUC__)
    const Texts &texts = m_texts[std::size_t(row)];
    if (heads) {
        __builtin_prefetch(texts.title.constData());
        __builtin_prefetch(texts.keywords.constData());
    }
    const char16_t *body = QStringView(texts.body).utf16() + from;
    __builtin_prefetch(body);
    __builtin_prefetch(body + 32);
#else
    Q_UNUSED(row)
    Q_UNUSED(heads)
    Q_UNUSED(from)
#endif
}

void SearchRows::addTo(Vocabulary &vocabulary) const
{
    for (const Texts &texts : m_texts) {
        vocabulary.add(QString(texts.title + u' ' + texts.keywords + u' ' + texts.body));
    }
}

SearchRows::Plan SearchRows::plan(const SearchWord &word) const
{
    Plan plan;
    const auto add = [&plan](TokenIndex::Matches matches) {
        plan.cost += matches.postings;
        plan.forms.push_back(std::move(matches));
    };
    add(m_tokens.find(word.text));
    for (const SearchAlternative &alternative : word.alternatives) {
        std::vector<QStringView> pieces;
        TokenIndex::forEachToken(alternative.text, [&pieces](QStringView piece) { pieces.push_back(piece); });
        if (pieces.size() == 1 && pieces.front().size() == alternative.text.size()) {
            add(m_tokens.find(alternative.text));
            continue;
        }
        // A phrase: only rows that hold its rarest word can hold it, and each is read to see.
        TokenIndex::Matches rarest;
        rarest.postings = -1;
        for (const QStringView piece : pieces) {
            TokenIndex::Matches matches = m_tokens.find(piece);
            if (rarest.postings < 0 || matches.postings < rarest.postings) {
                rarest = std::move(matches);
            }
        }
        plan.cost += rarest.postings * RowCost;
        plan.phrases.emplace_back(&alternative, std::move(rarest));
    }
    return plan;
}

bool SearchRows::rankAllIfCheaper(const SearchWord &word, std::size_t rows, std::vector<qint8> &ranks) const
{
    // A word of one ASCII character is settled by the rows' character sets alone.
    if (m_strategy == Strategy::RowByRow || (m_strategy == Strategy::Cheapest && word.oneAsciiChar)) {
        return false;
    }
    const Plan found = plan(word);
    if (m_strategy == Strategy::Cheapest && found.cost > qsizetype(rows) * RowCost) {
        return false;
    }
    rankAll(word, found, ranks);
    return true;
}

void SearchRows::rankAll(const SearchWord &word, std::vector<qint8> &ranks) const
{
    rankAll(word, plan(word), ranks);
}

void SearchRows::rankAll(const SearchWord &word, const Plan &plan, std::vector<qint8> &ranks) const
{
    ranks.assign(m_texts.size(), qint8(NoMatch));
    qint8 *const rowRanks = ranks.data();
    const auto better = [rowRanks](int row, int rank) { keepBetter(rowRanks[row], rank); };
    rankCodes(word.text, ranks);
    if (!word.codeForm.isEmpty()) {
        rankCodes(word.codeForm, ranks);
    }
    for (const TokenIndex::Matches &form : plan.forms) {
        m_tokens.forEachPosting(form, [&better](int row, int field) { better(row, TitleWord + field); });
    }
    std::vector<int> candidates;
    for (const auto &[alternative, rarest] : plan.phrases) {
        candidates.clear();
        m_tokens.forEachPosting(rarest, [&candidates](int row, int) { candidates.push_back(row); });
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        for (const int row : candidates) {
            const int rank = scoreAlternative(row, *alternative, NoMatch);
            if (rank != NoMatch) {
                better(row, rank);
            }
        }
    }
}

void SearchRows::rankHeads(const SearchWord &word, std::vector<qint8> &ranks) const
{
    ranks.assign(m_texts.size(), qint8(NoMatch));
    qint8 *const rowRanks = ranks.data();
    m_heads.forEachPosting(m_heads.find(word.text),
        [rowRanks](int row, int field) { keepBetter(rowRanks[row], TitleWord + field); });
}

int SearchRows::scoreBody(int row, const SearchWord &word, int baseRank, int headRank, qint32 &bodyFrom) const
{
    const bool hasForm = !word.codeForm.isEmpty();
    if (!TextSearch::mayContain(m_grams, m_sliceWords, row, word.grams)
        && !(hasForm && TextSearch::mayContain(m_grams, m_sliceWords, row, word.codeFormGrams))) {
        return NoMatch;
    }
    const Texts &texts = m_texts[std::size_t(row)];
    const Summary &summary = m_summaries[std::size_t(row)];
    if (const int code = codeRank(row, word, baseRank); code != NoMatch) {
        return code;
    }
    if (headRank != NoMatch) {
        return headRank;
    }
    const qsizetype at = summary.body.contains(word.chars) ? findWord(texts.body, word.text, bodyFrom) : -1;
    if (at < 0) {
        return NoMatch;
    }
    bodyFrom = qint32(at);
    return at < summary.descriptionLength ? DescriptionWord : BodyWord;
}

void SearchRows::rankCodes(QStringView key, std::vector<qint8> &ranks) const
{
    const auto keyOf = [this](int row) { return QStringView(m_texts[std::size_t(row)].key); };
    auto it = std::lower_bound(m_rowsByKey.begin(), m_rowsByKey.end(), key,
        [&keyOf](int row, QStringView wanted) { return keyOf(row) < wanted; });
    for (; it != m_rowsByKey.end() && keyOf(*it).startsWith(key); ++it) {
        keepBetter(ranks[std::size_t(*it)], keyOf(*it) == key ? ExactCode : CodePrefix);
    }
}

int SearchRows::codeRank(int row, const SearchWord &word, int baseRank) const
{
    // A word that did not match the code cannot match it longer.
    if (baseRank > CodePrefix) {
        return NoMatch;
    }
    const bool hasForm = !word.codeForm.isEmpty();
    const char16_t first = m_summaries[std::size_t(row)].keyFirst;
    if (first != word.text.front().unicode() && !(hasForm && first == u'x')) {
        return NoMatch;
    }
    const QString &key = m_texts[std::size_t(row)].key;
    if (key == word.text || (hasForm && key == word.codeForm)) {
        return ExactCode;
    }
    if (key.startsWith(word.text) || (hasForm && key.startsWith(word.codeForm))) {
        return CodePrefix;
    }
    return NoMatch;
}

int SearchRows::scoreWord(int row, const SearchWord &word, int baseRank, qint32 &bodyFrom) const
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
    for (const SearchAlternative &alternative : word.alternatives) {
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

int SearchRows::scoreText(int row, const SearchWord &word, int baseRank, qint32 &bodyFrom) const
{
    const Texts &texts = m_texts[std::size_t(row)];
    const Summary &summary = m_summaries[std::size_t(row)];
    if (const int code = codeRank(row, word, baseRank); code != NoMatch) {
        return code;
    }
    if (baseRank <= TitleWord && summary.title.contains(word.chars)
        && (word.oneAsciiChar || findWord(texts.title, word.text, 0) >= 0)) {
        return TitleWord;
    }
    if (baseRank <= KeywordWord && summary.keywords.contains(word.chars)
        && (word.oneAsciiChar || findWord(texts.keywords, word.text, 0) >= 0)) {
        return KeywordWord;
    }
    if (!summary.body.contains(word.chars)) {
        return NoMatch;
    }
    if (word.oneAsciiChar) {
        // Found by the character sets alone; where would cost a scan of every row's text, for
        // what is only the first keystroke of a word. bodyFrom stays a valid lower bound.
        return summary.description.contains(word.chars) ? DescriptionWord : BodyWord;
    }
    const qsizetype at = findWord(texts.body, word.text, bodyFrom);
    if (at < 0) {
        return NoMatch;
    }
    bodyFrom = qint32(at);
    return at < summary.descriptionLength ? DescriptionWord : BodyWord;
}

int SearchRows::scoreAlternative(int row, const SearchAlternative &alternative, int baseRank) const
{
    if (!TextSearch::mayContain(m_grams, m_sliceWords, row, alternative.grams)) {
        return NoMatch;
    }
    const Texts &texts = m_texts[std::size_t(row)];
    const Summary &summary = m_summaries[std::size_t(row)];
    if (baseRank <= TitleWord && summary.title.contains(alternative.chars)
        && findWord(texts.title, alternative.text, 0) >= 0) {
        return TitleWord;
    }
    if (baseRank <= KeywordWord && summary.keywords.contains(alternative.chars)
        && findWord(texts.keywords, alternative.text, 0) >= 0) {
        return KeywordWord;
    }
    const qsizetype at = summary.body.contains(alternative.chars) ? findWord(texts.body, alternative.text, 0)
                                                                  : qsizetype(-1);
    if (at < 0) {
        return NoMatch;
    }
    return at < summary.descriptionLength ? DescriptionWord : BodyWord;
}

} // namespace SmtpCodes
