// SPDX-License-Identifier: GPL-3.0-or-later
#include "replyscanner.h"

#include "rawquotedprintable.h"
#include "recipientscanner.h"
#include "transcriptline.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

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
// Two forms seen in the wild are read too: "550: 5.2.2 ..." (a colon after the code, taken only
// with an enhanced code after it, since "250: items" is prose) and "550-'5.7.1 ...'" (the
// enhanced code and the text in quotes).
std::optional<ReplyStart> replyStartAt(QStringView text)
{
    if (!startsWithReplyCode(text)) {
        return std::nullopt;
    }
    ReplyStart start;
    start.code = text.left(3).toString();
    start.separator = text.size() > 3 ? text.at(3) : QChar();
    QStringView rest = text.size() > 4 ? text.mid(4) : QStringView();
    if (start.separator == u':') {
        while (!rest.isEmpty() && isPatternSpace(rest.at(0))) {
            rest = rest.mid(1);
        }
        if (!enhancedPrefix(rest)) {
            return std::nullopt;
        }
        start.separator = u' ';
    }
    // A relay that prefixes a reply with its own copy of the code: "550 550-5.1.1 ...".
    // The outer separator stays the one that counts: that line is what the relay sent.
    if (rest.startsWith(start.code) && rest.size() > 3 && (rest.at(3) == u'-' || rest.at(3) == u' ')) {
        rest = rest.mid(4);
    }
    if (!rest.isEmpty() && (rest.at(0) == u'\'' || rest.at(0) == u'"') && enhancedPrefix(rest.mid(1))) {
        const QChar quote = rest.at(0);
        start.separator = u' '; // the quotes hold the whole reply: no line follows
        rest = rest.mid(1).trimmed();
        if (rest.endsWith(quote)) {
            rest.chop(1);
        }
    }
    if (const EnhancedPrefix enhanced = enhancedPrefix(rest)) {
        start.enhanced = rest.left(enhanced.codeLength).toString();
        rest = rest.mid(enhanced.length);
    }
    start.rest = rest.trimmed().toString();
    return start;
}

bool startsWithReplyCode(QStringView text)
{
    if (text.size() < 3 || text.at(0) < u'2' || text.at(0) > u'5' || text.at(1) < u'0' || text.at(1) > u'5'
        || !isAsciiDigit(text.at(2))) {
        return false;
    }
    return text.size() == 3 || text.at(3) == u'-' || text.at(3) == u' ' || text.at(3) == u':';
}

std::optional<QmailCode> qmailCode(QStringView text)
{
    for (qsizetype hash = text.indexOf(u'#'); hash >= 0; hash = text.indexOf(u'#', hash + 1)) {
        const QChar before = hash > 0 ? text.at(hash - 1) : QChar(u' ');
        const EnhancedPrefix enhanced = enhancedPrefix(text.mid(hash + 1));
        if (!enhanced || !(isPatternSpace(before) || before == u'(' || before == u'[')) {
            continue;
        }
        qsizetype start = hash;
        qsizetype end = hash + 1 + enhanced.codeLength;
        if (before != u' ' && before != u'\t' && end < text.size()
            && text.at(end) == (before == u'(' ? u')' : u']')) {
            --start;
            ++end;
        }
        return QmailCode {text.mid(hash + 1, enhanced.codeLength).toString(), start, end - start};
    }
    return std::nullopt;
}

bool holdsLastLine(QStringView rest, QStringView code)
{
    for (qsizetype at = rest.indexOf(code); at >= 0; at = rest.indexOf(code, at + 1)) {
        const qsizetype end = at + code.size();
        if (at > 0 && isPatternSpace(rest.at(at - 1)) && (end == rest.size() || rest.at(end) == u' ')) {
            return true;
        }
    }
    return false;
}

// The markers are ASCII, so ASCII case folding finds them without a lower-cased copy of the line.
// Most positions fail at the first character, so that one is tested on its own, in both cases:
// a long paste asks this of every line for every marker.
bool containsCaseless(QStringView text, QLatin1StringView lowerNeedle)
{
    const qsizetype size = lowerNeedle.size();
    if (size == 0) {
        return true;
    }
    const char16_t first = char16_t(lowerNeedle.at(0).unicode());
    const char16_t upper = first >= u'a' && first <= u'z' ? char16_t(first - (u'a' - u'A')) : first;
    const char16_t *data = text.utf16();
    for (qsizetype i = 0; i + size <= text.size(); ++i) {
        if (data[i] != first && data[i] != upper) {
            continue;
        }
        qsizetype j = 1;
        while (j < size) {
            char16_t c = data[i + j];
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

QList<LogicalLine> logicalLines(QStringView input, bool quotedPrintable)
{
    QList<LogicalLine> lines;
    int number = 0;
    bool glued = false; // the line before ended in a quoted-printable soft line break
    bool lastIsSession = false; // the last logical line is a transcript line or starts a reply
    for (QStringView physical : input.split(u'\n')) {
        ++number;
        const bool softBreak = quotedPrintable && RawQuotedPrintable::endsInSoftBreak(physical);
        if (softBreak) {
            physical.chop(physical.endsWith(u'\r') ? 2 : 1);
        }
        QString text = cleanedLine(physical);
        if (std::exchange(glued, softBreak) && !lines.isEmpty()) {
            lines.last().text += text;
            continue;
        }
        const QStringView trimmed = QStringView(text).trimmed();
        const bool session = startsWithReplyCode(trimmed)
            || (!trimmed.isEmpty() && TranscriptLine::classify(text).side != TranscriptLine::Side::None);
        // Gmail indents the failed address under its sentence; it is an address line of its own.
        const bool addressLine = trimmed.contains(u'@') && !trimmed.contains(u' ') && !trimmed.contains(u':')
            && !RecipientScanner::addressOfLine(trimmed).isEmpty();
        if (!text.isEmpty() && text.at(0).isSpace() && !lines.isEmpty()
            && !QStringView(lines.last().text).trimmed().isEmpty() && !trimmed.isEmpty() && !addressLine
            && !(session && (lastIsSession || !startsWithReplyCode(trimmed)))) {
            // A folded line (DSN header, wrapped bounce text) continues the previous one.
            lines.last().text += u' ' + trimmed;
            continue;
        }
        lastIsSession = session;
        lines.append({text, number});
    }
    if (quotedPrintable) {
        for (LogicalLine &line : lines) {
            line.text = RawQuotedPrintable::decoded(line.text);
        }
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
