// SPDX-License-Identifier: GPL-3.0-or-later
#include "textsearch.h"

#include <QString>
#include <QtAlgorithms>

#include <algorithm>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace SmtpCodes::TextSearch {

std::vector<quint16> gramsOf(QStringView text)
{
    std::vector<quint16> grams;
    forEachGram(text, [&grams](quint16 slice) { grams.push_back(slice); });
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    return grams;
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
    // The few positions the vector loop leaves, compared directly: QStringView::indexOf() would
    // first build a table for the word, which costs more than the whole scan of a short text.
    if (length == 0) {
        return from <= text.size() ? from : -1;
    }
    const char16_t *chars = text.utf16();
    const char16_t *wanted = word.utf16();
    for (qsizetype at = std::max<qsizetype>(from, 0); at + length <= text.size(); ++at) {
        if (chars[at] == wanted[0] && std::equal(wanted + 1, wanted + length, chars + at + 1)) {
            return at;
        }
    }
    return -1;
}

void CharSet::add(QStringView text)
{
    for (const QChar c : text) {
        const char16_t unit = c.unicode();
        const unsigned bit = unit < 128 ? unit : 0;
        bits[bit / 64] |= quint64(1) << (bit % 64);
    }
}

} // namespace SmtpCodes::TextSearch
