// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonbuilder.h"
#include "comparisonrenderer.h"
#include "entryrenderer.h"
#include "knowledgebaseloader.h"
#include "textwrap.h"

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
    static const KnowledgeBase base = KnowledgeBaseLoader::loadBuiltIn();
    return base;
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
