// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepositions.h"

#include <algorithm>
#include <cstring> // memmem, memchr

namespace SmtpCodes {

CodePositions::CodePositions(QByteArrayView text)
{
    static constexpr QByteArrayView key = "\"code\"";
    int line = 1;
    qsizetype counted = 0;
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    const char *const data = text.data();
    const auto find = [&](qsizetype from) -> qsizetype {
        const void *found = memmem(data + from, size_t(text.size() - from), key.data(), size_t(key.size()));
        return found ? static_cast<const char *>(found) - data : -1;
    };
    // memchr per line: far faster than a byte loop over the file, and lines are long.
    const auto newlines = [&](qsizetype from, qsizetype to) {
        int count = 0;
        while (const void *found = memchr(data + from, '\n', size_t(to - from))) {
            ++count;
            from = static_cast<const char *>(found) - data + 1;
        }
        return count;
    };
    for (qsizetype at = find(0); at >= 0; at = find(at + 1)) {
        qsizetype i = at + key.size();
        while (i < text.size() && isSpace(text[i])) {
            ++i;
        }
        if (i >= text.size() || text[i] != ':') {
            continue;
        }
        ++i;
        while (i < text.size() && isSpace(text[i])) {
            ++i;
        }
        if (i >= text.size() || text[i] != '"') {
            continue;
        }
        const qsizetype start = ++i;
        while (i < text.size() && text[i] != '"' && text[i] != '\\') {
            ++i;
        }
        if (i >= text.size() || text[i] != '"') {
            continue;
        }
        line += newlines(counted, at);
        counted = at;
        m_positions[QString::fromUtf8(text.sliced(start, i - start)).trimmed()].append({at, line});
    }
}

int CodePositions::lineOf(const QString &code, qsizetype *cursor) const
{
    const auto it = m_positions.constFind(code);
    if (code.isEmpty() || it == m_positions.cend()) {
        return 0;
    }
    const auto found = std::lower_bound(it->cbegin(), it->cend(), *cursor,
        [](const Position &position, qsizetype offset) { return position.offset < offset; });
    if (found == it->cend()) {
        return 0;
    }
    *cursor = found->offset + 1;
    return found->line;
}

} // namespace SmtpCodes
