// SPDX-License-Identifier: GPL-3.0-or-later
#include "textspans.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace SmtpCodes::TextSpans {

namespace {
constexpr QChar wordJoiner(0x2060);

// A closing bracket or quote ends the URL unless the URL opened it ("…/wiki/Foo_(bar)",
// "…?q='a'").
bool closesWhatTheUrlOpened(QStringView url)
{
    const QChar last = url.back();
    if (last == u'\'') {
        return url.count(last) % 2 == 0;
    }
    const QChar open = last == u')' ? u'(' : last == u']' ? u'[' : u'{';
    return url.count(open) >= url.count(last);
}

qsizetype trimmedUrlLength(QStringView url)
{
    static const QStringView sentencePunctuation = u".,;:!?\"*";
    static const QStringView closing = u")]}'";
    while (!url.isEmpty()) {
        const QChar last = url.back();
        if (sentencePunctuation.contains(last) || (closing.contains(last) && !closesWhatTheUrlOpened(url))) {
            url.chop(1);
        } else {
            break;
        }
    }
    return url.size();
}
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

QList<Span> urls(const QString &text)
{
    // Up to white space or a character that cannot stand in a URL written in running text,
    // typographic quotes included (the explanation puts the reply text in them).
    static const QRegularExpression pattern(
        uR"(\bhttps?://[^\s<>"\x{2018}\x{2019}\x{201C}\x{201D}\x{AB}\x{BB}]+)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QList<Span> result;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype length = trimmedUrlLength(match.capturedView());
        const QUrl url(text.mid(match.capturedStart(), length));
        if (url.isValid() && !url.host().isEmpty()) {
            result.append({match.capturedStart(), length});
        }
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
