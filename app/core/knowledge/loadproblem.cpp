// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadproblem.h"

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029;
}

QString escapeControls(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t unicode = c.unicode();
        if (!isControl(unicode)) {
            result += c;
        } else if (unicode == u'\n') {
            result += u"\\n"_s;
        } else if (unicode == u'\r') {
            result += u"\\r"_s;
        } else if (unicode == u'\t') {
            result += u"\\t"_s;
        } else {
            result += u"\\u%1"_s.arg(uint(unicode), 4, 16, QChar(u'0'));
        }
    }
    return result;
}
} // namespace

QString LoadProblem::excerpt(QStringView text, qsizetype maximumLength)
{
    if (text.size() <= maximumLength) {
        return escapeControls(text);
    }
    qsizetype cut = maximumLength;
    // Never split a surrogate pair: half a character would become U+FFFD in every output.
    if (cut > 0 && text.at(cut - 1).isHighSurrogate()) {
        --cut;
    }
    return escapeControls(text.left(cut)) + u"\u2026 (%1 characters)"_s.arg(text.size());
}

QString LoadProblem::toString() const
{
    QString text = file;
    if (line > 0) {
        text += u':' + QString::number(line);
        if (column > 0) {
            text += u':' + QString::number(column);
        }
    }
    text += u": "_s;
    if (!entry.isEmpty()) {
        text += entry;
        text += field.isEmpty() ? u": "_s : u", field \""_s + field + u"\": "_s;
    } else if (!field.isEmpty()) {
        text += u"field \""_s + field + u"\": "_s;
    }
    text += message;
    return escapeControls(text);
}

} // namespace SmtpCodes
