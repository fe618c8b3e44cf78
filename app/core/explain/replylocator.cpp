// SPDX-License-Identifier: GPL-3.0-or-later
#include "replylocator.h"

#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace SmtpCodes::ReplyLocator {

using namespace ReplyScanner;

namespace {
enum class Context {
    None, // not where a reply starts
    Weak, // only "550 5.1.1" with agreeing classes
    Known, // after a prefix that announces a reply: any form
    Dsn, // a log's "dsn=": an enhanced code, its text in "stat=" or "status="
};

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == QChar(0x3000);
}

bool isOpener(QChar c)
{
    return QStringView(u"[(<{\"'").contains(c);
}

QChar closerOf(QChar opener)
{
    switch (opener.unicode()) {
    case u'[':
        return u']';
    case u'(':
        return u')';
    case u'<':
        return u'>';
    case u'{':
        return u'}';
    default:
        return opener;
    }
}

// The bracket or double quote opened in PREFIX and not closed there, or null. Apostrophes are
// left out: they are far more often "I'm" than a quote.
QChar innermostOpener(QStringView prefix)
{
    QVarLengthArray<QChar, 16> open;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        const QChar c = prefix.at(i);
        if (!open.isEmpty() && open.last() == u'"') {
            if (c == u'\\') {
                ++i; // an escaped character of a JSON string
            } else if (c == u'"') {
                open.removeLast();
            }
        } else if (c == u'"' || c == u'[' || c == u'(' || c == u'<' || c == u'{') {
            open.append(c);
        } else if (!open.isEmpty() && c == closerOf(open.last())) {
            open.removeLast();
        }
    }
    return open.isEmpty() ? QChar() : open.last();
}

// Where the text of a reply starting at FROM ends: at the closer of what its prefix opened
// (for an apostrophe, Exchange's "returned '...'", the last one), else at the end of the line.
qsizetype enclosureEnd(QStringView line, qsizetype from, bool apostrophe)
{
    if (apostrophe) {
        const qsizetype last = line.lastIndexOf(u'\'');
        return last > from ? last : line.size();
    }
    const QChar opener = innermostOpener(line.left(from));
    if (opener.isNull()) {
        return line.size();
    }
    const QChar closer = closerOf(opener);
    int depth = 0;
    for (qsizetype i = from; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (opener == u'"' && c == u'\\') {
            ++i;
        } else if (c == closer && depth == 0) {
            return i;
        } else if (c == closer) {
            --depth;
        } else if (c == opener) {
            ++depth;
        }
    }
    return line.size();
}

// Words that say a reply follows, in the wrappers' English and in the languages bounces are
// most often localized to.
bool announcesReply(QStringView prefix)
{
    const QStringView window = prefix.right(48);
    if (containsAnyCaseless(window,
            {"said"_L1, "smtp"_L1, "respon"_L1, "repl"_L1, "error"_L1, "diagnos"_L1, "reason"_L1,
                "returned"_L1, "status"_L1, "stat="_L1, "code"_L1, "answer"_L1, "antwort"_L1, "pondu"_L1,
                "dsn"_L1})) {
        return true;
    }
    return window.contains(u"ответ", Qt::CaseInsensitive) || window.contains(u"応答")
        || window.contains(u"返答") || window.contains(u"响应") || window.contains(u"回复")
        || window.contains(u"回應");
}

// A prefix after which any form of reply is taken: a host in brackets, an address, Sendmail's
// "Out", or words that announce a reply.
bool isKnownPrefix(QStringView prefix)
{
    // A window, not the whole prefix: a line may be megabytes of JSON with many numbers in it.
    prefix = prefix.right(256).trimmed();
    if (prefix.isEmpty()) {
        return false;
    }
    const QChar last = prefix.back();
    if (last == u']' || (last == u'>' && prefix.mid(prefix.lastIndexOf(u'<') + 1).contains(u'@'))) {
        return true;
    }
    const QStringView word = prefix.mid(prefix.lastIndexOf(u' ') + 1);
    if (word.contains(u'@') || word.compare(u"Out"_s, Qt::CaseInsensitive) == 0) {
        return true;
    }
    return announcesReply(prefix);
}

