// SPDX-License-Identifier: GPL-3.0-or-later
#include "textspans.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace SmtpCodes::TextSpans {

namespace {
constexpr QChar wordJoiner(0x2060);
} // namespace

QList<Span> codes(const QString &text)
{
    // Not inside a longer dotted number (an IP address, "4.5.3.1.10"), nor after a letter.
    static const QRegularExpression pattern(
        uR"((?<![\w.])[245Xx]\.(?:\d{1,3}|[Xx]{1,3})\.(?:\d{1,3}|[Xx]{1,3}|[Yy]{3})(?![\w]|\.\w))"_s);
    QList<Span> result;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result.append({match.capturedStart(), match.capturedLength()});
    }
    return result;
}

QList<Piece> pieces(const QString &text)
{
    const QList<Span> found = codes(text);
    if (found.isEmpty()) {
        return {{text, false}};
    }
    // Read as running text: at the very start of a string Qt's rules allow a break after the
    // class digit of "5.1.1", which no line of a paragraph ever takes (a line break there
    // would leave the first word alone on a line that is wider than it).
    const QString context = u"a "_s + text;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, context);
    QList<Piece> result;
    qsizetype position = 0;
    for (const Span &code : found) {
        if (code.start > position) {
            result.append({text.mid(position, code.start - position), false});
        }
        QString joined;
        for (qsizetype i = code.start; i < code.start + code.length; ++i) {
            finder.setPosition(i + 2);
            if (i > code.start && finder.isAtBoundary()) {
                joined += wordJoiner;
            }
            joined += text.at(i);
        }
        result.append({joined, true});
        position = code.start + code.length;
    }
    if (position < text.size()) {
        result.append({text.mid(position), false});
    }
    return result;
}

} // namespace SmtpCodes::TextSpans
