// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace SmtpCodes::HtmlText {

namespace {
bool isBlockTag(QStringView name)
{
    static const QStringList blocks {u"br"_s, u"p"_s, u"div"_s, u"tr"_s, u"li"_s, u"table"_s, u"h1"_s,
        u"h2"_s, u"h3"_s, u"h4"_s, u"pre"_s, u"blockquote"_s, u"hr"_s, u"td"_s};
    for (const QString &block : blocks) {
        if (name.compare(block, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

// "&amp;" at text[i]: appends what it stands for and returns its length; 0 when it is none.
qsizetype appendReference(QStringView text, qsizetype i, QString &out)
{
    const qsizetype end = text.indexOf(u';', i);
    if (end < 0 || end - i > 10) {
        return 0;
    }
    const QStringView name = text.mid(i + 1, end - i - 1);
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint value = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X')
            ? name.mid(2).toUInt(&ok, 16)
            : name.mid(1).toUInt(&ok, 10);
        if (!ok || value == 0 || value > 0x10FFFF) {
            return 0;
        }
        out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&value), 1);
        return end - i + 1;
    }
    static const QHash<QString, QChar> named {{u"amp"_s, u'&'}, {u"lt"_s, u'<'}, {u"gt"_s, u'>'},
        {u"quot"_s, u'"'}, {u"apos"_s, u'\''}, {u"nbsp"_s, u' '}};
    const auto it = named.constFind(name.toString());
    if (it == named.cend()) {
        return 0;
    }
    out += *it;
    return end - i + 1;
}
} // namespace

QString toPlainText(QStringView html)
{
    QString out;
    out.reserve(html.size() / 2);
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html.at(i);
        if (c == u'<') {
            const qsizetype close = html.indexOf(u'>', i);
            if (close < 0) {
                break;
            }
            const QStringView tag = html.mid(i + 1, close - i - 1);
            const QStringView name = tag.mid(tag.startsWith(u'/') ? 1 : 0).split(u' ').first().trimmed();
            if (name.compare(u"script"_s, Qt::CaseInsensitive) == 0
                || name.compare(u"style"_s, Qt::CaseInsensitive) == 0) {
                if (!tag.startsWith(u'/')) {
                    const QString closing = u"</"_s + name.toString();
                    const qsizetype end = html.indexOf(closing, close, Qt::CaseInsensitive);
                    i = end < 0 ? html.size() : end;
                    continue;
                }
            } else if (name.startsWith(u"!--"_s)) {
                const qsizetype end = html.indexOf(u"-->"_s, i);
                i = end < 0 ? html.size() : end + 3;
                continue;
            }
            if (isBlockTag(name)) {
                out += u'\n';
            }
            i = close + 1;
        } else if (c == u'&') {
            const qsizetype used = appendReference(html, i, out);
            if (used == 0) {
                out += c;
            }
            i += used == 0 ? 1 : used;
        } else {
            // Line breaks in the source are not breaks in the text; block tags make those.
            out += c == u'\n' || c == u'\r' ? u' ' : c;
            ++i;
        }
    }
    return out;
}

} // namespace SmtpCodes::HtmlText
