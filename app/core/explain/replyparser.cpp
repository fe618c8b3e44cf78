// SPDX-License-Identifier: GPL-3.0-or-later
#include "replyparser.h"

#include "hostnames.h"
#include "rawquotedprintable.h"
#include "recipientscanner.h"
#include "replylocator.h"
#include "replyscanner.h"
#include "transcriptline.h"

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

bool isBlankLine(const QString &line)
{
    return std::all_of(line.cbegin(), line.cend(), [](QChar c) { return c.isSpace(); });
}

// The commands whose replies are about a recipient; a reply to MAIL FROM is about the sender,
// one to EHLO or a greeting about no address at all.
bool concernsRecipient(const QString &command)
{
    return command == u"RCPT TO" || command == u"DATA" || command == u"BDAT";
}
} // namespace

QList<ParsedReply> ReplyParser::parse(QStringView input, const ExplainProgress &progress)
{
    m_cancelled = false;
    m_commandStart = 0;
    m_truncated = input.size() > maximumInput;
    if (m_truncated) {
        input = input.left(maximumInput);
    }
    m_replies.clear();
    m_open.reset();
    m_lastClientCommand.clear();
    m_transcriptRecipient.clear();
    m_bareTranscript = false;
    m_inData = false;
    m_lastReplyLine = m_previousLine = 0;
    m_addressAbove.clear();
    m_statusCodes.clear();
    const QList<LogicalLine> lines = logicalLines(input, RawQuotedPrintable::looksEncoded(input));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (progress && i % 4096 == 0 && !progress(qint64(i) * input.size() / lines.size(), input.size())) {
            m_cancelled = true;
            break;
        }
        readLine(lines.at(i).text, lines.at(i).number);
        m_previousLine = lines.at(i).number;
    }
    closeOpenReply(incompleteWarning());
    settleCommandAnswers();
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
    if (isBlankLine(lineText)) {
        closeOpenReply(incompleteWarning());
        m_addressAbove.clear();
        return;
    }
    // In a telnet session's DATA the lines are the mail's own, until "." alone ends it.
    const TranscriptLine::Classified side = !m_inData ? TranscriptLine::classify(lineText)
        : lineText.trimmed() == u"." ? TranscriptLine::Classified {TranscriptLine::Side::Client, true, u"."_s}
                                     : TranscriptLine::Classified {};
    if (side.side == TranscriptLine::Side::Client) {
        readClientLine(side, number);
        return;
    }
    static const QRegularExpression statusField(
        u"^\\s*Status:\\s*([245]\\.[0-9]{1,3}\\.[0-9]{1,3})\\b"_s, QRegularExpression::CaseInsensitiveOption);
    // The patterns are only tried on lines that hold their marker: matching is what a
    // large paste spends its time on.
    const bool mayBeStatus = containsCaseless(lineText, "status:"_L1);
    if (const auto status = mayBeStatus ? statusField.match(lineText) : QRegularExpressionMatch();
        status.hasMatch()) {
        m_statusCodes.append({status.captured(1), number});
        return;
    }
    const bool fromServer = side.side == TranscriptLine::Side::Server;
    QString text = fromServer ? side.text : lineText;
    // Every command pattern names a command or an error "from remote".
    const bool mayNameCommand = containsAnyCaseless(text, {"command"_L1, "from remote"_L1});
    const LineCommand lineCommand = mayNameCommand ? commandOfLine(text) : LineCommand {};
    if (lineCommand.start >= 0) {
        text.remove(lineCommand.start, lineCommand.length);
    }
    const auto located = ReplyLocator::locate(text);
    if (!located) {
        closeOpenReply(incompleteWarning());
        m_bareTranscript = m_bareTranscript && m_inData;
        if (text.contains(u'@')) {
            if (QString address = RecipientScanner::addressOfLine(text); !address.isEmpty()) {
                m_addressAbove = std::move(address);
            }
        }
        return;
    }
    const bool inSession = fromServer || (m_bareTranscript && located->atStart);
    const QString command = !lineCommand.command.isEmpty() ? lineCommand.command
        : inSession                                        ? m_lastClientCommand
                                                           : QString();
    readReply(text, *located, command, inSession, number);
}

