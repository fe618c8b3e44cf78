// SPDX-License-Identifier: GPL-3.0-or-later
// The summary an entry opens with: what to do follows the class, who acts the subject, the
// meaning the description, and the links the curated distinctions.
#include "builtinknowledgebase.h"
#include "entrysummarybuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {
// The enhanced code of a detail entry written with a class digit: "X.1.1" and 5 give "5.1.1".
QString withDigit(const QString &key, int digit)
{
    return QString::number(digit) + key.mid(1);
}
} // namespace

class TstEntrySummaryBuilder : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;

    EntrySummary summary(const QString &code) const
    {
        const Lookup lookup = m_base.lookup(code);
        if (!lookup) {
            qFatal("no entry for %s", qPrintable(code));
        }
        return EntrySummaryBuilder(m_base).build(lookup);
    }

private Q_SLOTS:
    void initTestCase() { m_base = BuiltInKnowledgeBase::load(); }

    // Every entry, with every class it is used with: retry or not follows the class digit
    // (RFC 5321 §4.2.1, RFC 3463 §2), whatever the entry says elsewhere.
    void retry_followsTheClassOfEveryCode()
    {
        int checked = 0;
        for (const Entry &entry : m_base.entries()) {
            if (!entry.isCode()) {
                continue; // a provider's response says its own retry (tst_providerreplies)
            }
            for (const CodeClass codeClass : entry.classes) {
                const int digit = CodeClasses::digit(codeClass);
                const QString code = entry.isBasic() || entry.kind == CodeKind::EnhancedClass
                    ? entry.code
                    : withDigit(entry.code, digit);
                const EntrySummary result = summary(code);
                const QString context = code + u": "_s + result.whatToDo;
                QCOMPARE(result.classDigit, digit);
                switch (digit) {
                case 2:
                    QCOMPARE(result.retry, EntrySummary::Retry::NotNeeded);
                    QVERIFY2(result.whatToDo.startsWith(u"Nothing to retry"_s), qPrintable(context));
                    QVERIFY2(result.whoActs.isEmpty(), qPrintable(context));
                    break;
                case 3:
                    QCOMPARE(result.retry, EntrySummary::Retry::Continue);
                    QVERIFY2(result.whoActs.isEmpty(), qPrintable(context));
                    break;
                case 4:
                    QCOMPARE(result.retry, EntrySummary::Retry::Later);
                    QVERIFY2(result.whatToDo.startsWith(u"Retry later, unchanged"_s), qPrintable(context));
                    QVERIFY2(result.whatToDo.contains(u"sending server"_s), qPrintable(context));
                    break;
                case 5:
                    QCOMPARE(result.retry, EntrySummary::Retry::NotUnchanged);
                    QVERIFY2(result.whatToDo.startsWith(u"Do not retry unchanged"_s), qPrintable(context));
                    break;
                default:
                    QFAIL(qPrintable(context));
                }
                ++checked;
            }
        }
        QVERIFY(checked > 137);
    }

    void retry_ofACodeWithoutClass_dependsOnIt()
    {
        const EntrySummary result = summary(u"X.1.1"_s);
        QCOMPARE(result.retry, EntrySummary::Retry::DependsOnClass);
        QVERIFY(!result.codeClass);
        QCOMPARE(result.classDigit, 0);
        QCOMPARE(result.classLabel, u"Persistent Transient Failure (4.X.X) or Permanent Failure (5.X.X)"_s);
        QVERIFY2(result.whatToDo.contains(u"with 4.1.1, retry later"_s), qPrintable(result.whatToDo));
        QVERIFY2(
            result.whatToDo.contains(u"with 5.1.1, do not retry unchanged"_s), qPrintable(result.whatToDo));
        QCOMPARE(EntrySummaryBuilder::retryId(result.retry), u"depends-on-class"_s);
    }

    // RFC 3463 §2 names who usually controls each subject, except X.0 and X.5.
    void whoActs_followsTheSubject_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("who");
        QTest::newRow("addressing") << u"5.1.1"_s << u"sender"_s;
        QTest::newRow("mailbox") << u"4.2.2"_s << u"recipient"_s;
        QTest::newRow("mail system") << u"4.3.1"_s << u"receiving mail system"_s;
        QTest::newRow("network") << u"4.4.1"_s << u"system on the way"_s;
        QTest::newRow("content") << u"5.6.1"_s << u"both must support"_s;
        QTest::newRow("policy") << u"5.7.1"_s << u"the recipient or both"_s;
        QTest::newRow("subject row") << u"X.2.XXX"_s << u"recipient"_s;
        QTest::newRow("undefined subject") << u"5.0.0"_s << QString();
        QTest::newRow("protocol") << u"5.5.1"_s << QString();
        QTest::newRow("basic code") << u"550"_s << QString();
        QTest::newRow("class row") << u"5.XXX.XXX"_s << QString();
        QTest::newRow("success") << u"2.1.5"_s << QString();
    }

    void whoActs_followsTheSubject()
    {
        QFETCH(QString, code);
        QFETCH(QString, who);
        const EntrySummary result = summary(code);
        if (who.isEmpty()) {
            QVERIFY2(result.whoActs.isEmpty(), qPrintable(result.whoActs));
        } else {
            QVERIFY2(result.whoActs.contains(who), qPrintable(result.whoActs));
        }
    }

    void shortMeaning_isTheFirstSentence_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("meaning");
        QTest::newRow("two sentences")
            << u"It failed for good. RFC 5321 gives reasons."_s << u"It failed for good."_s;
        QTest::newRow("one sentence") << u"It failed for good"_s << u"It failed for good"_s;
        QTest::newRow("abbreviation")
            << u"It failed, e.g. Gmail's reply. Then more."_s << u"It failed, e.g. Gmail's reply."_s;
        QTest::newRow("code inside") << u"Sent as 5.1.1 or X.1.1 by servers. More."_s
                                     << u"Sent as 5.1.1 or X.1.1 by servers."_s;
        QTest::newRow("code at the end")
            << u"The pair is 550 5.1.1. Then 4.2.2 follows."_s << u"The pair is 550 5.1.1."_s;
        QTest::newRow("where it is defined") << u"Registered by RFC 7372. The SPF check failed. More."_s
                                             << u"Registered by RFC 7372. The SPF check failed."_s;
        QTest::newRow("general code")
            << u"The general code of the mail system subject. The system failed. More."_s
            << u"The general code of the mail system subject. The system failed."_s;
        QTest::newRow("no definition")
            << u"No RFC defines 422. The registry lists it with X.7.12."_s << u"No RFC defines 422."_s;
        QTest::newRow("folded white space") << u"First\n  line. Second."_s << u"First line."_s;
    }

    void shortMeaning_isTheFirstSentence()
    {
        QFETCH(QString, description);
        QFETCH(QString, meaning);
        QCOMPARE(EntrySummaryBuilder::shortMeaning(description), meaning);
    }

    // Every meaning the built-in data gives is where its description starts, and says more
    // than where the code is defined.
    void shortMeaning_ofEveryEntry_startsItsDescription()
    {
        for (const Entry &entry : m_base.entries()) {
            if (!entry.isCode()) {
                continue; // found by key through find(), not as a code
            }
            const QString meaning = summary(entry.code).meaning;
            QVERIFY2(entry.description.simplified().startsWith(meaning), qPrintable(entry.code));
            QVERIFY2(meaning.size() >= 30, qPrintable(entry.code + u": "_s + meaning));
        }
    }

    // "Often confused with": every other code of the curated distinctions of the entry, once,
    // each a link that opens the comparison with the code as looked up.
    void confusedWith_comesFromTheDistinctions()
    {
        for (const QString &code : {u"550"_s, u"5.1.1"_s, u"251"_s}) {
            const Lookup lookup = m_base.lookup(code);
            QStringList expected;
            for (const Distinction *distinction : m_base.distinctionsFor(lookup.entry->code)) {
                for (const QString &other : distinction->codes) {
                    if (other != lookup.entry->code && !expected.contains(other)) {
                        expected.append(other);
                    }
                }
            }
            QVERIFY(!expected.isEmpty());
            const EntrySummary result = EntrySummaryBuilder(m_base).build(lookup);
            QStringList codes;
            for (const CodeLink &link : result.confusedWith) {
                codes.append(link.code);
                QCOMPARE(link.compareWith, code);
                QCOMPARE(link.title, m_base.entry(link.code)->title);
                QVERIFY(!link.note.isEmpty());
            }
            QCOMPARE(codes, expected);
            QVERIFY(result.seeAlso.isEmpty());
        }
    }

    void seeAlso_standsInWhenThereIsNoDistinction()
    {
        const Entry *entry = m_base.entry(u"X.3.0"_s);
        QVERIFY(m_base.distinctionsFor(entry->code).isEmpty());
        QVERIFY(entry->related.size() > EntrySummaryBuilder::seeAlsoLimit);
        const EntrySummary result = summary(u"X.3.0"_s);
        QVERIFY(result.confusedWith.isEmpty());
        QCOMPARE(result.seeAlso.size(), EntrySummaryBuilder::seeAlsoLimit);
        for (qsizetype i = 0; i < result.seeAlso.size(); ++i) {
            QCOMPARE(result.seeAlso.at(i).code, entry->related.at(i));
            QVERIFY(result.seeAlso.at(i).compareWith.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TstEntrySummaryBuilder)
#include "tst_entrysummarybuilder.moc"