Context contextAt(QStringView line, qsizetype at)
{
    qsizetype before = at - 1;
    while (before >= 0 && isBlank(line.at(before))) {
        --before;
    }
    if (before < 0) {
        return Context::None;
    }
    const QChar c = line.at(before);
    const bool spaced = before < at - 1;
    if (c == u':' && !spaced && before > 0 && isAsciiAlnum(line.at(before - 1))) {
        // A number joined to a word by a colon is a field of its own (Exim's
        // "X=TLS1.3:TLS_AES_256_GCM_SHA384:256"), not a reply, unless it reads as one in full.
        return Context::Weak;
    }
    if (c == u':' || c == QChar(0xFF1A) || c == u';' || isOpener(c)) {
        return isKnownPrefix(line.left(before)) ? Context::Known : Context::Weak;
    }
    if (c == u'=') {
        const QStringView key = line.left(before).right(4);
        if (key.endsWith(u"dsn"_s, Qt::CaseInsensitive)) {
            return Context::Dsn;
        }
        return isKnownPrefix(line.left(before)) ? Context::Known : Context::Weak;
    }
    if (c == u'#') {
        return Context::None; // qmail's codes are looked for apart
    }
    return spaced || c.unicode() >= 0x80 ? Context::Weak : Context::None;
}

bool isStrong(const ReplyStart &start)
{
    return !start.enhanced.isEmpty() && start.enhanced.at(0) == start.code.at(0);
}

// A log's status field: Sendmail "stat=User unknown", Postfix "status=deferred (connect to ...)".
QString logStatusText(QStringView line)
{
    qsizetype at = line.indexOf(u"stat="_s, 0, Qt::CaseInsensitive);
    qsizetype length = 5;
    if (at < 0) {
        at = line.indexOf(u"status="_s, 0, Qt::CaseInsensitive);
        length = 7;
    }
    if (at < 0) {
        return {};
    }
    QStringView value = line.mid(at + length).trimmed();
    if (const qsizetype open = value.indexOf(u'('); open >= 0) {
        value = value.mid(open + 1);
        if (value.endsWith(u')')) {
            value.chop(1);
        }
    }
    return value.trimmed().toString();
}

// Text after an enhanced code that leads a line and reads as a reply, not as release notes.
bool readsAsReply(QStringView rest)
{
    if (rest.startsWith(u'<') || rest.left(64).contains(u'@')) {
        return true;
    }
    if (containsAnyCaseless(rest,
            {"release"_L1, "version"_L1, "changelog"_L1, "fix"_L1, "bug"_L1, "update"_L1, "upgrade"_L1,
                "install"_L1, "download"_L1, "patch"_L1, "added"_L1, "removed"_L1, "deprecat"_L1})) {
        return false;
    }
    return containsAnyCaseless(rest,
        {"mailbox"_L1, "recipient"_L1, "user"_L1, "address"_L1, "unknown"_L1, "reject"_L1, "denied"_L1,
            "refused"_L1, "relay"_L1, "quota"_L1, "full"_L1, "blocked"_L1, "policy"_L1, "spam"_L1,
            "unavailable"_L1, "not found"_L1, "not exist"_L1, "no such"_L1, "invalid"_L1, "authenticat"_L1,
            "deliver"_L1, "timed out"_L1, "too many"_L1, "exceeded"_L1, "disabled"_L1, "suspended"_L1,
            "blacklist"_L1, "blocklist"_L1, "syntax"_L1, "sender"_L1, "domain"_L1});
}

// qmail's code in a reply that has a basic code alone: "550 no mailbox here (#5.1.1)".
void takeQmailCode(ReplyStart &start)
{
    if (start.enhanced.isEmpty()) {
        if (const auto qmail = qmailCode(start.rest)) {
            start.enhanced = qmail->enhanced;
            start.rest = QString(start.rest.left(qmail->start) + start.rest.mid(qmail->start + qmail->length))
                             .trimmed();
        }
    }
}

// Whether readAt() can find a reply at AT, without building anything: it copies the rest of
// the line and looks at the whole prefix, which a long line cannot afford at every number.
bool isPlausibleAt(QStringView line, qsizetype at, Context context, bool enhancedOnlyWanted)
{
    const QStringView text = line.mid(at);
    if (startsWithReplyCode(text)) {
        if (context == Context::Known) {
            return true;
        }
        QStringView rest = text.mid(4);
        while (!rest.isEmpty() && isBlank(rest.at(0))) {
            rest = rest.mid(1);
        }
        if (!rest.isEmpty() && (rest.at(0) == u'\'' || rest.at(0) == u'"')) {
            rest = rest.mid(1);
        }
        return text.size() > 4 && enhancedPrefix(rest) && rest.at(0) == text.at(0);
    }
    return enhancedOnlyWanted && (context == Context::Known || context == Context::Dsn)
        && enhancedPrefix(text);
}

