// SPDX-License-Identifier: GPL-3.0-or-later
#include "returnedcopy.h"

#include "replyscanner.h"

#include <QLatin1StringView>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace SmtpCodes::ReturnedCopy {

namespace {
// The phrases of marker lines, lower case. Each alone is not enough ("a copy of the message
// was not kept" is prose): the line must also look like a separator (see isMarkerLine).
constexpr std::array phrases {"copy of the message"_L1, "copy of the original message"_L1,
    "copy of your message"_L1, "original message follows"_L1, "original message"_L1, "returned message"_L1,
    "message headers follow"_L1, "original message headers"_L1, "unsent message below"_L1,
    "undelivered message"_L1, "message follows"_L1, "headers of the original"_L1, "original mail"_L1,
    // French, German ("Ursprüngliche Nachricht") and Spanish bounces mark their copy so too.
    "message d'origine"_L1, "message original"_L1, "liche nachricht"_L1, "originalnachricht"_L1,
    "mensaje original"_L1};

bool isMarkerLine(QStringView line)
{
    using ReplyScanner::containsCaseless;
    line = line.trimmed();
    if (line.size() < 10 || line.size() > 120) {
        return false;
    }
    // The shape first, then the words: most lines of a long paste fail the cheap tests, and
    // case-insensitive searching was as slow as reading the replies.
    const QChar first = line.at(0);
    const bool separator = first == u'-' || first == u'=' || first == u'*' || first == u'_' || first == u'#';
    if (!separator && !line.endsWith(u':') && !containsCaseless(line, "follow"_L1)
        && !containsCaseless(line, "below"_L1)) {
        return false;
    }
    if (!containsCaseless(line, "messag"_L1) && !containsCaseless(line, "mail"_L1)
        && !containsCaseless(line, "header"_L1) && !containsCaseless(line, "nachricht"_L1)
        && !containsCaseless(line, "mensaje"_L1)) {
        return false;
    }
    const QString lower = line.toString().toLower();
    const bool named = std::any_of(phrases.cbegin(), phrases.cend(),
        [&lower](QLatin1StringView phrase) { return lower.contains(phrase); });
    // Sendmail's "The original message was received at ..." opens the bounce.
    return named && !lower.contains(u"was received at"_s);
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
