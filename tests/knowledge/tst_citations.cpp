// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in knowledge base's citations: every reference lands on the section that says it
// (a section of the table, with its title; no Introduction, no Abstract), and the corrections
// of knowledge base 1.1 stay made.
#include "builtinknowledgebase.h"

#include <QTest>
#include <QVersionNumber>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {
QString fieldText(const Entry &entry, const QString &field)
{
    if (field == u"description") {
        return entry.description;
    }
    if (field == u"howToFix") {
        return entry.howToFix;
    }
    if (field == u"useWhen") {
        return entry.useWhen;
    }
    if (field == u"whenYouSeeIt") {
        return entry.whenYouSeeIt;
    }
    if (field == u"notes") {
        return entry.notes.join(u'\n');
    }
    qFatal("no such field %s", qPrintable(field));
}

bool cites(const QList<Reference> &references, int rfc, const QString &section)
{
    return std::any_of(references.cbegin(), references.cend(),
        [&](const Reference &reference) { return reference.rfc == rfc && reference.section == section; });
}

// Every reference of the built-in data with where it stands, for messages.
QList<std::pair<QString, Reference>> allReferences(const KnowledgeBase &base)
{
    QList<std::pair<QString, Reference>> result;
    for (const Entry &entry : base.entries()) {
        for (const Reference &reference : entry.references) {
            result.append({u"entry "_s + entry.code, reference});
        }
        for (const ExtensionMeaning &meaning : entry.extensionMeanings) {
            result.append({u"entry "_s + entry.code + u" ("_s + meaning.extension + u')', meaning.reference});
        }
    }
    for (const Distinction &distinction : base.distinctions()) {
        for (const Reference &reference : distinction.references) {
            result.append({u"distinction "_s + distinction.codes.join(u'/'), reference});
        }
    }
    return result;
}
} // namespace

class TstCitations : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;
    QList<LoadProblem> m_problems;

