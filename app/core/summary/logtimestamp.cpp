// SPDX-License-Identifier: GPL-3.0-or-later
#include "logtimestamp.h"

#include <QDateTime>

namespace SmtpCodes::LogTimestamp {

namespace {
// The number of count digits at from, or -1 when any is not a digit.
int digits(QByteArrayView text, qsizetype from, int count)
{
    if (from + count > text.size()) {
        return -1;
    }
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = text.at(i);
        if (c < '0' || c > '9') {
            return -1;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

qint64 seconds(QDate date, int hour, int minute, int second)
{
    const QTime time(hour, minute, second);
    if (!date.isValid() || !time.isValid()) {
        return -1;
    }
    return QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
}

// "hh:mm:ss" at from.
bool clock(QByteArrayView text, qsizetype from, int *hour, int *minute, int *second)
{
    *hour = digits(text, from, 2);
    *minute = digits(text, from + 3, 2);
    *second = digits(text, from + 6, 2);
    return *hour >= 0 && *minute >= 0 && *second >= 0 && text.at(from + 2) == ':' && text.at(from + 5) == ':';
}

int month(QByteArrayView name)
{
    static constexpr const char *names[]
        = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < 12; ++i) {
        if (name == QByteArrayView(names[i], 3)) {
            return i + 1;
        }
    }
    return 0;
}

qint64 syslog(QByteArrayView line, QDate today)
{
    // "Nov 28 10:15:02" and "Nov  1 10:15:02".
    const int number = month(line.first(3));
    if (number == 0 || line.at(3) != ' ') {
        return -1;
    }
    const int day = line.at(4) == ' ' ? digits(line, 5, 1) : digits(line, 4, 2);
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (day < 1 || line.at(6) != ' ' || !clock(line, 7, &hour, &minute, &second)) {
        return -1;
    }
    QDate date(today.year(), number, day);
    if (date > today.addDays(1)) {
        date = QDate(today.year() - 1, number, day);
    }
    return seconds(date, hour, minute, second);
}

qint64 iso(QByteArrayView line)
{
    // "2026-11-28T10:15:02..." and Exim's "2026-11-28 10:15:02".
    const int year = digits(line, 0, 4);
    const int number = digits(line, 5, 2);
    const int day = digits(line, 8, 2);
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (year < 0 || number < 0 || day < 0 || line.at(4) != '-' || line.at(7) != '-'
        || (line.at(10) != 'T' && line.at(10) != ' ') || !clock(line, 11, &hour, &minute, &second)) {
        return -1;
    }
    return seconds(QDate(year, number, day), hour, minute, second);
}
} // namespace

qint64 ofLine(QByteArrayView line, QDate today)
{
    if (line.size() < 15) {
        return -1;
    }
    if (line.at(0) >= '0' && line.at(0) <= '9') {
        return line.size() >= 19 ? iso(line) : -1;
    }
    return syslog(line, today);
}

qint64 ofMailDate(const QString &date)
{
    // Qt reads the date without the comment most mailers add after it: "+0000 (UTC)".
    QString bare = date.simplified();
    if (const qsizetype comment = bare.indexOf(u'('); comment > 0) {
        bare.truncate(comment);
    }
    const QDateTime written = QDateTime::fromString(bare.trimmed(), Qt::RFC2822Date);
    if (!written.isValid()) {
        return -1;
    }
    // Mails come from servers in every zone: unlike a log's lines, they are put on one clock.
    return written.toSecsSinceEpoch();
}

} // namespace SmtpCodes::LogTimestamp
