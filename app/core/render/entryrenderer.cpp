// SPDX-License-Identifier: GPL-3.0-or-later
#include "entryrenderer.h"

#include "cataloguesections.h"

#include "entrysummarybuilder.h"
#include "entrysummarywriter.h"
#include "sectionwriter.h"
#include "textwrap.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
Section bulletSection(const QString &id, const QString &heading, const QStringList &bullets)
{
    Section section;
    section.id = id;
    section.heading = heading;
    section.bullets = bullets;
    return section;
}

QJsonArray toJsonArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

Section textSection(const QString &id, const QString &heading, const QString &text)
{
    Section section;
    section.id = id;
    section.heading = heading;
    section.paragraphs = {text};
    return section;
}
} // namespace

EntryRenderer::EntryRenderer(const KnowledgeBase &base)
    : m_base(base)
{ }

QString EntryRenderer::commandLabel(const QString &command)
{
    if (command == u"CONNECT") {
        return u"connection greeting"_s;
    }
    if (command == u"ANY") {
        return u"any command"_s;
    }
    return command;
}

QList<CodeLink> EntryRenderer::codeLinks(const QStringList &codes) const
{
    QList<CodeLink> links;
    for (const QString &code : codes) {
        const Entry *entry = m_base.entry(code);
        links.append({code, entry ? entry->title : QString(), {}, {}});
    }
    return links;
}

Section EntryRenderer::classSection(const Lookup &lookup)
{
    Section section;
    section.id = u"class"_s;
    section.heading = u"Class"_s;
    const Entry &entry = *lookup.entry;
    if (const auto codeClass = lookup.effectiveClass()) {
        section.paragraphs.append(
            CodeClasses::label(*codeClass) + u": "_s + CodeClasses::meaning(*codeClass));
        if (!entry.classes.contains(*codeClass)) {
            QStringList usual;
            for (const CodeClass usualClass : entry.classes) {
                usual.append(CodeClasses::label(usualClass));
            }
            section.paragraphs.append(u"%1 is normally used as %2, not with class %3."_s.arg(
                entry.code, usual.join(u" or "_s), QString::number(CodeClasses::digit(*codeClass))));
        }
    } else {
        QStringList labels;
        for (const CodeClass each : entry.classes) {
            labels.append(CodeClasses::label(each));
        }
        section.paragraphs.append(u"Used as %1. The digit that replaces X in a reply gives the class."_s.arg(
            labels.join(u" or "_s)));
    }
    if (!entry.standard && entry.isCode()) {
        section.paragraphs.append(u"Non-standard: no RFC defines this code as such; clients that do not know "
                                  u"it read only its first "
                                  u"digit (RFC 5321 §4.2)."_s);
    }
    return section;
}

EntrySummary EntryRenderer::summary(const Lookup &lookup) const
{
    return EntrySummaryBuilder(m_base).build(lookup);
}

QList<Section> EntryRenderer::sections(const Lookup &lookup) const
{
    const Entry &entry = *lookup.entry;
    QList<Section> result;
    if (entry.local) {
        result.append(textSection(u"local"_s, u"Local entry"_s,
            u"From your local knowledge base (%1), not from the built-in reference."_s.arg(
                entry.sourceFile)));
    }
    if (!entry.reason) {
        result.append(classSection(lookup));
    }
    result.append(textSection(u"description"_s, u"Description"_s, entry.description));
    if (entry.response) {
        result.append(CatalogueSections(m_base).responseSections(entry));
    } else if (entry.reason) {
        result.append(CatalogueSections(m_base).reasonSections(entry));
    }
    result.append(textSection(u"whenYouSeeIt"_s, u"When you see it"_s, entry.whenYouSeeIt));
    result.append(textSection(u"howToFix"_s, u"How to fix"_s, entry.howToFix));
    result.append(textSection(u"useWhen"_s, u"When a server should send it"_s, entry.useWhen));

    QStringList commands;
    for (const QString &command : entry.commands) {
        commands.append(commandLabel(command));
    }
    result.append(textSection(u"commands"_s, u"Commands that can return it"_s, commands.join(u", "_s)));

    if (!entry.extensionMeanings.isEmpty()) {
        Section section;
        section.id = u"extensionMeanings"_s;
        section.heading = u"Other meanings under extensions"_s;
        for (const ExtensionMeaning &meaning : entry.extensionMeanings) {
            section.bullets.append(u"%1: %2 (%3)"_s.arg(
                meaning.extension, meaning.meaning, meaning.reference.toStringWithTitle()));
        }
        result.append(section);
    }
    if (!entry.isBasic() && (!entry.basicCodes.isEmpty() || !entry.basicCodesNote.isEmpty())) {
        Section section;
        section.id = u"basicCodes"_s;
        section.heading = u"Associated basic codes"_s;
        section.codes = codeLinks(entry.basicCodes);
        if (!entry.basicCodesNote.isEmpty()) {
            section.paragraphs.append(u"Registry: "_s + entry.basicCodesNote);
        }
        result.append(section);
    }
    if (!entry.notes.isEmpty()) {
        result.append(bulletSection(u"notes"_s, u"Notes"_s, entry.notes));
    }
    if (!entry.localNotes.isEmpty()) {
        result.append(bulletSection(u"localNotes"_s, u"Local notes"_s, entry.localNotes));
    }
    Section references;
    references.id = u"references"_s;
    references.heading = u"References"_s;
    references.references = entry.references;
    result.append(references);

    if (!entry.related.isEmpty() && entry.isCode()) { // the others list theirs above
        Section section;
        section.id = u"related"_s;
        section.heading = u"Related codes"_s;
        section.codes = codeLinks(entry.related);
        result.append(section);
    }
    if (std::optional<Section> confused = confusedWithSection(lookup)) {
        result.append(*confused);
    }
    if (!entry.isCode()) {
        // Their data has no RFC sections, commands or server-side use: no empty headings.
        result.removeIf([](const Section &section) {
            return section.bullets.isEmpty() && section.codes.isEmpty() && section.references.isEmpty()
                && std::all_of(section.paragraphs.cbegin(), section.paragraphs.cend(),
                    [](const QString &text) { return text.trimmed().isEmpty(); });
        });
    }
    return result;
}

