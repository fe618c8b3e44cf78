// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <optional>

// The line scanners of the reply parser: what one line of a paste holds (the start of a reply,
// an enhanced code, qmail's code, the command a line names), without any state across lines.
// ReplyLocator finds where in a line a reply starts; ReplyParser assembles replies from both.
namespace SmtpCodes::ReplyScanner {

// A line of the paste with its folded continuation lines joined, and its 1-based number.
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

// An enhanced status code at the start of a text: the length of the code and the length with
// the whitespace after it.
struct EnhancedPrefix
{
    qsizetype codeLength = 0;
    qsizetype length = 0;

    explicit operator bool() const { return codeLength > 0; }
};

// The command a line says it answers, and where "(in reply to ... command)" stands in it (-1
// when another form named it, since only that one is cut from the reply text).
struct LineCommand
{
    QString command;
    qsizetype start = -1;
    qsizetype length = 0;
};

// qmail's enhanced code: "(#5.1.1)", "[#4.1.9]" or "#5.1.0"; start and length take the
// brackets in.
struct QmailCode
{
    QString enhanced;
    qsizetype start = 0;
    qsizetype length = 0;
};

// The lines of input with control characters blanked and folded lines joined. A transcript
// line is never a folded one, however indented: neither a client or server line nor a reply
// after another reply or a client line. With quotedPrintable, lines ending in a soft line break
// are joined without a space and the "=XX" escapes decoded (RawQuotedPrintable).
QList<LogicalLine> logicalLines(QStringView input, bool quotedPrintable = false);
EnhancedPrefix enhancedPrefix(QStringView text);
std::optional<ReplyStart> replyStartAt(QStringView text);
// What replyStartAt() looks at first, without building anything: a code and what may follow it.
bool startsWithReplyCode(QStringView text);
QString normalizedCommand(const QString &raw);
LineCommand commandOfLine(const QString &line);
bool containsCaseless(QStringView text, QLatin1StringView lowerNeedle);
bool containsAnyCaseless(QStringView text, std::initializer_list<QLatin1StringView> lowerNeedles);
std::optional<QmailCode> qmailCode(QStringView text);
// The text of a line that opened a multi-line reply with CODE holds its last line as well
// ("... 550 5.1.1 last words"), as wrappers write a whole reply on one line.
bool holdsLastLine(QStringView rest, QStringView code);
QString withoutJoinedCodes(const QString &text, const QString &code, const QString &enhanced);

} // namespace SmtpCodes::ReplyScanner
