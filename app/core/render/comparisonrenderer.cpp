// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonrenderer.h"

#include "sectionwriter.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
const QStringList &rowIds()
{
    static const QStringList ids {
        u"class"_s, u"description"_s, u"whenYouSeeIt"_s, u"howToFix"_s, u"commands"_s, u"references"_s};
    return ids;
}

Section withoutHeading(Section section)
{
    section.heading.clear();
    return section;
}
} // namespace

ComparisonRenderer::ComparisonRenderer(const KnowledgeBase &base)
    : m_entries(base)
{ }

QString ComparisonRenderer::title(const Comparison &comparison) const
{
    return comparison.left.code + u" vs "_s + comparison.right.code;
}

QList<ComparisonRow> ComparisonRenderer::rows(const Comparison &comparison) const
{
    const QList<Section> left = m_entries.sections(comparison.left);
    const QList<Section> right = m_entries.sections(comparison.right);
    const auto find = [](const QList<Section> &sections, const QString &id) {
        for (const Section &section : sections) {
            if (section.id == id) {
                return section;
            }
        }
        return Section {};
    };
    QList<ComparisonRow> result;
    for (const QString &id : rowIds()) {
        const Section leftSection = find(left, id);
        const Section rightSection = find(right, id);
        result.append({id, leftSection.heading, withoutHeading(leftSection), withoutHeading(rightSection)});
    }
    return result;
}

Section ComparisonRenderer::classSection(const Comparison &comparison) const
{
    Section section;
    section.id = u"sharedClass"_s;
    section.heading = comparison.sameClass ? u"Shared class"_s : u"Classes"_s;
    section.paragraphs = {comparison.classSentence};
    return section;
}

QList<Section> ComparisonRenderer::answerSections(const Comparison &comparison) const
{
    Section differences;
    differences.id = u"keyDifferences"_s;
    differences.heading = u"Key differences"_s;
    differences.bullets = comparison.keyDifferences;

    Section use;
    use.id = u"whenToUseWhich"_s;
    use.heading = u"When to use which"_s;
    use.paragraphs
        = {u"For the sender: "_s + comparison.forSender, u"For the server: "_s + comparison.forServer};
    return {differences, use};
}

std::optional<Section> ComparisonRenderer::distinctionSection(const Comparison &comparison) const
{
    const Distinction *distinction = comparison.distinction;
    if (!distinction) {
        return std::nullopt;
    }
    Section curated;
    curated.id = u"distinction"_s;
    curated.heading = u"How the RFCs settle it: "_s + distinction->title;
    curated.paragraphs = {distinction->summary};
    curated.references = distinction->references;
    return curated;
}

QString ComparisonRenderer::toText(const Comparison &comparison) const
{
    QStringList blocks;
    blocks.append(title(comparison) + u'\n' + u"  "_s + m_entries.headline(comparison.left) + u'\n' + u"  "_s
        + m_entries.headline(comparison.right));
    for (const Section &section : answerSections(comparison)) {
        blocks.append(SectionWriter::text(section));
    }
    blocks.append(SectionWriter::text(classSection(comparison)));
    for (const ComparisonRow &row : rows(comparison)) {
        blocks.append(row.heading + u"\n  "_s + comparison.left.code + u":\n"_s
            + SectionWriter::text(row.left, u"    "_s) + u"\n  "_s + comparison.right.code + u":\n"_s
            + SectionWriter::text(row.right, u"    "_s));
    }
    if (const std::optional<Section> distinction = distinctionSection(comparison)) {
        blocks.append(SectionWriter::text(*distinction));
    }
    return blocks.join(u"\n\n"_s) + u'\n';
}

QString ComparisonRenderer::markdownTable(const Comparison &comparison) const
{
    using SectionWriter::markdownEscaped;
    QStringList lines {u"| | "_s + markdownEscaped(comparison.left.code) + u" | "_s
            + markdownEscaped(comparison.right.code) + u" |"_s,
        u"| --- | --- | --- |"_s};
    for (const ComparisonRow &row : rows(comparison)) {
        lines.append(u"| **"_s + markdownEscaped(row.heading) + u"** | "_s
            + SectionWriter::markdownCell(row.left) + u" | "_s + SectionWriter::markdownCell(row.right)
            + u" |"_s);
    }
    return lines.join(u'\n');
}

