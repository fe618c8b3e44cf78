// SPDX-License-Identifier: GPL-3.0-or-later
#include "replyparser.h"

#include "replyscanner.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

using namespace ReplyScanner;

namespace {
QString incompleteWarning()
{
    return u"the multi-line reply has no last line (the code followed by a space, RFC 5321 §4.2.1)"_s;
}

const QRegularExpression &clientLine()
{
    static const QRegularExpression re(u"^\\s*>>>\\s?(.*)$"_s);
    return re;
}

const QRegularExpression &serverLine()
{
    static const QRegularExpression re(u"^\\s*<<<\\s?"_s);
    return re;
}
} // namespace

QList<ParsedReply> ReplyParser::parse(QStringView input)
{
    m_truncated = input.size() > maximumInput;
    if (m_truncated) {
        input = input.left(maximumInput);
    }
    m_replies.clear();
    m_open.reset();
    m_lastClientCommand.clear();
    m_statusCodes.clear();
    for (const LogicalLine &line : logicalLines(input)) {
        readLine(line.text, line.number);
    }
    closeOpenReply(incompleteWarning());
    addStatusReplies();
    std::stable_sort(m_replies.begin(), m_replies.end(),
        [](const ParsedReply &a, const ParsedReply &b) { return a.line < b.line; });
    if (m_truncated && !m_replies.isEmpty()) {
        m_replies.last().warnings.append(u"the input was cut at %1 characters"_s.arg(maximumInput));
    }
    return std::exchange(m_replies, {});
}

void ReplyParser::finish(ParsedReply reply)
{
    reply.text = reply.text.simplified();
    m_replies.append(std::move(reply));
}

void ReplyParser::closeOpenReply(const QString &warning)
{
    if (m_open) {
        if (!warning.isEmpty()) {
            m_open->warnings.append(warning);
        }
        finish(*std::exchange(m_open, std::nullopt));
    }
}

void ReplyParser::readLine(const QString &lineText, int number)
{
    static const QRegularExpression statusField(
        u"^\\s*Status:\\s*([245]\\.[0-9]{1,3}\\.[0-9]{1,3})\\b"_s, QRegularExpression::CaseInsensitiveOption);
    // The patterns are only tried on lines that hold their marker: matching is what a
    // large paste spends its time on.
    const bool mayBeTranscript = lineText.contains(u">>>") || lineText.contains(u"<<<");
    if (const auto client = mayBeTranscript ? clientLine().match(lineText) : QRegularExpressionMatch();
        client.hasMatch()) {
        closeOpenReply(incompleteWarning());
        m_lastClientCommand = normalizedCommand(client.captured(1));
        return;
    }
    const bool mayBeStatus = containsCaseless(lineText, "status:"_L1);
    if (const auto status = mayBeStatus ? statusField.match(lineText) : QRegularExpressionMatch();
        status.hasMatch()) {
        m_statusCodes.append({status.captured(1), number});
        return;
    }
    QString text = lineText;
    const bool fromServer = mayBeTranscript && serverLine().match(text).hasMatch();
    if (fromServer) {
        text.remove(serverLine());
    }
    // Every command pattern names a command or an error "from remote".
    const bool mayNameCommand = containsAnyCaseless(lineText, {"command"_L1, "from remote"_L1});
    LineCommand lineCommand = mayNameCommand ? commandOfLine(text) : LineCommand {};
    if (lineCommand.start >= 0) {
        text.remove(lineCommand.start, lineCommand.length);
    }
    const QString command = !lineCommand.command.isEmpty() ? lineCommand.command
        : fromServer                                       ? m_lastClientCommand
                                                           : QString();
    if (readReplyAtStart(text, command, number)) {
        return;
    }
    closeOpenReply(incompleteWarning());
    readWrappedReply(text, command, number);
}

bool ReplyParser::readReplyAtStart(const QString &text, const QString &command, int number)
{
    QString atStart = text.trimmed();
    if (atStart.startsWith(u'#')) {
        // Exchange: "#550 5.1.1 ... ##rfc822;..."
        atStart = atStart.mid(1);
        const qsizetype end = atStart.indexOf(u"##"_s);
        if (end >= 0) {
            atStart.truncate(end);
        }
    }
    const auto start = replyStartAt(atStart);
    if (!start) {
        return false;
    }
    if (m_open && m_open->basic == start->code) {
        m_open->text += u' ' + start->rest;
        if (m_open->enhanced.isEmpty()) {
            m_open->enhanced = start->enhanced;
        }
        if (start->separator != u'-') {
            closeOpenReply({});
        }
        return true;
    }
    closeOpenReply(m_open ? u"line %1 continues the multi-line reply with code %2 instead of %3"_s.arg(
                       QString::number(number), start->code, m_open->basic)
                          : QString());
    ParsedReply reply;
    reply.basic = start->code;
    reply.enhanced = start->enhanced;
    reply.command = command;
    reply.text = withoutJoinedCodes(start->rest, start->code, start->enhanced);
    reply.line = number;
    if (start->separator == u'-') {
        m_open = reply;
    } else {
        finish(reply);
    }
    return true;
}

void ReplyParser::readWrappedReply(const QString &text, const QString &command, int number)
{
    // Every marker holds one of these words.
    if (!containsAnyCaseless(text,
            {"said:"_L1, "returned"_L1, "smtp;"_L1, "reason:"_L1, "response was:"_L1, "from remote"_L1})) {
        return;
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
        reply.line = number;
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
        return;
    }
}

void ReplyParser::addStatusReplies()
{
    // A DSN's Status field repeats the enhanced code of its Diagnostic-Code; on its own it is
    // still a reply worth explaining.
    QSet<QString> enhancedOfReplies;
    if (!m_statusCodes.isEmpty()) {
        for (const ParsedReply &reply : std::as_const(m_replies)) {
            enhancedOfReplies.insert(reply.enhanced);
        }
    }
    for (const auto &[enhanced, lineNumber] : std::as_const(m_statusCodes)) {
        if (!enhancedOfReplies.contains(enhanced)) {
            ParsedReply reply;
            reply.enhanced = enhanced;
            reply.text = u"(Status field of a delivery status notification)"_s;
            reply.line = lineNumber;
            m_replies.append(reply);
            enhancedOfReplies.insert(enhanced);
        }
    }
}

} // namespace SmtpCodes
