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

QJsonValue messageOf(const Explanation &explanation, int mail)
{
    if (mail < 0 || mail >= explanation.mails.size()) {
        return QJsonValue();
    }
    const MailSummary &summary = explanation.mails.at(mail);
    return QJsonObject {
        {u"number"_s, mail + 1},
        {u"offset"_s, double(summary.offset)},
        {u"subject"_s, stringOrNull(summary.subject)},
        {u"from"_s, stringOrNull(summary.from)},
        {u"date"_s, stringOrNull(summary.date)},
        {u"messageId"_s, stringOrNull(summary.messageId)},
        {u"writer"_s, stringOrNull(summary.writer)},
    };
}
} // namespace

QString ExplanationRenderer::headline(const Explanation &explanation) const
{
    return m_sections.headline(explanation);
}

int ExplanationRenderer::markdownLevel(const Explanation &explanation, ExplanationSections::Depth depth)
{
    int skipped = ExplanationSections::Reply; // a plain paste has replies and fixes only
    if (!explanation.mails.isEmpty()) {
        skipped = 0;
    } else if (ExplanationSections::isGrouped(explanation)) {
        skipped = ExplanationSections::Recipient;
    }
    return std::min(6, 2 + int(depth) - skipped);
}

QString ExplanationRenderer::toText(const Explanation &explanation) const
{
    QStringList blocks {headline(explanation)};
    for (const ExplanationSections::Block &block : m_sections.blocks(explanation)) {
        blocks.append(SectionWriter::text(block.section));
    }
    return blocks.join(u"\n\n"_s) + u'\n';
}

QString ExplanationRenderer::toMarkdown(const Explanation &explanation) const
{
    QStringList blocks {u"# "_s + SectionWriter::markdownEscaped(headline(explanation))};
    for (const ExplanationSections::Block &block : m_sections.blocks(explanation)) {
        blocks.append(SectionWriter::markdown(block.section, markdownLevel(explanation, block.depth)));
    }
    return blocks.join(u"\n\n"_s) + u'\n';
}

QString ExplanationRenderer::toHtml(const Explanation &explanation) const
{
    QString html = u"<p><i>"_s + SectionWriter::htmlText(headline(explanation)) + u"</i></p>"_s;
    for (const ExplanationSections::Block &block : m_sections.blocks(explanation)) {
        html += SectionWriter::html(block.section, std::min(6, markdownLevel(explanation, block.depth) + 1));
    }
    return html;
}

namespace {
QJsonValue providerEntryOf(const ProviderResponse *response)
{
    if (!response) {
        return QJsonValue();
    }
    return QJsonObject {{u"entry"_s, response->key()}, {u"title"_s, response->title},
        {u"basic"_s, response->basic}, {u"enhanced"_s, stringOrNull(response->enhanced)},
        {u"tag"_s, stringOrNull(response->tag)}, {u"meaning"_s, response->meaning}, {u"fix"_s, response->fix},
        {u"retry"_s, response->retry}, {u"whoActs"_s, QJsonArray::fromStringList(response->whoActs)},
        {u"documented"_s, response->documented}, {u"registryDiffers"_s, response->registryDiffers},
        {u"sources"_s, QJsonArray::fromStringList(response->sources)}};
}
} // namespace

QJsonArray ExplanationRenderer::toJson(const Explanation &explanation) const
{
    QJsonArray array;
    for (const ExplainedReply &reply : explanation.replies) {
        const ParsedReply &parsed = reply.reply;
        QJsonArray entries;
        for (const Lookup *lookup : {&reply.basic, &reply.enhanced}) {
            if (*lookup) {
                entries.append(QJsonObject {{u"code"_s, lookup->code}, {u"entry"_s, lookup->entry->code},
                    {u"title"_s, lookup->entry->title}});
            }
        }
        array.append(QJsonObject {
            {u"line"_s, parsed.line},
            {u"basic"_s, stringOrNull(parsed.basic)},
            {u"enhanced"_s, stringOrNull(parsed.enhanced)},
            {u"command"_s, stringOrNull(parsed.command)},
            {u"text"_s, parsed.text},
            {u"verdict"_s, Explainer::verdictId(reply.verdict)},
            {u"verdictLabel"_s, Explainer::verdictLabel(reply.verdict)},
            {u"verdictBasis"_s, stringOrNull(reply.verdictBasis)},
            {u"warnings"_s, QJsonArray::fromStringList(reply.warnings)},
            {u"entries"_s, entries},
            {u"recipient"_s, stringOrNull(parsed.recipient)},
            {u"originalRecipient"_s, stringOrNull(parsed.originalRecipient)},
            {u"action"_s, stringOrNull(parsed.action)},
            {u"status"_s, stringOrNull(parsed.status)},
            {u"reportingMta"_s, stringOrNull(parsed.reportingMta)},
            {u"remoteMta"_s, stringOrNull(parsed.remoteMta)},
            {u"source"_s, ExplanationSections::sourceId(parsed.source)},
            {u"message"_s, messageOf(explanation, parsed.mail)},
            {u"reason"_s, reply.reason ? QJsonValue(reply.reason->id) : QJsonValue()},
            {u"bounce"_s, stringOrNull(ExplanationSections::bounceId(reply.bounce))},
            {u"evidence"_s, stringOrNull(reply.reasonEvidence)},
            {u"provider"_s, reply.provider ? QJsonValue(reply.provider->id) : QJsonValue()},
            {u"providerName"_s, reply.provider ? QJsonValue(reply.provider->name) : QJsonValue()},
            {u"providerEvidence"_s, stringOrNull(reply.providerEvidence)},
            {u"providerEntry"_s, providerEntryOf(reply.providerResponse)},
        });
    }
    return array;
}

} // namespace SmtpCodes
