// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QString>

// The time a log line or a mail gives, in seconds since 1970. A log line's wall clock is
// counted as if it were UTC, so that its lines bucket by the times they show: a log is read in
// the zone it was written in, and a zone it writes is not applied.
namespace SmtpCodes::LogTimestamp {

// At the start of a line: syslog ("Nov 28 10:15:02", the year taken from today, or the year
// before when that would be after today), RFC 3339 ("2026-11-28T10:15:02.123+01:00", as
// rsyslog and Postfix's own log file write it) and Exim's ("2026-11-28 10:15:02"). -1 when the
// line starts with none of them.
qint64 ofLine(QByteArrayView line, QDate today);
// A mail's Date field (RFC 5322 §3.3) in UTC, since mails come from every zone; -1 when it
// cannot be read.
qint64 ofMailDate(const QString &date);

} // namespace SmtpCodes::LogTimestamp
