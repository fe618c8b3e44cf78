// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcriptline.h"

#include "replyscanner.h"

#include <array>

using namespace Qt::StringLiterals;

namespace SmtpCodes::TranscriptLine {

namespace {
struct Mark
{
    QStringView text;
    Side side;
};

// Longest first, so that "<**" is not read as "<*".
constexpr std::array<Mark, 6> marks {{
    {u">>>", Side::Client},
    {u"<<<", Side::Server},
    {u"<**", Side::Server},
    {u"->", Side::Client},
    {u"~>", Side::Client},
    {u"<-", Side::Server},
}};

bool isWordWithoutSpace(QStringView text)
{
    return !text.isEmpty() && !text.contains(u' ') && !text.contains(u'\t');
}
} // namespace

bool isBareCommand(QStringView trimmed)
{
    if (trimmed.size() < 4 || trimmed.size() > 512) {
        return false;
    }
    const QStringView word = trimmed.left(4);
    const QStringView rest = trimmed.mid(4);
    const auto is
        = [word](QLatin1StringView command) { return word.compare(command, Qt::CaseInsensitive) == 0; };
    if (rest.isEmpty()) {
        return is("DATA"_L1) || is("QUIT"_L1) || is("RSET"_L1) || is("NOOP"_L1);
    }
    if (!rest.startsWith(u' ')) {
        return trimmed.compare(u"STARTTLS"_s, Qt::CaseInsensitive) == 0;
    }
    const QStringView argument = rest.trimmed();
    if (is("EHLO"_L1) || is("HELO"_L1) || is("LHLO"_L1)) {
        return isWordWithoutSpace(argument);
    }
    if (is("MAIL"_L1)) {
        return argument.startsWith(u"FROM:"_s, Qt::CaseInsensitive);
    }
    if (is("RCPT"_L1)) {
        return argument.startsWith(u"TO:"_s, Qt::CaseInsensitive);
    }
    if (is("BDAT"_L1)) {
        return !argument.isEmpty() && argument.at(0).isDigit();
    }
    // "AUTH PLAIN dGVzdA==", "VRFY postmaster": a mechanism or a name, upper case only, since
    // "Auth failed" or "Vrfy" would be prose.
    if (word == u"AUTH" || word == u"VRFY" || word == u"EXPN") {
        return !argument.isEmpty();
    }
    return false;
}

Classified classify(QStringView line)
{
    qsizetype lead = 0;
    while (lead < line.size() && (line.at(lead) == u' ' || line.at(lead) == u'\t')) {
        ++lead;
    }
    const QStringView text = line.mid(lead);
    if (text.isEmpty()) {
        return {};
    }
    const QChar first = text.at(0);
    if (first == u'>' || first == u'<' || first == u'-' || first == u'~') {
        for (const Mark &mark : marks) {
            // swaks and Sendmail put a space after the mark; "->" in prose ("a->b") has none.
            if (text.startsWith(mark.text)
                && (text.size() == mark.text.size() || text.at(mark.text.size()) == u' ')) {
                return {mark.side, false, text.mid(mark.text.size()).trimmed().toString()};
            }
        }
        return {};
    }
    if ((first == u'C' || first == u'S') && text.size() > 3 && text.at(1) == u':' && text.at(2) == u' ') {
        const QStringView rest = text.mid(3).trimmed();
        if (first == u'S' && ReplyScanner::replyStartAt(rest)) {
            return {Side::Server, false, rest.toString()};
        }
        if (first == u'C' && (isBareCommand(rest) || rest == u".")) {
            return {Side::Client, false, rest.toString()};
        }
        return {};
    }
    if (first.isLetter() && isBareCommand(text.trimmed())) {
        return {Side::Client, true, text.trimmed().toString()};
    }
    return {};
}

} // namespace SmtpCodes::TranscriptLine
