// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {
// The inventories list every code of RFC 5321, its extensions and the IANA registry that the
// knowledge base promises to cover; they are kept as plain lists beside the fixtures.
QStringList inventory(const QString &name)
{
    QFile file(QStringLiteral(SMTPCODES_TEST_DATA) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read inventory %s", qPrintable(name));
    }
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}
} // namespace

class TstBuiltInKnowledgeBase : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;
    QList<LoadProblem> m_problems;

private Q_SLOTS:
    void initTestCase() { m_base = BuiltInKnowledgeBase::load(&m_problems); }

    void loadsWithoutProblems()
    {
        QStringList texts;
        for (const LoadProblem &problem : std::as_const(m_problems)) {
            texts.append(problem.toString());
        }
        QVERIFY2(texts.isEmpty(), qPrintable(texts.join(u'\n')));
        QCOMPARE(m_base.info().schemaVersion, 1);
        QVERIFY(!m_base.info().version.isEmpty());
        QVERIFY(QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2}$"_s)
                    .match(m_base.info().ianaRegistryChecked)
                    .hasMatch());
    }

    void containsEveryInventoryCode()
    {
        const QStringList basic = inventory(u"inventory-basic-codes.txt"_s);
        const QStringList enhanced = inventory(u"inventory-enhanced-codes.txt"_s);
        QCOMPARE(basic.size(), 45);
        QCOMPARE(enhanced.size(), 92);
        QStringList missing;
        for (const QString &code : basic + enhanced) {
            if (!m_base.contains(code)) {
                missing.append(code);
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"missing: "_s + missing.join(u", "_s)));
        const auto codes = std::count_if(m_base.entries().cbegin(), m_base.entries().cend(),
            [](const Entry &entry) { return entry.isCode(); });
        QCOMPARE(codes, basic.size() + enhanced.size());
    }

    void everyEntryCitesAnRfcSection()
    {
        for (const Entry &entry : m_base.entries()) {
            if (!entry.isCode()) {
                continue; // reasons and provider responses cite their sources instead
            }
            QVERIFY2(!entry.references.isEmpty(), qPrintable(entry.code));
            for (const Reference &reference : entry.references) {
                QVERIFY2(reference.rfc > 0 && !reference.section.isEmpty(), qPrintable(entry.code));
            }
        }
    }

    // The words admins search by: every entry has some, lower case, and the synonym groups load.
    void everyEntryHasSearchKeywords()
    {
        for (const Entry &entry : m_base.entries()) {
            QVERIFY2(!entry.keywords.isEmpty(), qPrintable(entry.code));
            if (!entry.isCode()) {
                continue; // their keywords hold the provider's name and tag as written
            }
            for (const QString &keyword : entry.keywords) {
                QVERIFY2(keyword == keyword.toLower(), qPrintable(entry.code + u": "_s + keyword));
            }
        }
        QVERIFY(m_base.synonyms().groups().size() >= 25);
        QVERIFY(m_base.synonyms().synonymsOf(u"blacklist"_s).contains(u"blocklist"_s));
    }

    void registryOnlyCodesAreMarkedNonStandard()
    {
        for (const QString &code : {u"422"_s, u"430"_s, u"523"_s, u"524"_s, u"525"_s, u"533"_s}) {
            const Entry *entry = m_base.entry(code);
            QVERIFY2(entry, qPrintable(code));
            QVERIFY2(!entry->standard, qPrintable(code));
        }
        QVERIFY(m_base.entry(u"250"_s)->standard);
    }

    void extensionMeaningsAreRecorded_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("extension");
        for (const QString &code : {u"250"_s, u"251"_s, u"252"_s}) {
            QTest::newRow(qPrintable(code + u" ETRN"_s)) << code << u"ETRN"_s;
        }
        for (const QString &code : {u"450"_s, u"451"_s}) {
            QTest::newRow(qPrintable(code + u" ATRN"_s)) << code << u"ATRN"_s;
        }
    }

    void extensionMeaningsAreRecorded()
    {
        QFETCH(QString, code);
        QFETCH(QString, extension);
        const Entry *entry = m_base.entry(code);
        QVERIFY(entry);
        bool found = false;
        for (const ExtensionMeaning &meaning : entry->extensionMeanings) {
            found = found || meaning.extension == extension;
        }
        QVERIFY2(found, qPrintable(code + u" lacks its "_s + extension + u" meaning"_s));
    }

    void curatedDistinctionsCoverTheCommonConfusions()
    {
        QVERIFY(m_base.distinctions().size() >= 15);
        const QList<QStringList> pairs {{u"250"_s, u"251"_s}, {u"251"_s, u"551"_s}, {u"421"_s, u"450"_s},
            {u"450"_s, u"550"_s}, {u"550"_s, u"553"_s}, {u"452"_s, u"552"_s}, {u"500"_s, u"502"_s},
            {u"501"_s, u"555"_s}, {u"503"_s, u"554"_s}, {u"521"_s, u"556"_s}, {u"530"_s, u"535"_s},
            {u"250"_s, u"252"_s}};
        for (const QStringList &pair : pairs) {
            const Distinction *distinction = m_base.distinction(pair.at(0), pair.at(1));
            QVERIFY2(distinction, qPrintable(pair.join(u" vs "_s)));
            QVERIFY(!distinction->references.isEmpty());
        }
    }

    void lookup_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<int>("classDigit");
        QTest::newRow("basic") << u"550"_s << u"550"_s << u"550"_s << 5;
        QTest::newRow("enhanced with class") << u"5.1.1"_s << u"X.1.1"_s << u"5.1.1"_s << 5;
        QTest::newRow("enhanced transient") << u"4.2.2"_s << u"X.2.2"_s << u"4.2.2"_s << 4;
        QTest::newRow("registry form") << u"X.7.1"_s << u"X.7.1"_s << u"X.7.1"_s << 0;
        QTest::newRow("class row") << u"4.XXX.YYY"_s << u"4.XXX.XXX"_s << u"4.XXX.XXX"_s << 4;
        QTest::newRow("subject row") << u"X.7.XXX"_s << u"X.7.XXX"_s << u"X.7.XXX"_s << 0;
    }

    void lookup()
    {
        QFETCH(QString, input);
        QFETCH(QString, entry);
        QFETCH(QString, shown);
        QFETCH(int, classDigit);
        const Lookup result = m_base.lookup(input);
        QVERIFY2(result, qPrintable(result.error));
        QCOMPARE(result.entry->code, entry);
        QCOMPARE(result.code, shown);
        QCOMPARE(result.codeClass.has_value(), classDigit != 0);
        if (classDigit != 0) {
            QCOMPARE(CodeClasses::digit(*result.codeClass), classDigit);
        }
    }

    void lookup_unknownCodesExplainWhy()
    {
        const Lookup invalid = m_base.lookup(u"999"_s);
        QVERIFY(!invalid);
        QVERIFY2(invalid.error.contains(u"not an SMTP reply code"_s), qPrintable(invalid.error));
        const Lookup unassigned = m_base.lookup(u"259"_s);
        QVERIFY(!unassigned);
        QVERIFY2(unassigned.error.contains(u"259"_s), qPrintable(unassigned.error));
        const Lookup provider = m_base.lookup(u"5.7.606"_s);
        QVERIFY(!provider);
        QVERIFY2(provider.error.contains(u"provider-specific"_s) && provider.error.contains(u"X.7.XXX"_s),
            qPrintable(provider.error));
    }
};

QTEST_GUILESS_MAIN(TstBuiltInKnowledgeBase)
#include "tst_builtinknowledgebase.moc"
