// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"
#include "comparisonbuilder.h"
#include "comparisonrenderer.h"
#include "entryrenderer.h"
#include "knowledgebaseloader.h"
#include "textwrap.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {
KnowledgeBase loadFixture(const QString &name)
{
    KnowledgeBaseLoader loader;
    loader.loadFile(QStringLiteral(SMTPCODES_TEST_DATA) + u"/kb/"_s + name);
    return loader.finish();
}

const KnowledgeBase &builtIn()
{
    static const KnowledgeBase base = BuiltInKnowledgeBase::load();
    return base;
}

// The other codes of the curated distinctions of key, in the order the data gives them.
QStringList confusedWith(const QString &key)
{
    QStringList codes;
    for (const Distinction *distinction : builtIn().distinctionsFor(key)) {
        for (const QString &code : distinction->codes) {
            if (code != key && !codes.contains(code)) {
                codes.append(code);
            }
        }
    }
    return codes;
}

// Where each of needles is found in haystack, in order; -1 for one that is missing or that
// comes before the one ahead of it.
QList<qsizetype> positionsInOrder(const QString &haystack, const QStringList &needles)
{
    QList<qsizetype> positions;
    qsizetype from = 0;
    for (const QString &needle : needles) {
        const qsizetype found = haystack.indexOf(needle, from);
        positions.append(found);
        from = found < 0 ? haystack.size() : found + needle.size();
    }
    return positions;
}

void verifyInOrder(const QString &haystack, const QStringList &needles)
{
    const QList<qsizetype> positions = positionsInOrder(haystack, needles);
    for (qsizetype i = 0; i < needles.size(); ++i) {
        QVERIFY2(positions.at(i) >= 0, qPrintable(u"not found in order: "_s + needles.at(i)));
    }
}
} // namespace

