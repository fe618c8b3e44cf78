// SPDX-License-Identifier: GPL-3.0-or-later
#include "codefilterproxymodel.h"

#include "codelistmodel.h"

#include <QRegularExpression>
#include <QtAlgorithms>
#include <algorithm>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
constexpr int GramBits = 12;
constexpr qsizetype GramSlices = qsizetype(1) << GramBits;
// Enough for every Backspace of a typed query, without keeping a result per character of a
// pasted one.
constexpr std::size_t MaxKeptResults = 32;

quint16 gramSlice(quint64 gram)
{
    return quint16((gram * 0x9E3779B97F4A7C15ULL) >> (64 - GramBits));
}

// Bigrams and trigrams: a one-character word is found by a scan that stops at its first
// occurrence anyway, and longer grams would fill the signatures without rejecting more rows.
template<typename Function> void forEachGram(QStringView text, Function &&function)
{
    const char16_t *chars = text.utf16();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i + 1 < size; ++i) {
        const quint64 pair = quint64(chars[i]) << 16 | quint64(chars[i + 1]);
        function(gramSlice(quint64(1) << 48 | pair));
        if (i + 2 < size) {
            function(gramSlice(quint64(2) << 48 | pair << 16 | quint64(chars[i + 2])));
        }
    }
}

// QStringView::indexOf() compares a rolling hash at every position; comparing a word's first and
// last characters at eight positions at once rejects nearly all of them in a few instructions,
// which makes the body scans of a keystroke several times faster.
qsizetype findWord(QStringView text, QStringView word, qsizetype from)
{
    const qsizetype length = word.size();
#if defined(__SSE2__)
    if (length >= 2) {
        const char16_t *chars = text.utf16();
        const char16_t *wanted = word.utf16();
        const __m128i first = _mm_set1_epi16(static_cast<short>(wanted[0]));
        const __m128i last = _mm_set1_epi16(static_cast<short>(wanted[length - 1]));
        for (; from + 8 + length - 1 <= text.size(); from += 8) {
            const __m128i starts = _mm_loadu_si128(reinterpret_cast<const __m128i *>(chars + from));
            const __m128i ends
                = _mm_loadu_si128(reinterpret_cast<const __m128i *>(chars + from + length - 1));
            auto mask = quint32(_mm_movemask_epi8(
                _mm_and_si128(_mm_cmpeq_epi16(starts, first), _mm_cmpeq_epi16(ends, last))));
            while (mask != 0) {
                const uint bit = qCountTrailingZeroBits(mask);
                const qsizetype at = from + qsizetype(bit / 2);
                if (std::equal(wanted + 1, wanted + length - 1, chars + at + 1)) {
                    return at;
                }
                mask &= ~(quint32(3) << bit);
            }
        }
    }
#endif
    return text.indexOf(word, from);
}

std::vector<quint16> gramsOf(QStringView text)
{
    std::vector<quint16> grams;
    forEachGram(text, [&grams](quint16 slice) { grams.push_back(slice); });
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    return grams;
}
} // namespace

void CodeFilterProxyModel::CharSet::add(QStringView text)
{
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        const unsigned bit = unit < 128 ? unit : 0;
        bits[bit / 64] |= quint64(1) << (bit % 64);
    }
}

CodeFilterProxyModel::CodeFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
    sourceReset();
}

CodeFilterProxyModel::~CodeFilterProxyModel() = default;

void CodeFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (sourceModel()) {
        disconnect(sourceModel(), nullptr, this, nullptr);
    }
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        // Only resets come from CodeListModel; any other structural change is rare enough to be
        // handled as one too, which keeps the row cache and the mapping simple.
        const auto begin = [this] { beginResetModel(); };
        const auto end = [this] {
            sourceReset();
            endResetModel();
        };
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, begin);
        connect(model, &QAbstractItemModel::modelReset, this, end);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
        connect(model, &QAbstractItemModel::layoutChanged, this, end);
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, begin);
        connect(model, &QAbstractItemModel::rowsInserted, this, end);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin);
        connect(model, &QAbstractItemModel::rowsRemoved, this, end);
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, begin);
        connect(model, &QAbstractItemModel::rowsMoved, this, end);
        connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, begin);
        connect(model, &QAbstractItemModel::columnsInserted, this, end);
        connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, begin);
        connect(model, &QAbstractItemModel::columnsRemoved, this, end);
        connect(model, &QAbstractItemModel::columnsAboutToBeMoved, this, begin);
        connect(model, &QAbstractItemModel::columnsMoved, this, end);
        connect(model, &QAbstractItemModel::dataChanged, this, [this] {
            // Changed texts can change any rank, so search again; the rows stay the same.
            m_texts.clear();
            m_summaries.clear();
            m_grams.clear();
            m_results.resize(1);
            updateFilterPasses();
            applySearch(true);
            if (!m_proxyToSource.empty()) {
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            }
        });
        connect(model, &QAbstractItemModel::headerDataChanged, this,
            [this](Qt::Orientation orientation, int first, int last) {
                if (orientation == Qt::Horizontal) {
                    Q_EMIT headerDataChanged(orientation, first, last);
                } else if (!m_proxyToSource.empty()) {
                    Q_EMIT headerDataChanged(orientation, 0, rowCount() - 1);
                }
            });
    }
    sourceReset();
    endResetModel();
}

const QList<Entry> *CodeFilterProxyModel::entries() const
{
    const auto *codes = qobject_cast<const CodeListModel *>(sourceModel());
    return codes && codes->knowledgeBase() ? &codes->knowledgeBase()->entries() : nullptr;
}

void CodeFilterProxyModel::sourceReset()
{
    m_texts.clear();
    m_summaries.clear();
    m_grams.clear();
    m_sliceWords = 0;
    Result all;
    if (const QList<Entry> *list = entries()) {
        all.rows.resize(std::size_t(list->size()));
        for (std::size_t row = 0; row < all.rows.size(); ++row) {
            all.rows[row] = int(row);
        }
    }
    m_results.clear();
    m_results.push_back(std::move(all));
    updateFilterPasses();
    applySearch(false);
}

void CodeFilterProxyModel::buildTexts()
{
    const QList<Entry> *list = entries();
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

std::vector<CodeFilterProxyModel::Word> CodeFilterProxyModel::prepareWords(const QString &text) const
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

bool CodeFilterProxyModel::sameWords(const std::vector<Word> &a, const std::vector<Word> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
        [](const Word &x, const Word &y) { return x.text == y.text; });
}

// Whether every row matching `words` also matches `base`, so that a search for `words` need
// only look at the rows `base` matched. True when each word of `base` is the start of the word
// at its place in `words`: text containing the longer word contains the shorter one. The code
// form breaks this once: "5" has none, "5." has one ("x."), which rows without a 5 can match.
bool CodeFilterProxyModel::narrows(const std::vector<Word> &base, const std::vector<Word> &words)
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

bool CodeFilterProxyModel::mayContain(int row, const std::vector<quint16> &grams) const
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
int CodeFilterProxyModel::scoreWord(int row, const Word &word, int baseRank, qint32 &bodyFrom) const
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

CodeFilterProxyModel::Result CodeFilterProxyModel::narrow(const Result &base, std::vector<Word> words) const
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

void CodeFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText) {
        return;
    }
    m_searchText = text;
    applySearch(true);
}

void CodeFilterProxyModel::applySearch(bool emitLayout)
{
    std::vector<Word> words = prepareWords(m_searchText);
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
    reorder(emitLayout);
}

void CodeFilterProxyModel::setClassFilter(std::optional<CodeClass> codeClass)
{
    m_classFilter = codeClass;
    updateFilterPasses();
    reorder(true);
}

void CodeFilterProxyModel::setKindFilter(Kind kind)
{
    m_kindFilter = kind;
    updateFilterPasses();
    reorder(true);
}

void CodeFilterProxyModel::setCommandFilter(const QString &command)
{
    m_commandFilter = command;
    updateFilterPasses();
    reorder(true);
}

