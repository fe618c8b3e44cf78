// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionwriter.h"

#include "textspans.h"
#include "textwrap.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace SmtpCodes::SectionWriter {

namespace {
QString codeLinkText(const CodeLink &link)
{
    QString text = link.shown();
    if (!link.title.isEmpty()) {
        text += u"  "_s + link.title;
    }
    if (!link.note.isEmpty()) {
        text += u" ("_s + link.note + u')';
    }
    return text;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString htmlUrlLink(const QString &address)
{
    const QString host = QUrl(address).host();
    const QString tooltip = u"Opens %1 in your web browser: %2"_s.arg(host, address);
    return u"<a href=\""_s + escaped(address) + u"\" title=\""_s + escaped(tooltip) + u"\">"_s
        + escaped(address) + u"</a>"_s;
}

QString titleAttribute(const QString &tooltip)
{
    return tooltip.isEmpty() ? QString() : u" title=\""_s + escaped(tooltip) + u'"';
}

// A URL inside Markdown: '|' would end a table cell, '<' and '>' the autolink.
QString markdownUrl(QString url)
{
    return url.replace(u'|', u"%7C"_s).replace(u'<', u"%3C"_s).replace(u'>', u"%3E"_s);
}
} // namespace

QString text(const Section &section, const QString &indent)
{
    QStringList blocks;
    for (const QString &paragraph : section.paragraphs) {
        blocks.append(TextWrap::wrap(paragraph, textWidth, indent, indent));
    }
    const QString bulletIndent = indent + u"  "_s;
    for (const QString &bullet : section.bullets) {
        blocks.append(TextWrap::wrap(bullet, textWidth, indent + u"- "_s, bulletIndent));
    }
    for (const CodeLink &link : section.codes) {
        blocks.append(TextWrap::wrap(codeLinkText(link), textWidth, indent, bulletIndent));
    }
    for (const Reference &reference : section.references) {
        blocks.append(TextWrap::wrap(reference.toStringWithNote(), textWidth, indent, bulletIndent));
    }
    // Paragraphs are separated by a blank line, list items are not.
    QString body;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (i > 0) {
            body += i <= section.paragraphs.size() ? u"\n\n"_s : u"\n"_s;
        }
        body += blocks.at(i);
    }
    return section.heading.isEmpty() ? body : section.heading + u'\n' + body;
}

QString markdownEscaped(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (QStringView(u"\\`*_[]<>#|").contains(c)) {
            result += u'\\';
        }
        result += c;
    }
    return result;
}

QString markdown(const Section &section, int headingLevel)
{
    QStringList blocks;
    if (!section.heading.isEmpty()) {
        blocks.append(QString(headingLevel, u'#') + u' ' + markdownEscaped(section.heading));
    }
    for (const QString &paragraph : section.paragraphs) {
        blocks.append(section.linkUrls ? markdownWithLinks(paragraph) : markdownEscaped(paragraph));
    }
    QStringList items;
    for (const QString &bullet : section.bullets) {
        items.append(u"- "_s + markdownEscaped(bullet));
    }
    for (const CodeLink &link : section.codes) {
        QString item = u"- **"_s + markdownEscaped(link.shown()) + u"**"_s;
        if (!link.title.isEmpty()) {
            item += u" "_s + markdownEscaped(link.title);
        }
        if (!link.note.isEmpty()) {
            item += u" ("_s + markdownEscaped(link.note) + u')';
        }
        items.append(item);
    }
    for (const Reference &reference : section.references) {
        QString item
            = u"- ["_s + markdownEscaped(reference.toStringWithTitle()) + u"]("_s + reference.url() + u')';
        if (!reference.note.isEmpty()) {
            item += u" ("_s + markdownEscaped(reference.note) + u')';
        }
        items.append(item);
    }
    if (!items.isEmpty()) {
        blocks.append(items.join(u'\n'));
    }
    return blocks.join(u"\n\n"_s);
}

QString markdownWithLinks(const QString &text)
{
    QString result;
    qsizetype position = 0;
    for (const TextSpans::Span &url : TextSpans::urls(text)) {
        result += markdownEscaped(text.mid(position, url.start - position)) + u'<'
            + markdownUrl(text.mid(url.start, url.length)) + u'>';
        position = url.start + url.length;
    }
    return result + markdownEscaped(text.mid(position));
}

