// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipientscanner.h"

#include "replyscanner.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpCodes::RecipientScanner {

namespace {
struct Span
{
    qsizetype start = -1;
    qsizetype end = -1;

    bool isValid() const { return start >= 0; }
};

// Latin, Greek and Cyrillic letters may be part of an address (RFC 6531); CJK text is written
// without spaces, so its characters next to an address are the sentence, not the address.
bool isLetterOfAddress(QChar c)
{
    return c.unicode() < 0x0530 && c.isLetterOrNumber();
}

bool isLocalChar(QChar c)
{
    if (c.unicode() >= 0x80) {
        return isLetterOfAddress(c);
    }
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
        || QStringView(u"._%+-").contains(c);
}

bool isDomainChar(QChar c)
{
    if (c.unicode() >= 0x80) {
        return isLetterOfAddress(c);
    }
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
        || c == u'-';
}

// The address around the "@" at AT, or an invalid span.
Span addressAround(QStringView text, qsizetype at)
{
    qsizetype start = at;
    while (start > 0 && isLocalChar(text.at(start - 1))) {
        --start;
    }
    while (start < at && text.at(start) == u'.') {
        ++start;
    }
    qsizetype end = at + 1;
    while (end < text.size() && isDomainChar(text.at(end))) {
        ++end;
    }
    // A sentence's full stop or a dash after the domain is not part of it.
    while (end > at + 1 && (text.at(end - 1) == u'.' || text.at(end - 1) == u'-')) {
        --end;
    }
    if (start == at || end == at + 1 || !isDomainChar(text.at(at + 1)) || text.at(at + 1) == u'.') {
        return {};
    }
    return {start, end};
}

// The words before or after an address that say it is the sender's (or not an address at all).
bool namesSender(QStringView text, Span span)
{
    const qsizetype from = std::max<qsizetype>(0, span.start - 20);
    const QStringView before = text.mid(from, span.start - from);
    if (ReplyScanner::containsAnyCaseless(before,
            {"from"_L1, "sender"_L1, "ctladdr"_L1, "source"_L1, "return-path"_L1, "message-id"_L1,
                "msgid"_L1})) {
        return true;
    }
    return ReplyScanner::containsCaseless(text.mid(span.end, 24), "sender"_L1);
}

QString firstRecipient(QStringView text)
{
    for (qsizetype at = text.indexOf(u'@'); at >= 0; at = text.indexOf(u'@', at + 1)) {
        const Span span = addressAround(text, at);
        if (span.isValid() && !namesSender(text, span)) {
            return text.mid(span.start, span.end - span.start).toString();
        }
    }
    return {};
}
} // namespace

QString addressBefore(QStringView prefix)
{
    return firstRecipient(prefix);
}

QString addressInReply(QStringView text)
{
    return firstRecipient(text);
}

QString addressOfCommand(QStringView command)
{
    const qsizetype at = command.indexOf(u'@');
    const Span span = at >= 0 ? addressAround(command, at) : Span {};
    return span.isValid() ? command.mid(span.start, span.end - span.start).toString() : QString();
}

QString addressOfLine(QStringView line)
{
    QStringView text = line.trimmed();
    const qsizetype at = text.indexOf(u'@');
    if (at < 0 || text.size() > 320) {
        return {};
    }
    // "Final-Recipient: rfc822; u@x", "Empfänger: u@x", "收件人：u@x": a label and the address,
    // unless the label names the sender ("From: a@b", "Return-Path: <a@b>").
    qsizetype colon = text.indexOf(u':');
    if (const qsizetype wide = text.indexOf(QChar(0xFF1A)); wide >= 0 && (colon < 0 || wide < colon)) {
        colon = wide;
    }
    if (colon > 0 && colon < at && colon <= 32 && !text.left(colon).contains(u' ')) {
        if (namesSender(text, {colon, colon})) {
            return {};
        }
        text = text.mid(colon + 1).trimmed();
        if (text.startsWith(u"rfc822;"_s, Qt::CaseInsensitive)) {
            text = text.mid(7).trimmed();
        }
    }
    if (text.endsWith(u':')) {
        text.chop(1);
    }
    if (text.startsWith(u'<') && text.endsWith(u'>')) {
        text = text.mid(1, text.size() - 2);
    }
    const qsizetype atNow = text.indexOf(u'@');
    const Span span = atNow >= 0 ? addressAround(text, atNow) : Span {};
    return span.isValid() && span.start == 0 && span.end == text.size() ? text.toString() : QString();
}

} // namespace SmtpCodes::RecipientScanner