void ReplyParser::readClientLine(const TranscriptLine::Classified &line, int number)
{
    Q_UNUSED(number)
    closeOpenReply(incompleteWarning());
    settleCommandAnswers();
    m_lastClientCommand = normalizedCommand(line.text);
    if (m_lastClientCommand == u"RCPT TO") {
        m_transcriptRecipient = RecipientScanner::addressOfCommand(line.text);
    } else if (m_lastClientCommand == u"MAIL FROM") {
        m_transcriptRecipient.clear(); // a new transaction
    }
    m_inData = false;
    if (line.bare) {
        // A telnet session's greeting comes before its first command: it was the session's too.
        if (!m_bareTranscript && !m_replies.isEmpty() && m_lastReplyLine == m_previousLine) {
            m_replies.last().source = ReplySource::Transcript;
        }
        m_bareTranscript = true;
    }
}

void ReplyParser::readReply(const QString &text, const ReplyLocator::Located &located, const QString &command,
    bool inSession, int number)
{
    const ReplyStart &start = located.start;
    m_lastReplyLine = number;
    if (located.atStart && m_open && m_open->basic == start.code) {
        m_open->text += u' ' + start.rest;
        if (m_open->enhanced.isEmpty()) {
            m_open->enhanced = start.enhanced;
        }
        if (m_open->command.isEmpty()) {
            m_open->command = command; // "(in reply to RCPT TO command)" after the last line
        }
        if (m_open->recipient.isEmpty() && m_open->source == ReplySource::Body
            && m_open->command != u"MAIL FROM") {
            m_open->recipient = RecipientScanner::addressInReply(start.rest);
        }
        if (start.separator != u'-') {
            closeOpenReply({});
        }
        return;
    }
    closeOpenReply(m_open && located.atStart
            ? u"line %1 continues the multi-line reply with code %2 instead of %3"_s.arg(
                QString::number(number), start.code, m_open->basic)
            : incompleteWarning());
    ParsedReply reply;
    reply.basic = start.code;
    reply.enhanced = start.enhanced;
    reply.command = command;
    reply.text
        = start.code.isEmpty() ? start.rest : withoutJoinedCodes(start.rest, start.code, start.enhanced);
    reply.line = number;
    reply.source = inSession ? ReplySource::Transcript : ReplySource::Body;
    reply.recipient = recipientOf(text, located, command, inSession);
    if (located.position > 0) {
        reply.host = HostNames::lastIn(QStringView(text).left(located.position));
    }
    m_inData = inSession && m_bareTranscript && start.code == u"354";
    if (start.separator == u'-' && !holdsLastLine(start.rest, start.code)) {
        m_open = reply;
    } else {
        finish(reply);
    }
}

// The rule is RecipientScanner's; see there.
QString ReplyParser::recipientOf(
    const QString &text, const ReplyLocator::Located &located, const QString &command, bool inSession) const
{
    if (QString before = RecipientScanner::addressBefore(QStringView(text).left(located.position));
        !before.isEmpty()) {
        return before;
    }
    if (inSession) {
        return concernsRecipient(command) ? m_transcriptRecipient : QString();
    }
    if (!m_addressAbove.isEmpty()) {
        return m_addressAbove;
    }
    return command == u"MAIL FROM" ? QString() : RecipientScanner::addressInReply(located.start.rest);
}

void ReplyParser::settleCommandAnswers()
{
    qsizetype last = -1;
    for (qsizetype i = m_commandStart; i < m_replies.size(); ++i) {
        ParsedReply &reply = m_replies[i];
        if (reply.source == ReplySource::Transcript && !m_lastClientCommand.isEmpty()
            && reply.command == m_lastClientCommand) {
            if (last >= 0) {
                m_replies[last].command.clear();
            }
            last = i;
        }
    }
    m_commandStart = m_replies.size();
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
