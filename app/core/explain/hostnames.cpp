// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostnames.h"

namespace SmtpCodes::HostNames {

namespace {
bool isHostChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
        || c == u'.';
}

bool isHost(QStringView word)
{
    while (word.endsWith(u'.') || word.endsWith(u'-')) {
        word.chop(1);
    }
    const qsizetype dot = word.lastIndexOf(u'.');
    if (dot <= 0 || word.startsWith(u'.') || word.contains(u"..")) {
        return false;
    }
    const QStringView top = word.mid(dot + 1);
    return top.size() >= 2 && std::all_of(top.begin(), top.end(), [](QChar c) { return c.isLetter(); });
}

template<typename Visit> void forEachHost(QStringView text, Visit visit)
{
    qsizetype at = 0;
    while (at < text.size()) {
        if (!isHostChar(text.at(at))) {
            ++at;
            continue;
        }
        qsizetype end = at;
        while (end < text.size() && isHostChar(text.at(end))) {
            ++end;
        }
        QStringView word = text.mid(at, end - at);
        while (word.endsWith(u'.') || word.endsWith(u'-')) {
            word.chop(1);
        }
        // The domain of an address is where a mailbox is, not a server that answered.
        if (isHost(word) && !(at > 0 && text.at(at - 1) == u'@')) {
            visit(word.toString().toLower());
        }
        at = end;
    }
}
} // namespace

QStringList inText(QStringView text)
{
    QStringList hosts;
    forEachHost(text, [&hosts](QString host) { hosts.append(std::move(host)); });
    return hosts;
}

QString lastIn(QStringView text)
{
    QString last;
    forEachHost(text, [&last](QString host) { last = std::move(host); });
    return last;
}

} // namespace SmtpCodes::HostNames
