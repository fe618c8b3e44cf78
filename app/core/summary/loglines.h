// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDate>

// A mail log is mostly lines that hold no reply (connections, queue ids, message ids); these
// tell them apart on the raw bytes, before anything is decoded or parsed.
namespace SmtpCodes::LogLines {

// True when most of the first non-empty lines of data start with a time stamp: each line of a
// log is a record of its own, so its lines can be read apart.
bool isLog(QByteArrayView data, QDate today);
// True when the line holds what a reply's code could be: three digits 2xx to 5xx standing
// alone, or an enhanced code (2.0.0, 5.1.1, 4.7.650). A line without either holds no reply
// (RFC 5321 §4.2: every reply starts with its code), so it may be skipped.
bool mayHoldReply(QByteArrayView line);

} // namespace SmtpCodes::LogLines
