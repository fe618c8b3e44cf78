// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonbuilder.h"
#include "comparisonrenderer.h"
#include "knowledgebaseloader.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

class TstComparisonRenderer : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;

    Comparison compare(const QString &a, const QString &b) const
    {
        return ComparisonBuilder(m_base).build(m_base.lookup(a), m_base.lookup(b));
    }

private Q_SLOTS:
    void initTestCase() { m_base = KnowledgeBaseLoader::loadBuiltIn(); }

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
