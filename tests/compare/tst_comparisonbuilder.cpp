// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"
#include "comparisonbuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

class TstComparisonBuilder : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;

    Comparison compare(const QString &a, const QString &b) const
    {
        return ComparisonBuilder(m_base).build(m_base.lookup(a), m_base.lookup(b));
    }

private Q_SLOTS:
    void initTestCase() { m_base = BuiltInKnowledgeBase::load(); }

    void referenceCase_250vs251_hasEverySection()
    {
        const Comparison comparison = compare(u"250"_s, u"251"_s);
        QVERIFY(comparison.sameClass);
        QVERIFY2(comparison.classSentence.contains(u"Positive Completion"_s),
            qPrintable(comparison.classSentence));
        QVERIFY(comparison.distinction);
        QVERIFY(comparison.distinction->references.first().rfc == 5321);
        QVERIFY(!comparison.keyDifferences.isEmpty());
        QVERIFY(!comparison.forSender.isEmpty());
        QVERIFY(!comparison.forServer.isEmpty());
    }

    void differentClasses_areNamed()
    {
        const Comparison comparison = compare(u"450"_s, u"550"_s);
        QVERIFY(!comparison.sameClass);
        QVERIFY(comparison.classSentence.contains(u"Transient Negative"_s));
        QVERIFY(comparison.classSentence.contains(u"Permanent Negative"_s));
    }

    void pairWithoutDistinction_getsGeneratedDifferences()
    {
        const Comparison comparison = compare(u"214"_s, u"X.4.7"_s);
        QVERIFY(!comparison.distinction);
        QVERIFY(comparison.keyDifferences.size() >= 2);
        QVERIFY(comparison.keyDifferences.join(u' ').contains(u"enhanced status code"_s));
        QVERIFY(comparison.forServer.contains(m_base.entry(u"214"_s)->useWhen));
    }

    void order_followsTheCaller()
    {
        const Comparison comparison = compare(u"251"_s, u"250"_s);
        QCOMPARE(comparison.left.code, u"251"_s);
        QCOMPARE(comparison.right.code, u"250"_s);
        QVERIFY(comparison.distinction);
    }

    void curatedPartner_isOffered()
    {
        QCOMPARE(ComparisonBuilder(m_base).curatedPartner(u"251"_s).isEmpty(), false);
        QVERIFY(ComparisonBuilder(m_base).curatedPartner(u"X.6.10"_s).isEmpty()
            || m_base.contains(ComparisonBuilder(m_base).curatedPartner(u"X.6.10"_s)));
    }
};

QTEST_GUILESS_MAIN(TstComparisonBuilder)
#include "tst_comparisonbuilder.moc"