bool CodeFilterProxyModel::passesFilters(const Entry &entry) const
{
    if (m_classFilter && !entry.classes.contains(*m_classFilter)) {
        return false;
    }
    if ((m_kindFilter == Kind::Basic && !entry.isBasic())
        || (m_kindFilter == Kind::Enhanced && entry.isBasic())) {
        return false;
    }
    if (!m_commandFilter.isEmpty() && !entry.commands.contains(m_commandFilter)
        && !entry.commands.contains(u"ANY"_s)) {
        return false;
    }
    return true;
}

void CodeFilterProxyModel::updateFilterPasses()
{
    m_passes.clear();
    if (const QList<Entry> *list = entries()) {
        m_passes.reserve(std::size_t(list->size()));
        for (const Entry &entry : *list) {
            m_passes.push_back(passesFilters(entry));
        }
    }
}

void CodeFilterProxyModel::reorder(bool emitLayout)
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
    m_sourceRanks.assign(m_passes.size(), qint8(NoMatch));
    for (std::size_t k = 0; k < current.rows.size(); ++k) {
        const auto *ranks = current.ranks.data() + k * count;
        const int worst = count == 0 ? int(ExactCode) : *std::max_element(ranks, ranks + count);
        int sum = 0;
        for (std::size_t i = 0; i < count; ++i) {
            sum += ranks[i];
        }
        const auto row = std::size_t(current.rows[k]);
        m_sourceRanks[row] = qint8(worst);
        const std::size_t key = std::size_t(worst) * sums + std::size_t(sum);
        keys.push_back(key);
        if (m_passes[row]) {
            ++starts[key + 1];
        }
    }
    for (std::size_t key = 1; key < starts.size(); ++key) {
        starts[key] += starts[key - 1];
    }
    std::vector<int> order(starts.back());
    for (std::size_t k = 0; k < current.rows.size(); ++k) {
        const int row = current.rows[k];
        if (m_passes[std::size_t(row)]) {
            order[starts[keys[k]]++] = row;
        }
    }

    if (order == m_proxyToSource && emitLayout) {
        return;
    }
    QModelIndexList before;
    std::vector<std::pair<int, int>> cells;
    if (emitLayout) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
        before = persistentIndexList();
        cells.reserve(std::size_t(before.size()));
        for (const QModelIndex &index : std::as_const(before)) {
            cells.emplace_back(m_proxyToSource[std::size_t(index.row())], index.column());
        }
    }
    m_proxyToSource = std::move(order);
    m_sourceToProxy.assign(m_passes.size(), -1);
    for (std::size_t proxyRow = 0; proxyRow < m_proxyToSource.size(); ++proxyRow) {
        m_sourceToProxy[std::size_t(m_proxyToSource[proxyRow])] = int(proxyRow);
    }
    if (emitLayout) {
        QModelIndexList after;
        after.reserve(before.size());
        for (const auto &[sourceRow, column] : cells) {
            const int proxyRow = m_sourceToProxy[std::size_t(sourceRow)];
            after.append(proxyRow < 0 ? QModelIndex() : createIndex(proxyRow, column));
        }
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    }
}

int CodeFilterProxyModel::rank(int sourceRow) const
{
    return sourceRow >= 0 && std::size_t(sourceRow) < m_sourceRanks.size()
        ? int(m_sourceRanks[std::size_t(sourceRow)])
        : int(NoMatch);
}

QModelIndex CodeFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || std::size_t(row) >= m_proxyToSource.size() || column < 0
        || column >= columnCount()) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex CodeFilterProxyModel::parent(const QModelIndex &child) const
{
    Q_UNUSED(child)
    return {};
}

int CodeFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int CodeFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool CodeFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex CodeFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this
        || std::size_t(proxyIndex.row()) >= m_proxyToSource.size()) {
        return {};
    }
    return sourceModel()->index(m_proxyToSource[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex CodeFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() || sourceIndex.parent().isValid()
        || std::size_t(sourceIndex.row()) >= m_sourceToProxy.size()) {
        return {};
    }
    const int row = m_sourceToProxy[std::size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

} // namespace SmtpCodes
