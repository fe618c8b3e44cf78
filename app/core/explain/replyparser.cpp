// SPDX-License-Identifier: GPL-3.0-or-later
#include "replyparser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
struct LogicalLine
{
    QString text;
    int number = 0;
};

// The start of one reply line: "550-5.1.1 rest", "550 rest", "550".
struct ReplyStart
{
    QString code;
    QChar separator; // '-' for a continuation, ' ' or null for a last line
    QString enhanced;
    QString rest;
};

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// What \\s matches in the patterns below (PCRE2 without Unicode properties).
bool isPatternSpace(QChar c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

// An enhanced status code at the start of a text: the length of the code and the length with
// the whitespace after it.
struct EnhancedPrefix
{
    qsizetype codeLength = 0;
    qsizetype length = 0;

    explicit operator bool() const { return codeLength > 0; }
};

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

QString incompleteWarning()
{
    return u"the multi-line reply has no last line (the code followed by a space, RFC 5321 §4.2.1)"_s;
}

struct LineCommand
{
    QString command;
    qsizetype start = -1;
    qsizetype length = 0;
};

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
} // namespace

QList<ParsedReply> ReplyParser::parse(QStringView input)
{
    m_truncated = input.size() > maximumInput;
    if (m_truncated) {
        input = input.left(maximumInput);
    }
    QList<ParsedReply> replies;
    std::optional<ParsedReply> open; // a multi-line reply still waiting for its last line
    QString lastClientCommand;
    QList<std::pair<QString, int>> statusCodes; // DSN "Status:" fields
    static const QRegularExpression clientLine(u"^\\s*>>>\\s?(.*)$"_s);
    static const QRegularExpression serverLine(u"^\\s*<<<\\s?"_s);
    static const QRegularExpression statusField(
        u"^\\s*Status:\\s*([245]\\.[0-9]{1,3}\\.[0-9]{1,3})\\b"_s, QRegularExpression::CaseInsensitiveOption);

    const auto finish = [&replies](ParsedReply reply) {
        reply.text = reply.text.simplified();
        replies.append(std::move(reply));
    };

    for (const LogicalLine &line : logicalLines(input)) {
        // The patterns are only tried on lines that hold their marker: matching is what a
        // large paste spends its time on.
        const bool mayBeTranscript = line.text.contains(u">>>") || line.text.contains(u"<<<");
        if (const auto client = mayBeTranscript ? clientLine.match(line.text) : QRegularExpressionMatch();
            client.hasMatch()) {
            if (open) {
                open->warnings.append(incompleteWarning());
                finish(*std::exchange(open, std::nullopt));
            }
            lastClientCommand = normalizedCommand(client.captured(1));
            continue;
        }
        const bool mayBeStatus = containsCaseless(line.text, "status:"_L1);
        if (const auto status = mayBeStatus ? statusField.match(line.text) : QRegularExpressionMatch();
            status.hasMatch()) {
            statusCodes.append({status.captured(1), line.number});
            continue;
        }
        QString text = line.text;
        const bool fromServer = mayBeTranscript && serverLine.match(text).hasMatch();
        if (fromServer) {
            text.remove(serverLine);
        }
        // Every command pattern names a command or an error "from remote".
        const bool mayNameCommand = containsAnyCaseless(line.text, {"command"_L1, "from remote"_L1});
        LineCommand lineCommand = mayNameCommand ? commandOfLine(text) : LineCommand {};
        if (lineCommand.start >= 0) {
            text.remove(lineCommand.start, lineCommand.length);
        }
        const QString command = !lineCommand.command.isEmpty() ? lineCommand.command
            : fromServer                                       ? lastClientCommand
                                                               : QString();

        // A reply at the start of the line, possibly one line of a multi-line reply.
        QString atStart = text.trimmed();
        const bool exchangeHash = atStart.startsWith(u'#');
        if (exchangeHash) {
            atStart = atStart.mid(1);
            const qsizetype end = atStart.indexOf(u"##"_s);
            if (end >= 0) {
                atStart.truncate(end);
            }
        }
        if (const auto start = replyStartAt(atStart)) {
            if (open && open->basic == start->code) {
                open->text += u' ' + start->rest;
                if (open->enhanced.isEmpty()) {
                    open->enhanced = start->enhanced;
                }
                if (start->separator != u'-') {
                    finish(*std::exchange(open, std::nullopt));
                }
                continue;
            }
            if (open) {
                open->warnings.append(
                    u"line %1 continues the multi-line reply with code %2 instead of %3"_s.arg(
                        QString::number(line.number), start->code, open->basic));
                finish(*std::exchange(open, std::nullopt));
            }
            ParsedReply reply;
            reply.basic = start->code;
            reply.enhanced = start->enhanced;
            reply.command = command;
            reply.text = withoutJoinedCodes(start->rest, start->code, start->enhanced);
            reply.line = line.number;
            if (start->separator == u'-') {
                open = reply;
            } else {
                finish(reply);
            }
            continue;
        }
        if (open) {
            open->warnings.append(incompleteWarning());
            finish(*std::exchange(open, std::nullopt));
        }

        // A reply inside a wrapper; every marker holds one of these words.
        if (!containsAnyCaseless(text,
                {"said:"_L1, "returned"_L1, "smtp;"_L1, "reason:"_L1, "response was:"_L1,
                    "from remote"_L1})) {
            continue;
        }
        auto markers = markerPattern().globalMatch(text);
        while (markers.hasNext()) {
            const auto marker = markers.next();
            QString rest = text.mid(marker.capturedEnd());
            if (marker.captured().startsWith(u"returned"_s, Qt::CaseInsensitive)) {
                const qsizetype quote = rest.lastIndexOf(u'\'');
                if (quote >= 0) {
                    rest.truncate(quote);
                }
            }
            ParsedReply reply;
            reply.line = line.number;
            reply.command = command;
            if (const auto start = replyStartAt(rest)) {
                reply.basic = start->code;
                reply.enhanced = start->enhanced;
                reply.text = withoutJoinedCodes(start->rest, start->code, start->enhanced);
            } else if (const EnhancedPrefix enhanced = enhancedPrefix(rest)) {
                // .NET's SmtpException and some logs give the enhanced code without the basic one.
                reply.enhanced = rest.left(enhanced.codeLength);
                reply.text = rest.mid(enhanced.length).simplified();
            } else {
                continue;
            }
            finish(reply);
            break;
        }
    }
    if (open) {
        open->warnings.append(incompleteWarning());
        finish(*std::exchange(open, std::nullopt));
    }
    // A DSN's Status field repeats the enhanced code of its Diagnostic-Code; on its own it is
    // still a reply worth explaining.
    QSet<QString> enhancedOfReplies;
    if (!statusCodes.isEmpty()) {
        for (const ParsedReply &reply : std::as_const(replies)) {
            enhancedOfReplies.insert(reply.enhanced);
        }
    }
    for (const auto &[enhanced, lineNumber] : std::as_const(statusCodes)) {
        if (!enhancedOfReplies.contains(enhanced)) {
            ParsedReply reply;
            reply.enhanced = enhanced;
            reply.text = u"(Status field of a delivery status notification)"_s;
            reply.line = lineNumber;
            replies.append(reply);
            enhancedOfReplies.insert(enhanced);
        }
    }
    std::stable_sort(replies.begin(), replies.end(),
        [](const ParsedReply &a, const ParsedReply &b) { return a.line < b.line; });
    if (m_truncated && !replies.isEmpty()) {
        replies.last().warnings.append(u"the input was cut at %1 characters"_s.arg(maximumInput));
    }
    return replies;
}

} // namespace SmtpCodes