std::optional<Section> EntryRenderer::confusedWithSection(const Lookup &lookup) const
{
    const Entry &entry = *lookup.entry;
    const auto distinctions = m_base.distinctionsFor(entry.code);
    if (distinctions.isEmpty()) {
        return std::nullopt;
    }
    Section section;
    section.id = u"confusedWith"_s;
    section.heading = u"Often confused with"_s;
    for (const Distinction *distinction : distinctions) {
        for (const QString &code : distinction->codes) {
            if (code != entry.code) {
                const Entry *other = m_base.entry(code);
                section.codes.append(
                    {code, other ? other->title : QString(), distinction->title, lookup.code});
            }
        }
    }
    return section;
}

QString EntryRenderer::headline(const Lookup &lookup) const
{
    QString line = lookup.code + u"  "_s + lookup.entry->title;
    if (lookup.code != lookup.entry->code) {
        line += u"  ["_s + lookup.entry->code + u']';
    }
    if (lookup.entry->local) {
        line += u"  (local)"_s;
    }
    return line;
}

QString EntryRenderer::toText(const Lookup &lookup) const
{
    QStringList blocks {headline(lookup), EntrySummaryWriter::text(summary(lookup))};
    for (const Section &section : sections(lookup)) {
        blocks.append(SectionWriter::text(section));
    }
    return blocks.join(u"\n\n"_s) + u'\n';
}

QString EntryRenderer::toMarkdown(const Lookup &lookup) const
{
    QStringList blocks {u"# "_s + SectionWriter::markdownEscaped(headline(lookup)),
        EntrySummaryWriter::markdown(summary(lookup))};
    for (const Section &section : sections(lookup)) {
        blocks.append(SectionWriter::markdown(section));
    }
    return blocks.join(u"\n\n"_s) + u'\n';
}

QString EntryRenderer::toHtml(const Lookup &lookup) const
{
    QString html = u"<h2>"_s + SectionWriter::htmlText(lookup.code) + u" \u2014 "_s
        + SectionWriter::htmlText(lookup.entry->title) + (lookup.entry->local ? u" (local)"_s : QString())
        + u"</h2>"_s;
    html += EntrySummaryWriter::html(summary(lookup)) + u"<hr>"_s;
    for (const Section &section : sections(lookup)) {
        html += SectionWriter::html(section);
    }
    return html;
}

QJsonObject EntryRenderer::toJson(const Lookup &lookup) const
{
    const Entry &entry = *lookup.entry;
    const auto codeClass = lookup.effectiveClass();
    QJsonArray classes;
    for (const CodeClass each : entry.classes) {
        classes.append(CodeClasses::id(each));
    }
    QJsonArray references;
    for (const Reference &reference : entry.references) {
        references.append(SectionWriter::json(reference));
    }
    QJsonArray meanings;
    for (const ExtensionMeaning &meaning : entry.extensionMeanings) {
        meanings.append(QJsonObject {{u"extension"_s, meaning.extension}, {u"meaning"_s, meaning.meaning},
            {u"reference"_s, SectionWriter::json(meaning.reference)}});
    }
    QJsonArray confused;
    for (const Distinction *distinction : m_base.distinctionsFor(entry.code)) {
        for (const QString &code : distinction->codes) {
            if (code != entry.code) {
                confused.append(QJsonObject {{u"code"_s, code}, {u"distinction"_s, distinction->title}});
            }
        }
    }
    QJsonObject object {
        {u"code"_s, lookup.code},
        {u"entry"_s, entry.code},
        {u"kind"_s, entry.kindName()},
        {u"class"_s, codeClass ? QJsonValue(CodeClasses::id(*codeClass)) : QJsonValue()},
        {u"classes"_s, classes},
        {u"standard"_s, entry.standard},
        {u"title"_s, entry.title},
        {u"description"_s, entry.description},
        {u"whenYouSeeIt"_s, entry.whenYouSeeIt},
        {u"howToFix"_s, entry.howToFix},
        {u"useWhen"_s, entry.useWhen},
        {u"commands"_s, toJsonArray(entry.commands)},
        {u"references"_s, references},
        {u"related"_s, toJsonArray(entry.related)},
        {u"extensionMeanings"_s, meanings},
        {u"notes"_s, toJsonArray(entry.notes)},
        {u"local"_s, entry.local},
        {u"localNotes"_s, toJsonArray(entry.localNotes)},
        {u"confusedWith"_s, confused},
        {u"summary"_s, EntrySummaryWriter::json(summary(lookup))},
    };
    if (!entry.isBasic()) {
        object.insert(u"basicCodes"_s, toJsonArray(entry.basicCodes));
        object.insert(u"basicCodesNote"_s, entry.basicCodesNote);
    }
    return object;
}

QString EntryRenderer::fixAdviceText(const Lookup &lookup) const
{
    return headline(lookup) + u"\n\nHow to fix:\n"_s
        + TextWrap::wrap(lookup.entry->howToFix, SectionWriter::textWidth, {}, {}) + u"\n\nSee: "_s
        + lookup.entry->references.first().toStringWithTitle() + u'\n';
}

} // namespace SmtpCodes
