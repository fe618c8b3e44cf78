// SPDX-License-Identifier: GPL-3.0-or-later
#include "explanationrenderer.h"

#include "explainer.h"
#include "sectionwriter.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// The most specific entry says best what to do: the enhanced code's, else the basic one's.
const Lookup &adviceSource(const ExplainedReply &reply)
{
    return reply.enhanced ? reply.enhanced : reply.basic;
}
} // namespace

QString ExplanationRenderer::codesOf(const ParsedReply &reply)
{
    return QStringList {reply.basic, reply.enhanced}.join(u' ').trimmed();
}

QString ExplanationRenderer::headline(const Explanation &explanation) const
{
    if (explanation.replies.isEmpty()) {
        return explanation.message;
    }
    return explanation.replies.size() == 1 ? u"1 reply found."_s
                                           : u"%1 replies found."_s.arg(explanation.replies.size());
}

QList<Section> ExplanationRenderer::sections(const ExplainedReply &reply, qsizetype index) const
{
    const ParsedReply &parsed = reply.reply;
    Section summary;
    summary.id = u"reply"_s;
    summary.heading = u"Reply %1 (line %2): %3"_s.arg(index + 1).arg(parsed.line).arg(codesOf(parsed));
    if (!parsed.command.isEmpty()) {
        summary.heading += u", in reply to "_s + parsed.command;
    }
    if (!parsed.text.isEmpty()) {
        summary.paragraphs.append(u"\u201c"_s + parsed.text + u"\u201d"_s);
        summary.linkUrls = true;
    }
    summary.paragraphs.append(u"Verdict: "_s + Explainer::verdictLabel(reply.verdict)
        + (reply.verdictBasis.isEmpty() ? QString() : u" ("_s + reply.verdictBasis + u')'));
    for (const Lookup *lookup : {&reply.basic, &reply.enhanced}) {
        if (*lookup) {
            summary.codes.append({lookup->code, lookup->entry->title, {}, {}});
        }
    }
    for (const QString &warning : reply.warnings) {
        summary.bullets.append(u"Warning: "_s + warning);
    }
    QList<Section> result {summary};
    if (const Lookup &advice = adviceSource(reply)) {
        Section fix;
        fix.id = u"howToFix"_s;
        fix.heading = u"What to do (%1)"_s.arg(advice.code);
        fix.paragraphs = {advice.entry->howToFix};
        result.append(fix);
    }
    return result;
}

QString ExplanationRenderer::toText(const Explanation &explanation) const
{
    QStringList blocks {headline(explanation)};
    for (qsizetype i = 0; i < explanation.replies.size(); ++i) {
        for (const Section &section : sections(explanation.replies.at(i), i)) {
            blocks.append(SectionWriter::text(section));
        }
    }
    return blocks.join(u"\n\n"_s) + u'\n';
}

QString ExplanationRenderer::toMarkdown(const Explanation &explanation) const
{
    QStringList blocks {u"# "_s + SectionWriter::markdownEscaped(headline(explanation))};
    for (qsizetype i = 0; i < explanation.replies.size(); ++i) {
        const QList<Section> parts = sections(explanation.replies.at(i), i);
        for (qsizetype j = 0; j < parts.size(); ++j) {
            blocks.append(SectionWriter::markdown(parts.at(j), j == 0 ? 2 : 3));
        }
    }
    return blocks.join(u"\n\n"_s) + u'\n';
}

QString ExplanationRenderer::toHtml(const Explanation &explanation) const
{
    QString html = u"<p><i>"_s + SectionWriter::htmlText(headline(explanation)) + u"</i></p>"_s;
    for (qsizetype i = 0; i < explanation.replies.size(); ++i) {
        const QList<Section> parts = sections(explanation.replies.at(i), i);
        for (qsizetype j = 0; j < parts.size(); ++j) {
            html += SectionWriter::html(parts.at(j), j == 0 ? 3 : 4);
        }
    }
    return html;
}

QJsonArray ExplanationRenderer::toJson(const Explanation &explanation) const
{
    QJsonArray array;
    for (const ExplainedReply &reply : explanation.replies) {
        QJsonArray entries;
        for (const Lookup *lookup : {&reply.basic, &reply.enhanced}) {
            if (*lookup) {
                entries.append(QJsonObject {{u"code"_s, lookup->code}, {u"entry"_s, lookup->entry->code},
                    {u"title"_s, lookup->entry->title}});
            }
        }
        array.append(QJsonObject {
            {u"line"_s, reply.reply.line},
            {u"basic"_s, stringOrNull(reply.reply.basic)},
            {u"enhanced"_s, stringOrNull(reply.reply.enhanced)},
            {u"command"_s, stringOrNull(reply.reply.command)},
            {u"text"_s, reply.reply.text},
            {u"verdict"_s, Explainer::verdictId(reply.verdict)},
            {u"verdictLabel"_s, Explainer::verdictLabel(reply.verdict)},
            {u"verdictBasis"_s, stringOrNull(reply.verdictBasis)},
            {u"warnings"_s, QJsonArray::fromStringList(reply.warnings)},
            {u"entries"_s, entries},
        });
    }
    return array;
}

} // namespace SmtpCodes