std::optional<Located> readAt(QStringView line, qsizetype at, Context context)
{
    const bool apostrophe = at > 0 && line.left(at).trimmed().endsWith(u'\'');
    const QStringView body = line.mid(at, enclosureEnd(line, at, apostrophe) - at);
    if (auto start = replyStartAt(body)) {
        if (context != Context::Known && !isStrong(*start)) {
            return std::nullopt;
        }
        takeQmailCode(*start);
        return Located {*start, at, false};
    }
    if (context != Context::Known && context != Context::Dsn) {
        return std::nullopt;
    }
    const EnhancedPrefix enhanced = enhancedPrefix(body);
    if (!enhanced) {
        return std::nullopt;
    }
    ReplyStart start;
    start.enhanced = body.left(enhanced.codeLength).toString();
    start.rest = context == Context::Dsn ? logStatusText(line.mid(at))
                                         : body.mid(enhanced.length).trimmed().toString();
    return Located {start, at, false};
}

// A reply leading the line: "550 ...", "#550 ... ##" (Exchange), "[554 5.4.6 ...]", or an
// enhanced code alone before reply-like text.
std::optional<Located> readAtStart(QStringView line, qsizetype lead)
{
    const QChar first = line.at(lead);
    const qsizetype at = first == u'#' || isOpener(first) ? lead + 1 : lead;
    QStringView body = line.mid(at);
    if (first == u'#') {
        if (const qsizetype end = body.indexOf(u"##"_s); end >= 0) {
            body.truncate(end);
        }
    } else if (at > lead) {
        body.truncate(enclosureEnd(line, at, first == u'\'') - at);
    }
    if (auto start = replyStartAt(body)) {
        takeQmailCode(*start);
        return Located {*start, lead, true};
    }
    const EnhancedPrefix enhanced = enhancedPrefix(body);
    if (enhanced && readsAsReply(body.mid(enhanced.length))) {
        ReplyStart start;
        start.enhanced = body.left(enhanced.codeLength).toString();
        start.rest = body.mid(enhanced.length).trimmed().toString();
        return Located {start, lead, false};
    }
    return std::nullopt;
}

// qmail: "<u@x>: Sorry, no mailbox here by that name. (#5.1.1)"; the text is what stands before
// the code, after an address that introduces it.
std::optional<Located> readQmail(QStringView line, qsizetype lead)
{
    const auto qmail = qmailCode(line);
    if (!qmail) {
        return std::nullopt;
    }
    qsizetype from = lead;
    const qsizetype colon = line.indexOf(u':', lead);
    if (colon > lead && colon < qmail->start && line.mid(lead, colon - lead).contains(u'@')
        && !line.mid(lead, colon - lead).trimmed().contains(u' ')) {
        from = colon + 1;
        while (from < qmail->start && isBlank(line.at(from))) {
            ++from;
        }
    }
    ReplyStart start;
    start.enhanced = qmail->enhanced;
    start.rest
        = QString(line.mid(from, qmail->start - from) + line.mid(qmail->start + qmail->length)).trimmed();
    return Located {start, from, false};
}
} // namespace

std::optional<Located> locate(QStringView line)
{
    qsizetype lead = 0;
    while (lead < line.size() && isBlank(line.at(lead))) {
        ++lead;
    }
    if (lead == line.size()) {
        return std::nullopt;
    }
    std::optional<Located> enhancedOnly = readAtStart(line, lead);
    if (enhancedOnly && !enhancedOnly->start.code.isEmpty()) {
        return enhancedOnly;
    }
    // Only a digit that starts a number can start a code; a context is looked at for those alone.
    for (qsizetype at = lead + 1; at < line.size(); ++at) {
        const QChar c = line.at(at);
        if (c < u'2' || c > u'5') {
            continue;
        }
        const QChar previous = line.at(at - 1);
        if (isAsciiAlnum(previous) || previous == u'.' || previous == u'-' || previous == u'_') {
            continue;
        }
        // The shape first: a log line has dozens of numbers (times, ids, addresses, delays),
        // and looking at the context of each is what a long log spends its time on.
        const QStringView rest = line.mid(at);
        if (!startsWithReplyCode(rest) && (enhancedOnly || !enhancedPrefix(rest))) {
            continue;
        }
        const Context context = contextAt(line, at);
        if (context == Context::None || !isPlausibleAt(line, at, context, !enhancedOnly)) {
            continue;
        }
        auto found = readAt(line, at, context);
        if (found && !found->start.code.isEmpty()) {
            return found;
        }
        if (found && !enhancedOnly) {
            enhancedOnly = found;
        }
    }
    if (enhancedOnly) {
        return enhancedOnly;
    }
    return line.contains(u'#') ? readQmail(line, lead) : std::nullopt;
}

} // namespace SmtpCodes::ReplyLocator