QString ComparisonRenderer::toMarkdown(const Comparison &comparison) const
{
    QStringList blocks;
    blocks.append(u"# "_s + SectionWriter::markdownEscaped(title(comparison)));
    blocks.append(u"- **"_s + SectionWriter::markdownEscaped(comparison.left.code) + u"** "_s
        + SectionWriter::markdownEscaped(comparison.left.entry->title) + u"\n- **"_s
        + SectionWriter::markdownEscaped(comparison.right.code) + u"** "_s
        + SectionWriter::markdownEscaped(comparison.right.entry->title));
    for (const Section &section : answerSections(comparison)) {
        blocks.append(SectionWriter::markdown(section));
    }
    blocks.append(SectionWriter::markdown(classSection(comparison)));
    blocks.append(u"## Side by side\n\n"_s + markdownTable(comparison));
    if (const std::optional<Section> distinction = distinctionSection(comparison)) {
        blocks.append(SectionWriter::markdown(*distinction));
    }
    return blocks.join(u"\n\n"_s) + u'\n';
}

QString ComparisonRenderer::toHtml(const Comparison &comparison) const
{
    const auto header = [](const Lookup &lookup) -> QString {
        return u"<th width=\"50%\" align=\"left\" class=\"side\">"_s
            + SectionWriter::htmlCodeLink(lookup.entry->code, {}, lookup.code) + u" \u2014 "_s
            + SectionWriter::htmlText(lookup.entry->title) + u"</th>"_s;
    };
    const auto headline = [](const Lookup &lookup) -> QString {
        return SectionWriter::htmlCodeLink(lookup.entry->code, {}, lookup.code) + u" \u2014 "_s
            + SectionWriter::htmlText(lookup.entry->title);
    };
    QString html = u"<h2>"_s + SectionWriter::htmlText(title(comparison)) + u"</h2>"_s;
    html += u"<p>"_s + headline(comparison.left) + u"<br>"_s + headline(comparison.right) + u"</p>"_s;
    for (const Section &section : answerSections(comparison)) {
        html += SectionWriter::html(section);
    }
    html += SectionWriter::html(classSection(comparison));
    html += u"<h3>Side by side</h3><table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>"_s
        + header(comparison.left) + header(comparison.right) + u"</tr>"_s;
    for (const ComparisonRow &row : rows(comparison)) {
        html += u"<tr><th colspan=\"2\" align=\"left\">"_s + SectionWriter::htmlText(row.heading)
            + u"</th></tr>"_s;
        html += u"<tr><td valign=\"top\">"_s + SectionWriter::htmlBody(row.left)
            + u"</td><td valign=\"top\">"_s + SectionWriter::htmlBody(row.right) + u"</td></tr>"_s;
    }
    html += u"</table>"_s;
    if (const std::optional<Section> distinction = distinctionSection(comparison)) {
        html += SectionWriter::html(*distinction);
    }
    return html;
}

QJsonObject ComparisonRenderer::toJson(const Comparison &comparison) const
{
    QJsonObject object {
        {u"left"_s, m_entries.toJson(comparison.left)},
        {u"right"_s, m_entries.toJson(comparison.right)},
        {u"sameClass"_s, comparison.sameClass},
        {u"classSentence"_s, comparison.classSentence},
        {u"keyDifferences"_s, QJsonArray::fromStringList(comparison.keyDifferences)},
        {u"whenToUseWhich"_s,
            QJsonObject {{u"forSender"_s, comparison.forSender}, {u"forServer"_s, comparison.forServer}}},
    };
    if (const Distinction *distinction = comparison.distinction) {
        QJsonArray references;
        for (const Reference &reference : distinction->references) {
            references.append(SectionWriter::json(reference));
        }
        object.insert(u"distinction"_s,
            QJsonObject {{u"codes"_s, QJsonArray::fromStringList(distinction->codes)},
                {u"title"_s, distinction->title}, {u"summary"_s, distinction->summary},
                {u"references"_s, references}});
    } else {
        object.insert(u"distinction"_s, QJsonValue());
    }
    return object;
}

} // namespace SmtpCodes
