// SPDX-License-Identifier: GPL-3.0-or-later
#include "loglines.h"

#include "logtimestamp.h"

namespace SmtpCodes::LogLines {

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isClassDigit(char c)
{
    return c == '2' || c == '3' || c == '4' || c == '5';
}

// Digits that belong to a longer token (an IP address, a version, a name) are no code.
bool joins(char c)
{
    return isDigit(c) || c == '.' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

// The end of a run of digits from from.
qsizetype runEnd(QByteArrayView line, qsizetype from)
{
    while (from < line.size() && isDigit(line.at(from))) {
        ++from;
    }
    return from;
}

// "5.1.1" at from, standing alone: class digit, dot, 1-3 digits, dot, 1-3 digits.
bool enhancedAt(QByteArrayView line, qsizetype from)
{
    if (!isClassDigit(line.at(from)) || from + 4 >= line.size() || line.at(from + 1) != '.') {
        return false;
    }
    const qsizetype subject = runEnd(line, from + 2);
    if (subject == from + 2 || subject - from - 2 > 3 || subject >= line.size() || line.at(subject) != '.') {
        return false;
    }
    const qsizetype detail = runEnd(line, subject + 1);
    if (detail == subject + 1 || detail - subject - 1 > 3) {
        return false;
    }
    return detail == line.size() || !joins(line.at(detail));
}
} // namespace

bool isLog(QByteArrayView data, QDate today)
{
    int lines = 0;
    int stamped = 0;
    qsizetype from = 0;
    while (lines < 20 && from < data.size()) {
        qsizetype end = data.indexOf('\n', from);
        if (end < 0) {
            end = data.size();
        }
        const QByteArrayView line = data.sliced(from, end - from);
        from = end + 1;
        if (line.trimmed().isEmpty()) {
            continue;
        }
        ++lines;
        stamped += LogTimestamp::ofLine(line, today) >= 0 ? 1 : 0;
    }
    return lines > 0 && stamped * 5 >= lines * 4;
}

bool mayHoldReply(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size()) {
        if (!isDigit(line.at(i))) {
            ++i;
            continue;
        }
        const bool alone = i == 0 || !joins(line.at(i - 1));
        const qsizetype end = runEnd(line, i);
        if (alone && end - i == 3 && isClassDigit(line.at(i))
            && (end == line.size() || !joins(line.at(end)))) {
            return true;
        }
        if (alone && end - i == 1 && enhancedAt(line, i)) {
            return true;
        }
        i = end;
    }
    return false;
}

} // namespace SmtpCodes::LogLines
