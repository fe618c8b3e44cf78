// SPDX-License-Identifier: GPL-3.0-or-later
#include "entrysummarywriter.h"

#include "entrysummarybuilder.h"
#include "sectionwriter.h"
#include "textwrap.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SmtpCodes::EntrySummaryWriter {

namespace {
QString whatToDoLine(const EntrySummary &summary)
{
    return summary.whoActs.isEmpty() ? summary.whatToDo
                                     : summary.whatToDo + u" Who acts: "_s + summary.whoActs + u'.';
}

// "Often confused with" when the entry has curated distinctions, else "See also".
const QList<CodeLink> &links(const EntrySummary &summary, QString *label)
{
    *label = summary.confusedWith.isEmpty() ? u"See also"_s : u"Often confused with"_s;
    return summary.confusedWith.isEmpty() ? summary.seeAlso : summary.confusedWith;
}

QString htmlLink(const EntrySummary &summary, const CodeLink &link)
{
    if (link.compareWith.isEmpty()) {
        return SectionWriter::htmlCodeLink(link.code, link.title, link.label);
    }
    QString tooltip = u"Compare %1 with %2"_s.arg(summary.code, link.code);
    if (!link.note.isEmpty()) {
        tooltip += u" (\u201c"_s + link.note + u"\u201d)"_s;
    }
    return SectionWriter::htmlCompareLink(link.compareWith, link.code, tooltip);
}

QJsonArray codesOf(const QList<CodeLink> &links)
{
    QJsonArray codes;
    for (const CodeLink &link : links) {
        codes.append(link.code);
    }
    return codes;
}
} // namespace

QString text(const EntrySummary &summary)
{
    const QString indent = u"  "_s;
    const QString more = u"    "_s;
    const int width = SectionWriter::textWidth;
    QStringList lines {
        TextWrap::wrap(u"What to do: "_s + whatToDoLine(summary), width, indent, more),
        TextWrap::wrap(u"Meaning: "_s + summary.meaning, width, indent, more),
    };
    if (!summary.classLabel.isEmpty()) { // a reason has no class
        lines.prepend(TextWrap::wrap(u"Class: "_s + summary.classLabel, width, indent, more));
    }
    QString label;
    QStringList codes;
    for (const CodeLink &link : links(summary, &label)) {
        codes.append(link.shown());
    }
    if (!codes.isEmpty()) {
        lines.append(TextWrap::wrap(label + u": "_s + codes.join(u", "_s), width, indent, more));
    }
    return lines.join(u'\n');
}

QString markdown(const EntrySummary &summary)
{
    using SectionWriter::markdownEscaped;
    QStringList items {
        u"- **What to do:** "_s + markdownEscaped(whatToDoLine(summary)),
        u"- **Meaning:** "_s + markdownEscaped(summary.meaning),
    };
    if (!summary.classLabel.isEmpty()) {
        items.prepend(u"- **Class:** "_s + markdownEscaped(summary.classLabel));
    }
    QString label;
    QStringList codes;
    for (const CodeLink &link : links(summary, &label)) {
        codes.append(u"**"_s + markdownEscaped(link.shown()) + u"**"_s);
    }
    if (!codes.isEmpty()) {
        items.append(u"- **"_s + label + u":** "_s + codes.join(u", "_s));
    }
    return items.join(u'\n');
}

QString badgeColor(int classDigit)
{
    // The hues of the list's badges, in their light form.
    switch (classDigit) {
    case 2:
        return u"#b0eab9"_s;
    case 3:
        return u"#b0cdea"_s;
    case 4:
        return u"#ead5b0"_s;
    case 5:
        return u"#eab0b0"_s;
    default:
        return u"#d2b0ea"_s;
    }
}

QString html(const EntrySummary &summary)
{
    using SectionWriter::htmlText;
    QString html;
    if (!summary.classLabel.isEmpty()) { // a reason has no class, and no badge
        html = u"<p><span style=\"background-color:%1; color:#000000;\">&nbsp;"_s.arg(
                   badgeColor(summary.classDigit))
            + htmlText(summary.classLabel) + u"&nbsp;</span></p>"_s;
    }
    html += u"<p><b>What to do:</b> "_s + htmlText(summary.whatToDo);
    if (!summary.whoActs.isEmpty()) {
        html += u" <b>Who acts:</b> "_s + htmlText(summary.whoActs) + u'.';
    }
    html += u"</p><p><b>Meaning:</b> "_s + htmlText(summary.meaning) + u"</p>"_s;
    QString label;
    QStringList codes;
    for (const CodeLink &link : links(summary, &label)) {
        codes.append(htmlLink(summary, link));
    }
    if (!codes.isEmpty()) {
        html += u"<p><b>"_s + label + u":</b> "_s + codes.join(u" \u00b7 "_s) + u"</p>"_s;
    }
    return html;
}

QJsonObject json(const EntrySummary &summary)
{
    return QJsonObject {
        {u"class"_s, summary.codeClass ? QJsonValue(CodeClasses::id(*summary.codeClass)) : QJsonValue()},
        {u"classLabel"_s, summary.classLabel},
        {u"retry"_s, EntrySummaryBuilder::retryId(summary.retry)},
        {u"whatToDo"_s, summary.whatToDo},
        {u"whoActs"_s, summary.whoActs.isEmpty() ? QJsonValue() : QJsonValue(summary.whoActs)},
        {u"meaning"_s, summary.meaning},
        {u"confusedWith"_s, codesOf(summary.confusedWith)},
        {u"seeAlso"_s, codesOf(summary.seeAlso)},
    };
}

} // namespace SmtpCodes::EntrySummaryWriter