private Q_SLOTS:
    void initTestCase() { m_base = BuiltInKnowledgeBase::load(&m_problems); }

    void everyReferenceResolvesInTheSectionTable()
    {
        QStringList texts;
        for (const LoadProblem &problem : std::as_const(m_problems)) {
            texts.append(problem.toString());
        }
        QVERIFY2(m_problems.isEmpty(), qPrintable(texts.join(u'\n')));
        const auto references = allReferences(m_base);
        QVERIFY(references.size() > 600);
        for (const auto &[where, reference] : references) {
            const QString label = where + u": "_s + reference.toString();
            QVERIFY2(!reference.title.isEmpty(), qPrintable(label + u" has no title"_s));
            QVERIFY2(reference.section.compare(u"Abstract"_s, Qt::CaseInsensitive) != 0, qPrintable(label));
            QVERIFY2(!reference.title.startsWith(u"Introduction"_s, Qt::CaseInsensitive), qPrintable(label));
        }
        const Entry *entry = m_base.entry(u"550"_s);
        QVERIFY(entry);
        QVERIFY(cites(entry->references, 5321, u"4.2.3"_s));
        for (const Reference &reference : entry->references) {
            if (reference.rfc == 5321 && reference.section == u"4.2.3") {
                QCOMPARE(reference.title, u"Reply Codes in Numeric Order"_s);
            }
        }
    }

    // Items 1, 2, 5, 6 and 7 of the knowledge base 1.1 review: each string is one the old text
    // lacked (has) or held (lacks).
    void correctedTexts_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("has");
        QTest::addColumn<QStringList>("lacks");
        QTest::newRow("1: X.7.1 prefers X.7.20 onwards")
            << u"X.7.1"_s << u"useWhen"_s << QStringList {u"X.7.20 to X.7.22 (DKIM)"_s}
            << QStringList {u"X.7.23 to X.7.27"_s};
        QTest::newRow("2: 530 sends 504 5.5.4, never 538")
            << u"530"_s << u"useWhen"_s << QStringList {u"504 with 5.5.4"_s, u"Do not send 538"_s}
            << QStringList {u"538 (or 534)"_s};
        QTest::newRow("2: 504 agrees")
            << u"504"_s << u"notes"_s << QStringList {u"RFC 4954 §4 answers AUTH with 504"_s}
            << QStringList {u"are the more specific codes"_s};
        QTest::newRow("2: 524 agrees")
            << u"524"_s << u"useWhen"_s << QStringList {u"answer 504 with 5.5.4"_s} << QStringList {};
        QTest::newRow("2: 523 agrees")
            << u"523"_s << u"useWhen"_s << QStringList {} << QStringList {u"538 5.7.11 (RFC 4954)"_s};
        QTest::newRow("3: 521 notes cite RFC 7504 §3")
            << u"521"_s << u"notes"_s << QStringList {u"RFC 7504 §3 says 521 should not be used"_s}
            << QStringList {};
        QTest::newRow("3: 556 notes")
            << u"556"_s << u"notes"_s << QStringList {} << QStringList {u"its abstract"_s};
        QTest::newRow("5: 2.XXX.XXX from RFC 2034 §4's rule")
            << u"2.XXX.XXX"_s << u"howToFix"_s << QStringList {u"every 2xx, 4xx and 5xx reply line"_s}
            << QStringList {u"requires the class to match"_s};
        QTest::newRow("6: X.7.XXX either or both")
            << u"X.7.XXX"_s << u"description"_s << QStringList {u"the sender, the recipient, or both"_s}
            << QStringList {u"jointly responsible"_s};
        QTest::newRow("7: 550 policy wording from RFC 2821")
            << u"550"_s << u"notes"_s
            << QStringList {u"RFC 2821 added 'command rejected for policy reasons'"_s}
            << QStringList {u"RFC 5321 added"_s};
    }

    void correctedTexts()
    {
        QFETCH(QString, code);
        QFETCH(QString, field);
        QFETCH(QStringList, has);
        QFETCH(QStringList, lacks);
        const Entry *entry = m_base.entry(code);
        QVERIFY2(entry, qPrintable(code));
        const QString text = fieldText(*entry, field);
        for (const QString &wanted : std::as_const(has)) {
            QVERIFY2(text.contains(wanted), qPrintable(wanted + u" not in: "_s + text));
        }
        for (const QString &unwanted : std::as_const(lacks)) {
            QVERIFY2(!text.contains(unwanted), qPrintable(unwanted + u" still in: "_s + text));
        }
    }

    // Items 2 to 5 and 7: the section that defines the code, not the Introduction or Abstract.
    void definingSections_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("rfc");
        QTest::addColumn<QString>("section");
        QTest::newRow("521 defined in RFC 7504 §3") << u"521"_s << 7504 << u"3"_s;
        QTest::newRow("556 defined in RFC 7504 §4") << u"556"_s << 7504 << u"4"_s;
        QTest::newRow("X.3.2 paired with 521 in RFC 7504 §6") << u"X.3.2"_s << 7504 << u"6"_s;
        QTest::newRow("X.7.15 registered in RFC 6710 §10") << u"X.7.15"_s << 6710 << u"10"_s;
        QTest::newRow("X.7.17 registered in RFC 7293 §15.3") << u"X.7.17"_s << 7293 << u"15.3"_s;
        QTest::newRow("X.3.6 used in RFC 6710 §4.1") << u"X.3.6"_s << 6710 << u"4.1"_s;
        QTest::newRow("2.XXX.XXX: RFC 2034 §4") << u"2.XXX.XXX"_s << 2034 << u"4"_s;
        QTest::newRow("530: RFC 4954 §4 for 504 5.5.4") << u"530"_s << 4954 << u"4"_s;
        QTest::newRow("550: RFC 2821 §4.2.2") << u"550"_s << 2821 << u"4.2.2"_s;
    }

    void definingSections()
    {
        QFETCH(QString, code);
        QFETCH(int, rfc);
        QFETCH(QString, section);
        const Entry *entry = m_base.entry(code);
        QVERIFY2(entry, qPrintable(code));
        QVERIFY2(cites(entry->references, rfc, section),
            qPrintable(code + u" does not cite RFC "_s + QString::number(rfc) + u" §"_s + section));
    }

    void rfc7504_isNeverCitedByItsIntroductionOrAbstract()
    {
        for (const auto &[where, reference] : allReferences(m_base)) {
            if (reference.rfc == 7504) {
                QVERIFY2(reference.section != u"1" && reference.section != u"Abstract",
                    qPrintable(where + u": "_s + reference.toString()));
            }
        }
        const Distinction *connection = m_base.distinction(u"521"_s, u"554"_s);
        QVERIFY(connection);
        QVERIFY(cites(connection->references, 7504, u"3"_s));
        const Distinction *domain = m_base.distinction(u"521"_s, u"556"_s);
        QVERIFY(domain);
        QVERIFY(cites(domain->references, 7504, u"3"_s) && cites(domain->references, 7504, u"4"_s));
    }

    // The corrected citations came with 1.1; later data keeps them.
    void version_isAtLeast1_1()
    {
        const QVersionNumber version = QVersionNumber::fromString(m_base.info().version);
        QVERIFY2(version >= QVersionNumber(1, 1), qPrintable(m_base.info().version));
    }
};

QTEST_GUILESS_MAIN(TstCitations)
#include "tst_citations.moc"