class TstRenderers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void html_escapesEveryKnowledgeBaseString()
    {
        const KnowledgeBase base = loadFixture(u"injection.json"_s);
        QCOMPARE(base.entries().size(), 1);
        const QString html = EntryRenderer(base).toHtml(base.lookup(u"250"_s));
        QVERIFY2(!html.contains(u"<script"_s, Qt::CaseInsensitive), qPrintable(html));
        QVERIFY(!html.contains(u"<img"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<b>markup"_s));
        QVERIFY(!html.contains(u"<i>note"_s));
        QVERIFY(html.contains(u"&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;"_s)
            || html.contains(u"&lt;script&gt;alert('title')&lt;/script&gt;"_s));
        QVERIFY(html.contains(u"&amp; an &lt;img"_s));
        // The section ends up inside an href: it must not close the attribute.
        QVERIFY(!html.contains(u"\"><script"_s));
    }

    void html_comparisonEscapesToo()
    {
        KnowledgeBase base = loadFixture(u"injection.json"_s);
        const Lookup lookup = base.lookup(u"250"_s);
        const Comparison comparison = ComparisonBuilder(base).build(lookup, lookup);
        const QString html = ComparisonRenderer(base).toHtml(comparison);
        QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<img"_s, Qt::CaseInsensitive));
    }

    void markdown_escapesMarkup()
    {
        const KnowledgeBase base = loadFixture(u"injection.json"_s);
        const QString markdown = EntryRenderer(base).toMarkdown(base.lookup(u"250"_s));
        QVERIFY(markdown.contains(u"\\<script\\>"_s));
        QVERIFY(markdown.contains(u"## How to fix"_s));
    }

    void text_hasHeadlineAndSections()
    {
        const KnowledgeBase base = loadFixture(u"valid.json"_s);
        const QString text = EntryRenderer(base).toText(base.lookup(u"5.1.1"_s));
        QVERIFY(text.startsWith(u"5.1.1  Bad destination mailbox address  [X.1.1]\n"_s));
        QVERIFY(text.contains(u"Class\n  Permanent Failure (5.X.X): "_s));
        QVERIFY(text.contains(u"How to fix\n  Fixture: check the address."_s));
        QVERIFY(text.contains(u"References\n  RFC 3463 §3.2"_s));
        QVERIFY(text.contains(u"Associated basic codes\n  551 User not local"_s));
    }

    void fixAdvice_namesCodeAndFix()
    {
        const KnowledgeBase base = loadFixture(u"valid.json"_s);
        QCOMPARE(EntryRenderer(base).fixAdviceText(base.lookup(u"551"_s)),
            u"551  User not local; please try <forward-path>\n\nHow to fix:\nFixture: how to fix 551.\n\n"
            u"See: RFC 5321 §4.2.3\n"_s);
    }

    // The answer comes first: class, what to do, meaning and the confused codes, then the long
    // sections in the order they always had.
    void text_opensWithTheSummary()
    {
        const EntryRenderer renderer(builtIn());
        const QString text = renderer.toText(builtIn().lookup(u"550"_s));
        const Entry &entry = *builtIn().entry(u"550"_s);
        const QString opening = u"550  "_s + entry.title
            + u"\n\n  Class: Permanent Negative Completion (5yz)\n"
              u"  What to do: Do not retry unchanged"_s;
        QVERIFY2(text.startsWith(opening), qPrintable(text.left(300)));
        const QString meaning = text.section(u"\n  Meaning: "_s, 1).section(u"\n  "_s, 0, 0);
        QVERIFY2(entry.description.startsWith(meaning), qPrintable(meaning));
        const QStringList codes = confusedWith(u"550"_s);
        QVERIFY(codes.size() >= 2);
        QVERIFY2(text.contains(u"\n  Often confused with: "_s + codes.join(u", "_s) + u"\n\nClass\n"_s),
            qPrintable(text.left(600)));
        verifyInOrder(text,
            {u"\n  Often confused with: "_s, u"\nClass\n"_s, u"\nDescription\n"_s, u"\nWhen you see it\n"_s,
                u"\nHow to fix\n"_s, u"\nWhen a server should send it\n"_s,
                u"\nCommands that can return it\n"_s, u"\nNotes\n"_s, u"\nReferences\n"_s,
                u"\nRelated codes\n"_s, u"\nOften confused with\n"_s});
    }

    void html_opensWithBadgeWhatToDoAndCompareLinks()
    {
        const QString html = EntryRenderer(builtIn()).toHtml(builtIn().lookup(u"550"_s));
        QVERIFY(html.startsWith(u"<h2>550 \u2014 "_s));
        QStringList order {u"<span style=\"background-color:#eab0b0; color:#000000;\">&nbsp;"
                           u"Permanent Negative Completion (5yz)&nbsp;</span>"_s,
            u"<b>What to do:</b> Do not retry unchanged"_s, u"<b>Meaning:</b> "_s,
            u"<b>Often confused with:</b> "_s};
        for (const QString &code : confusedWith(u"550"_s)) {
            order.append(u"<a href=\"compare:550/"_s + code + u"\" title=\"Compare 550 with "_s + code);
        }
        order.append({u"<hr>"_s, u"<h3>Class</h3>"_s, u"<h3>Description</h3>"_s});
        verifyInOrder(html, order);
    }

    void markdownAndJson_carryTheSameSummary()
    {
        const EntryRenderer renderer(builtIn());
        const Lookup lookup = builtIn().lookup(u"5.1.1"_s);
        const QString markdown = renderer.toMarkdown(lookup);
        verifyInOrder(markdown,
            {u"# 5.1.1  Bad destination mailbox address  \\[X.1.1\\]\n\n"_s,
                u"- **Class:** Permanent Failure (5.X.X)\n"_s, u"- **What to do:** Do not retry unchanged"_s,
                u"Who acts: usually the sender"_s, u"\n- **Meaning:** "_s,
                u"\n- **Often confused with:** **X.1.2**, **X.1.10**\n\n## Class"_s});
        const QJsonObject summary = renderer.toJson(lookup).value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"class"_s).toString(), u"permanent"_s);
        QCOMPARE(summary.value(u"retry"_s).toString(), u"not-unchanged"_s);
        QVERIFY(summary.value(u"whatToDo"_s).toString().startsWith(u"Do not retry unchanged"_s));
        QVERIFY(summary.value(u"whoActs"_s).toString().contains(u"sender"_s));
        QVERIFY(builtIn().entry(u"X.1.1"_s)->description.startsWith(summary.value(u"meaning"_s).toString()));
        QCOMPARE(summary.value(u"confusedWith"_s).toArray().toVariantList(),
            QVariant(confusedWith(u"X.1.1"_s)).toList());
        QVERIFY(summary.value(u"seeAlso"_s).toArray().isEmpty());
        // A basic code's subject is unknown: nobody is named.
        QVERIFY(renderer.toJson(builtIn().lookup(u"550"_s))
                    .value(u"summary"_s)
                    .toObject()
                    .value(u"whoActs"_s)
                    .isNull());
    }

    // Lines break between words only, so no width cuts a code (or anything else) in two.
    void wrap_neverBreaksInsideCodes()
    {
        static const QRegularExpression code(uR"([245X]\.(?:\d+|X+)\.(?:\d+|X+|Y+))"_s);
        int codes = 0;
        for (const Entry &entry : builtIn().entries()) {
            for (const QString &text : {entry.description, entry.whenYouSeeIt, entry.howToFix}) {
                const qsizetype expected = text.count(code);
                codes += int(expected);
                for (int width = 8; width <= 100; width += 3) {
                    const QString wrapped = TextWrap::wrap(text, width, u"  "_s, u"    "_s);
                    if (wrapped.count(code) != expected || wrapped.simplified() != text.simplified()) {
                        QFAIL(qPrintable(u"%1 at width %2:\n%3"_s.arg(entry.code).arg(width).arg(wrapped)));
                    }
                }
            }
        }
        QVERIFY(codes > 100);
    }

    void wrap_keepsLinesShort()
    {
        const QString text = u"one two three four five six seven eight nine ten"_s;
        QCOMPARE(TextWrap::wrap(text, 15, u"  "_s, u"    "_s),
            u"  one two three\n    four five\n    six seven\n    eight nine\n    ten"_s);
        QCOMPARE(TextWrap::wrap(u"averyveryverylongword x"_s, 10, {}, {}), u"averyveryverylongword\nx"_s);
    }
};

QTEST_GUILESS_MAIN(TstRenderers)
#include "tst_renderers.moc"
