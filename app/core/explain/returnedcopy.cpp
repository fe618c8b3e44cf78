// SPDX-License-Identifier: GPL-3.0-or-later
#include "returnedcopy.h"

#include <QLatin1StringView>

#include <array>

using namespace Qt::StringLiterals;

namespace SmtpCodes::ReturnedCopy {

namespace {
// The phrases of marker lines, lower case. Each alone is not enough ("a copy of the message
// was not kept" is prose): the line must also look like a separator (see isMarkerLine).
constexpr std::array phrases {"copy of the message"_L1, "copy of the original message"_L1,
    "copy of your message"_L1, "original message follows"_L1, "original message"_L1, "returned message"_L1,
    "message headers follow"_L1, "original message headers"_L1, "unsent message below"_L1,
    "undelivered message"_L1, "message follows"_L1, "headers of the original"_L1, "original mail"_L1};

bool isMarkerLine(QStringView line)
{
    line = line.trimmed();
    if (line.size() < 10 || line.size() > 120) {
        return false;
    }
    // Every phrase holds one of these; most lines of a long bounce hold none, and lower-casing
    // each of them was a quarter of the time of reading an mbox.
    if (!line.contains("messag"_L1, Qt::CaseInsensitive) && !line.contains("mail"_L1, Qt::CaseInsensitive)
        && !line.contains("header"_L1, Qt::CaseInsensitive)) {
        return false;
    }
    const QString lower = line.toString().toLower();
    bool named = false;
    for (const QLatin1StringView phrase : phrases) {
        if (lower.contains(phrase)) {
            named = true;
            break;
        }
    }
    if (!named || lower.contains(u"was received at"_s)) {
        return false; // Sendmail's "The original message was received at ..." opens the bounce
    }
    const QChar first = line.at(0);
    const bool separator = first == u'-' || first == u'=' || first == u'*' || first == u'_' || first == u'#';
    return separator || line.endsWith(u':') || lower.contains(u"follows"_s) || lower.contains(u"below"_s);
}
} // namespace

qsizetype start(QStringView text)
{
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype end = text.indexOf(u'\n', from);
        if (end < 0) {
            end = text.size();
        }
        if (isMarkerLine(text.mid(from, end - from))) {
            return from;
        }
        from = end + 1;
    }
    return -1;
}

} // namespace SmtpCodes::ReturnedCopy