QString markdownCell(const Section &section)
{
    QStringList parts;
    for (const QString &paragraph : section.paragraphs) {
        parts.append(section.linkUrls ? markdownWithLinks(paragraph) : markdownEscaped(paragraph));
    }
    for (const QString &bullet : section.bullets) {
        parts.append(u"\u2022 "_s + markdownEscaped(bullet));
    }
    for (const CodeLink &link : section.codes) {
        parts.append(u"**"_s + markdownEscaped(link.shown()) + u"**"_s
            + (link.title.isEmpty() ? QString() : u' ' + markdownEscaped(link.title))
            + (link.note.isEmpty() ? QString() : u" ("_s + markdownEscaped(link.note) + u')'));
    }
    for (const Reference &reference : section.references) {
        parts.append(u"["_s + markdownEscaped(reference.toStringWithTitle()) + u"]("_s
            + markdownUrl(reference.url()) + u')'
            + (reference.note.isEmpty() ? QString() : u" ("_s + markdownEscaped(reference.note) + u')'));
    }
    // A line break would end the table row.
    return parts.join(u"<br>"_s).replace(u'\n', u' ');
}

// Escaped text with its codes kept whole: CSS nowrap for browsers, word joiners for Qt.
QString htmlText(const QString &text)
{
    QString result;
    for (const TextSpans::Piece &piece : TextSpans::pieces(text)) {
        if (piece.isCode) {
            result += u"<span style=\"white-space:nowrap\">"_s
                + escaped(piece.text).replace(QChar(0x2060), u"&#8288;"_s) + u"</span>"_s;
        } else {
            result += escaped(piece.text);
        }
    }
    return result;
}

QString htmlTextWithLinks(const QString &text)
{
    QString result;
    qsizetype position = 0;
    for (const TextSpans::Span &url : TextSpans::urls(text)) {
        result += htmlText(text.mid(position, url.start - position))
            + htmlUrlLink(text.mid(url.start, url.length));
        position = url.start + url.length;
    }
    return result + htmlText(text.mid(position));
}

QString htmlCodeLink(const QString &code, const QString &tooltip, const QString &text)
{
    return u"<a href=\"code:"_s + QString::fromLatin1(QUrl::toPercentEncoding(code)) + u'"'
        + titleAttribute(tooltip) + u'>' + htmlText(text.isEmpty() ? code : text) + u"</a>"_s;
}

QString htmlCompareLink(const QString &left, const QString &right, const QString &tooltip)
{
    return u"<a href=\"compare:"_s + QString::fromLatin1(QUrl::toPercentEncoding(left)) + u'/'
        + QString::fromLatin1(QUrl::toPercentEncoding(right)) + u'"' + titleAttribute(tooltip) + u'>'
        + htmlText(right) + u"</a>"_s;
}

QString htmlBody(const Section &section)
{
    QString html;
    for (const QString &paragraph : section.paragraphs) {
        html
            += u"<p>"_s + (section.linkUrls ? htmlTextWithLinks(paragraph) : htmlText(paragraph)) + u"</p>"_s;
    }
    QStringList items;
    for (const QString &bullet : section.bullets) {
        items.append(htmlText(bullet));
    }
    for (const CodeLink &link : section.codes) {
        QString item = link.compareWith.isEmpty() ? htmlCodeLink(link.code, {}, link.label)
                                                  : htmlCompareLink(link.compareWith, link.code);
        if (!link.title.isEmpty()) {
            item += u" "_s + htmlText(link.title);
        }
        if (!link.note.isEmpty()) {
            item += u" <i>("_s + htmlText(link.note) + u")</i>"_s;
        }
        items.append(item);
    }
    for (const Reference &reference : section.references) {
        QString item = u"<a href=\""_s + escaped(reference.url()) + u"\">"_s
            + htmlText(reference.toStringWithTitle()) + u"</a>"_s;
        if (!reference.note.isEmpty()) {
            item += u" ("_s + htmlText(reference.note) + u')';
        }
        items.append(item);
    }
    if (!items.isEmpty()) {
        html += u"<ul><li>"_s + items.join(u"</li><li>"_s) + u"</li></ul>"_s;
    }
    return html;
}

QString html(const Section &section, int headingLevel)
{
    QString result;
    if (!section.heading.isEmpty()) {
        result += u"<h%1>"_s.arg(headingLevel) + htmlText(section.heading) + u"</h%1>"_s.arg(headingLevel);
    }
    return result + htmlBody(section);
}

QJsonObject json(const Reference &reference)
{
    QJsonObject object {{u"rfc"_s, reference.rfc}, {u"section"_s, reference.section}};
    if (!reference.title.isEmpty()) {
        object.insert(u"title"_s, reference.title);
    }
    if (!reference.note.isEmpty()) {
        object.insert(u"note"_s, reference.note);
    }
    return object;
}

} // namespace SmtpCodes::SectionWriter
