// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"
#include "comparisonbuilder.h"
#include "comparisonrenderer.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

class TstComparisonRenderer : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;

    QString headlines250And251() const
    {
        const EntryRenderer entries(m_base);
        return u"250 vs 251\n  "_s + entries.headline(m_base.lookup(u"250"_s)) + u"\n  "_s
            + entries.headline(m_base.lookup(u"251"_s));
    }

    Comparison compare(const QString &a, const QString &b) const
    {
        return ComparisonBuilder(m_base).build(m_base.lookup(a), m_base.lookup(b));
    }

private Q_SLOTS:
    void initTestCase() { m_base = BuiltInKnowledgeBase::load(); }

    void referenceCase_250vs251_rendersEverySection()
    {
        const Comparison comparison = compare(u"250"_s, u"251"_s);
        const ComparisonRenderer renderer(m_base);
        const auto rows = renderer.rows(comparison);
        QStringList ids;
        for (const ComparisonRow &row : rows) {
            ids.append(row.id);
            QVERIFY2(!row.left.isEmpty() && !row.right.isEmpty(), qPrintable(row.id));
        }
        QCOMPARE(ids,
            (QStringList {u"class"_s, u"description"_s, u"whenYouSeeIt"_s, u"howToFix"_s, u"commands"_s,
                u"references"_s}));
        const QString text = renderer.toText(comparison);
        for (const QString &heading : {u"Shared class"_s, u"Description"_s, u"When you see it"_s,
                 u"How to fix"_s, u"Key differences"_s, u"When to use which"_s}) {
            QVERIFY2(text.contains(heading), qPrintable(heading));
        }
        QVERIFY(text.contains(m_base.entry(u"250"_s)->description.left(30)));
        QVERIFY(text.contains(m_base.entry(u"251"_s)->howToFix.left(30)));
    }

    // Answer first: key differences and when to use which open every format, then the class,
    // the aligned rows and the curated distinction in full.
    void referenceCase_250vs251_opensWithTheAnswer()
    {
        const Comparison comparison = compare(u"250"_s, u"251"_s);
        QVERIFY(comparison.distinction);
        const ComparisonRenderer renderer(m_base);
        const QStringList textOrder {u"\nKey differences\n"_s, u"\nWhen to use which\n"_s,
            u"\nShared class\n"_s, u"\nClass\n  250:\n"_s, u"\nDescription\n"_s, u"\nWhen you see it\n"_s,
            u"\nHow to fix\n"_s, u"\nCommands that can return it\n"_s, u"\nReferences\n"_s,
            u"\nHow the RFCs settle it: "_s};
        const QStringList markdownOrder {u"\n## Key differences\n"_s, u"\n## When to use which\n"_s,
            u"\n## Shared class\n"_s, u"\n## Side by side\n"_s, u"\n| **Class** |"_s,
            u"\n| **References** |"_s, u"\n## How the RFCs settle it: "_s};
        const QStringList htmlOrder {u"<h2>250 vs 251</h2>"_s, u"<h3>Key differences</h3>"_s,
            u"<h3>When to use which</h3>"_s, u"<h3>Shared class</h3>"_s, u"<h3>Side by side</h3><table"_s,
            u">Class</th>"_s, u">References</th>"_s, u"</table>"_s, u"<h3>How the RFCs settle it: "_s};
        const auto verifyOrder = [](const QString &output, const QStringList &needles) {
            qsizetype from = 0;
            for (const QString &needle : needles) {
                const qsizetype found = output.indexOf(needle, from);
                QVERIFY2(found >= 0, qPrintable(u"not in order: "_s + needle));
                from = found + needle.size();
            }
        };
        verifyOrder(renderer.toText(comparison), textOrder);
        verifyOrder(renderer.toMarkdown(comparison), markdownOrder);
        verifyOrder(renderer.toHtml(comparison), htmlOrder);
        // The first key difference is the curated one, right under the two headlines.
        QVERIFY(renderer.toText(comparison)
                    .contains(headlines250And251() + u"\n\nKey differences\n  - "_s
                        + comparison.keyDifferences.first().left(20)));
    }

    // One table row per aligned row, one column per code, the rows' whole text in the cells.
    void markdown_rowsAreATable()
    {
        const Comparison comparison = compare(u"5.1.1"_s, u"550"_s);
        const ComparisonRenderer renderer(m_base);
        const QString markdown = renderer.toMarkdown(comparison);
        QVERIFY2(markdown.contains(u"\n| | 5.1.1 | 550 |\n| --- | --- | --- |\n"_s), qPrintable(markdown));
        const QList<ComparisonRow> rows = renderer.rows(comparison);
        for (const ComparisonRow &row : rows) {
            const QString line = u"| **"_s + row.heading + u"** | "_s;
            const qsizetype start = markdown.indexOf(u'\n' + line);
            QVERIFY2(start >= 0, qPrintable(line));
            const QString tableRow = markdown.mid(start + 1, markdown.indexOf(u'\n', start + 1) - start - 1);
            QVERIFY2(tableRow.endsWith(u" |"_s), qPrintable(tableRow));
            if (!row.left.paragraphs.isEmpty()) {
                QVERIFY2(tableRow.contains(row.left.paragraphs.first().left(40)), qPrintable(row.id));
            }
        }
        // Its references, all of them, stay links in their cell.
        const QString references = markdown.section(u"\n| **References** | "_s, 1).section(u'\n', 0, 0);
        QCOMPARE(references.count(u"](https://www.rfc-editor.org/"_s),
            comparison.left.entry->references.size() + comparison.right.entry->references.size());
    }

    void json_carriesBothSides()
    {
        const QJsonObject json = ComparisonRenderer(m_base).toJson(compare(u"5.1.1"_s, u"550"_s));
        QCOMPARE(json.value(u"left"_s).toObject().value(u"code"_s).toString(), u"5.1.1"_s);
        QCOMPARE(json.value(u"left"_s).toObject().value(u"class"_s).toString(), u"permanent"_s);
        QCOMPARE(json.value(u"right"_s).toObject().value(u"entry"_s).toString(), u"550"_s);
        QVERIFY(!json.value(u"keyDifferences"_s).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstComparisonRenderer)
#include "tst_comparisonrenderer.moc"
