// SPDX-License-Identifier: GPL-3.0-or-later
#include "replyscanner.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpCodes::ReplyScanner {

namespace {
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// What \\s matches in the patterns below (PCRE2 without Unicode properties).
bool isPatternSpace(QChar c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

const QRegularExpression &commandPatterns(int which)
{
    static const QRegularExpression inReplyTo(
        u"\\s*\\(in reply to (.+?) command\\)"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression eximAfter(
        u"SMTP error from remote (?:mail )?server after ([A-Za-z ]+?):"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression eximFor(
        u"\\bfor ([A-Za-z ]+?) command\\b"_s, QRegularExpression::CaseInsensitiveOption);
    switch (which) {
    case 0:
        return inReplyTo;
    case 1:
        return eximAfter;
    default:
        return eximFor;
    }
}

// A paste repeats the same few codes, and compiling a pattern costs far more than matching it.
// Per thread, because large pastes are explained on a worker thread.
const QRegularExpression &cachedPattern(const QString &pattern)
{
    thread_local QHash<QString, QRegularExpression> cache;
    if (cache.size() > 256) {
        cache.clear();
    }
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        it = cache.insert(pattern, QRegularExpression(pattern));
    }
    return *it;
}

QString cleanedLine(QStringView line)
{
    QString text = line.toString();
    // Control characters (NUL from binary pastes among them) would end up in the output.
    for (QChar &c : text) {
        if (c.unicode() < 0x20 && c != u'\t') {
            c = u' ';
        }
    }
    return text;
}
} // namespace

// RFC 3463 §2: class "." subject "." detail with 1 to 3 digits each. The code must end there
// (the end, a space or punctuation), so "4.16.55.1" or "5.1.1.2" are not codes. Written out
// rather than as a regular expression because every line of a paste is tried.
EnhancedPrefix enhancedPrefix(QStringView text)
{
    const auto digitsFrom = [text](qsizetype from) {
        qsizetype end = from;
        while (end < text.size() && isAsciiDigit(text.at(end))) {
            ++end;
        }
        return end - from;
    };
    if (text.size() < 5 || (text.at(0) != u'2' && text.at(0) != u'4' && text.at(0) != u'5')
        || text.at(1) != u'.') {
        return {};
    }
    const qsizetype subject = digitsFrom(2);
    if (subject < 1 || subject > 3 || 2 + subject >= text.size() || text.at(2 + subject) != u'.') {
        return {};
    }
    const qsizetype detailStart = 3 + subject;
    const qsizetype detail = digitsFrom(detailStart);
    if (detail < 1 || detail > 3) {
        return {};
    }
    const qsizetype end = detailStart + detail;
    if (end < text.size() && !isPatternSpace(text.at(end))
        && !QStringView(u",;:)]'\"").contains(text.at(end))) {
        return {};
    }
    qsizetype length = end;
    while (length < text.size() && isPatternSpace(text.at(length))) {
        ++length;
    }
    return {end, length};
}

// Where wrappers put a reply: Postfix and qmail "said:", Exchange "returned '", DSN and mail
// service logs "smtp;", Exim "reason:" and "after <command>:", .NET "response was:".
const QRegularExpression &markerPattern()
{
    static const QRegularExpression re(
        u"said:\\s*|returned\\s+'|smtp;\\s*|reason:\\s*|response was:\\s*"
        u"|SMTP error from remote (?:mail )?server after [A-Za-z ]+?:(?:<[^>]*>[^:]*:)?\\s*"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// "RCPT To:<a@b>" -> "RCPT TO"; "end of DATA" -> "DATA"; "." (end of data) -> "DATA".
QString normalizedCommand(const QString &raw)
{
    QString command = raw.simplified().toUpper();
    const qsizetype colon = command.indexOf(u':');
    if (colon >= 0) {
        command = command.left(colon).trimmed();
    }
    if (command == u"." || command.startsWith(u"END OF DATA") || command == u"END OF DATA") {
        return u"DATA"_s;
    }
    static const QRegularExpression twoWords(u"^(MAIL FROM|RCPT TO)\\b"_s);
    if (const auto match = twoWords.match(command); match.hasMatch()) {
        return match.captured(1);
    }
    return command.section(u' ', 0, 0);
}

// RFC 5321 §4.2: Reply-code = %x32-35 %x30-35 %x30-39, then "-", SP or the end of the line.
std::optional<ReplyStart> replyStartAt(QStringView text)
{
    if (text.size() < 3 || text.at(0) < u'2' || text.at(0) > u'5' || text.at(1) < u'0' || text.at(1) > u'5'
        || !isAsciiDigit(text.at(2))) {
        return std::nullopt;
    }
    if (text.size() > 3 && text.at(3) != u'-' && text.at(3) != u' ') {
        return std::nullopt;
    }
    ReplyStart start;
    start.code = text.left(3).toString();
    start.separator = text.size() > 3 ? text.at(3) : QChar();
    QStringView rest = text.size() > 4 ? text.mid(4) : QStringView();
    // A relay that prefixes a reply with its own copy of the code: "550 550-5.1.1 ...".
    // The outer separator stays the one that counts: that line is what the relay sent.
    if (rest.startsWith(start.code) && rest.size() > 3 && (rest.at(3) == u'-' || rest.at(3) == u' ')) {
        rest = rest.mid(4);
    }
    if (const EnhancedPrefix enhanced = enhancedPrefix(rest)) {
        start.enhanced = rest.left(enhanced.codeLength).toString();
        rest = rest.mid(enhanced.length);
    }
    start.rest = rest.trimmed().toString();
    return start;
}

// The markers are ASCII, so ASCII case folding finds them without a lower-cased copy of the line.
bool containsCaseless(QStringView text, QLatin1StringView lowerNeedle)
{
    const qsizetype size = lowerNeedle.size();
    for (qsizetype i = 0; i + size <= text.size(); ++i) {
        qsizetype j = 0;
        while (j < size) {
            char16_t c = text.at(i + j).unicode();
            if (c >= u'A' && c <= u'Z') {
                c += u'a' - u'A';
            }
            if (c != char16_t(lowerNeedle.at(j).unicode())) {
                break;
            }
            ++j;
        }
        if (j == size) {
            return true;
        }
    }
    return false;
}

bool containsAnyCaseless(QStringView text, std::initializer_list<QLatin1StringView> lowerNeedles)
{
    return std::any_of(lowerNeedles.begin(), lowerNeedles.end(),
        [text](QLatin1StringView needle) { return containsCaseless(text, needle); });
}

// Wrappers join the lines of a multi-line reply with spaces ("550-5.1.1 a 550 5.1.1 b"); the
// repeated codes are removed so the text reads as one.
QString withoutJoinedCodes(const QString &text, const QString &code, const QString &enhanced)
{
    // The patterns below are built per code, and compiling one costs far more than explaining
    // the reply; most replies never repeat their code, so they skip it.
    if (!text.contains(code)) {
        return text.simplified();
    }
    QString result = text;
    if (!enhanced.isEmpty()) {
        const QRegularExpression &joined = cachedPattern(
            u"(?<=\\s)"_s + code + u"[- ]"_s + QRegularExpression::escape(enhanced) + u"(?=\\s|$)\\s*"_s);
        result.replace(joined, QString());
    } else {
        const QRegularExpression &joined = cachedPattern(u"(?<=\\s)"_s + code + u"-"_s);
        const qsizetype before = result.size();
        result.replace(joined, QString());
        if (result.size() != before) {
            const QRegularExpression &last = cachedPattern(u"(?<=\\s)"_s + code + u"(?=\\s|$)\\s*"_s);
            QRegularExpressionMatch match;
            qsizetype position = -1;
            auto it = last.globalMatch(result);
            while (it.hasNext()) {
                match = it.next();
                position = match.capturedStart();
            }
            if (position >= 0) {
                result.remove(position, match.capturedLength());
            }
        }
    }
    return result.simplified();
}

QList<LogicalLine> logicalLines(QStringView input)
{
    QList<LogicalLine> lines;
    int number = 0;
    for (const QStringView physical : input.split(u'\n')) {
        ++number;
        QString text = cleanedLine(physical);
        if (!text.isEmpty() && text.at(0).isSpace() && !lines.isEmpty()
            && !lines.last().text.trimmed().isEmpty() && !text.trimmed().isEmpty()) {
            // A folded line (DSN header, wrapped bounce text) continues the previous one.
            lines.last().text += u' ' + text.trimmed();
            continue;
        }
        lines.append({text, number});
    }
    return lines;
}

LineCommand commandOfLine(const QString &line)
{
    for (int which = 0; which < 3; ++which) {
        const auto match = commandPatterns(which).match(line);
        if (match.hasMatch()) {
            return {normalizedCommand(match.captured(1)), which == 0 ? match.capturedStart() : -1,
                which == 0 ? match.capturedLength() : 0};
        }
    }
    return {};
}

} // namespace SmtpCodes::ReplyScanner
