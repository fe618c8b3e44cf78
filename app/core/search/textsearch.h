// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QtGlobal>

#include <vector>

// The text primitives of the search index: n-gram signatures, character sets and a fast
// substring scan. Kept apart from the index so that each can be measured and replaced alone.
namespace SmtpCodes::TextSearch {

constexpr int GramBits = 12;
constexpr qsizetype GramSlices = qsizetype(1) << GramBits;

// The signature slice an n-gram falls into.
inline quint16 gramSlice(quint64 gram)
{
    return quint16((gram * 0x9E3779B97F4A7C15ULL) >> (64 - GramBits));
}

// Bigrams and trigrams: a one-character word is found by a scan that stops at its first
// occurrence anyway, and longer grams would fill the signatures without rejecting more rows.
template<typename Function> inline void forEachGram(QStringView text, Function &&function)
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

// Whether row may contain a text with the gram slices wanted: false when the column-major
// signatures (one bit per row in each slice, sliceWords words of 64 rows a slice) lack one.
inline bool mayContain(
    const std::vector<quint64> &signatures, qsizetype sliceWords, int row, const std::vector<quint16> &wanted)
{
    const qsizetype word = row / 64;
    const int bit = row % 64;
    for (const quint16 slice : wanted) {
        if (!((signatures[std::size_t(slice * sliceWords + word)] >> bit) & 1)) {
            return false;
        }
    }
    return true;
}

// The distinct slices of every gram of text, sorted.
std::vector<quint16> gramsOf(QStringView text);

// Where word first occurs in text at or after from, or -1; the same as QStringView::indexOf().
qsizetype findWord(QStringView text, QStringView word, qsizetype from);

// Which ASCII characters a text holds, bit 0 standing for all others: exact for a word of one
// ASCII character, and for longer words a test that needs no access to the text itself.
struct CharSet
{
    quint64 bits[2] = {0, 0};
    void add(QStringView text);
    bool contains(const CharSet &other) const
    {
        return (other.bits[0] & ~bits[0]) == 0 && (other.bits[1] & ~bits[1]) == 0;
    }
};

} // namespace SmtpCodes::TextSearch
