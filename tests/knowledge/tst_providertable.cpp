// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"
#include "knowledgebaseloader.h"
#include "providerreader.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

// The providers of the built-in knowledge base, and the checks every provider file passes.
class TstProviderTable : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;

    // The problems of one provider file's text, read against the built-in reasons.
    QStringList problemsOf(const QByteArray &json) const
    {
        ProviderTable table;
        QList<LoadProblem> problems;
        ProviderReader(&table, &m_base.reasons(), &problems)
            .read(QJsonDocument::fromJson(json).object().value(u"providers").toArray(), u"test.json"_s);
        QStringList texts;
        for (const LoadProblem &problem : problems) {
            texts.append(problem.toString());
        }
        return texts;
    }

    static QByteArray providerWith(const QByteArray &responseFields)
    {
        return QByteArray(
                   "{\"providers\": [{\"id\": \"acme\", \"name\": \"Acme\", \"kind\": \"mailbox\", "
                   "\"hosts\": [\"acme.example\"], \"url\": \"https://acme.example/postmaster\", "
                   "\"sources\": [{\"url\": \"https://acme.example\", \"checked\": \"2026-12-01\"}], "
                   "\"responses\": [{\"id\": \"r1\", \"title\": \"T\", \"meaning\": \"M\", \"fix\": \"F\", "
                   "\"retry\": \"R\", \"whoActs\": [\"sender\"], \"documented\": true, \"sources\": "
                   "[{\"url\": \"https://acme.example/e\", \"checked\": \"2026-12-01\"}], ")
            + responseFields + "}]}]}";
    }

private Q_SLOTS:
    void initTestCase()
    {
        QList<LoadProblem> problems;
        m_base = BuiltInKnowledgeBase::load(&problems);
        for (const LoadProblem &problem : std::as_const(problems)) {
            qWarning("%s", qPrintable(problem.toString()));
        }
        QVERIFY(problems.isEmpty());
    }

    void countsAndSources()
    {
        const ProviderTable &providers = m_base.providers();
        QVERIFY2(
            providers.providers().size() >= 25, qPrintable(QString::number(providers.providers().size())));
        QVERIFY2(
            providers.responses().size() >= 400, qPrintable(QString::number(providers.responses().size())));
        QSet<QString> withResponses;
        for (const ProviderResponse &response : providers.responses()) {
            withResponses.insert(response.provider);
            QVERIFY2(!response.sources.isEmpty(), qPrintable(response.key()));
            for (const QString &source : response.sources) {
                QVERIFY2(source.contains(u"(checked 20"_s), qPrintable(response.key()));
            }
            QVERIFY(m_base.reasons().reason(response.reason));
            QVERIFY(m_base.entry(response.key()));
        }
        QCOMPARE(withResponses.size(), providers.providers().size());
        for (const QString &id : {u"google"_s, u"microsoft"_s, u"yahoo"_s, u"apple"_s, u"proofpoint"_s,
                 u"mimecast"_s, u"barracuda"_s, u"postfix"_s, u"exim"_s}) {
            QVERIFY2(providers.provider(id), qPrintable(id));
        }
    }

    void lookups()
    {
        const ProviderTable &providers = m_base.providers();
        QCOMPARE(providers.byHost(u"gmail-smtp-in.l.google.com")->id, u"google"_s);
        QCOMPARE(providers.byHost(u"mx1.hotmail.com.olc.protection.outlook.com")->id, u"outlook"_s);
        QCOMPARE(providers.byHost(u"contoso-com.mail.protection.outlook.com")->id, u"microsoft"_s);
        QVERIFY(!providers.byHost(u"notgoogle.com"));
        QCOMPARE(providers.byDomain(u"GMail.com")->id, u"google"_s);
        QVERIFY(!providers.byTag(u"tss04").isEmpty());
        const QList<const ProviderResponse *> ranged = providers.byEnhanced(u"5.7.610");
        QVERIFY(!ranged.isEmpty());
        QCOMPARE(ranged.first()->key(), u"microsoft/banned-sending-ip"_s);
        QVERIFY(providers.byEnhanced(u"5.7.650").isEmpty()
            || ranged.first() != providers.byEnhanced(u"5.7.650").first());
    }

    void find()
    {
        QCOMPARE(m_base.find(u"5.7.610").entry->code, u"microsoft/banned-sending-ip"_s);
        QCOMPARE(m_base.find(u"5.7.606").entry->code, u"microsoft/banned-sending-ip"_s);
        QCOMPARE(m_base.find(u"TSS04").entry->response->provider, u"yahoo"_s);
        QCOMPARE(m_base.find(u"mailboxfull").entry->code, u"MailboxFull"_s);
        QCOMPARE(m_base.find(u"5.1.1").entry->code, u"X.1.1"_s); // the registry comes first
        QVERIFY(!m_base.find(u"NOSUCHTAG9"));
        QVERIFY(m_base.find(u"NOSUCHTAG9").error.contains(u"no code, reason"_s));
        // A reason lists what leads to it: codes and provider responses.
        const Entry *full = m_base.entry(u"MailboxFull"_s);
        QVERIFY(full->related.contains(u"X.2.2"_s));
        QVERIFY(std::any_of(full->related.cbegin(), full->related.cend(),
            [](const QString &key) { return key.startsWith(u"google/"_s); }));
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown reason") << QByteArray(
            R"("basic": "550", "patterns": ["some words"], "reason": "Mailboxfull", "bounce": "soft")")
                                        << u"field \"reason\": unknown reason"_s;
        QTest::newRow("hard under 4xx") << QByteArray(
            R"("basic": "450", "patterns": ["no such user"], "reason": "UserUnknown", "bounce": "hard")")
                                        << u"field \"bounce\""_s;
        QTest::newRow("hard with a soft reason") << QByteArray(
            R"("basic": "550", "patterns": ["spam here"], "reason": "SpamDetected", "bounce": "hard")")
                                                 << u"field \"bounce\""_s;
        QTest::newRow("range downwards") << QByteArray(
            R"("basic": "550", "enhanced": "5.7.649-5.7.606", "reason": "Blocked", "bounce": "soft")")
                                         << u"field \"enhanced\": a range"_s;
        QTest::newRow("range over subjects") << QByteArray(
            R"("basic": "550", "enhanced": "5.7.1-5.8.2", "reason": "Blocked", "bounce": "soft")")
                                             << u"field \"enhanced\""_s;
        QTest::newRow("nothing to match")
            << QByteArray(R"("basic": "550", "reason": "Blocked", "bounce": "soft")") << u"needs patterns"_s;
        QTest::newRow("upper-case pattern") << QByteArray(
            R"("basic": "550", "patterns": ["Banned IP"], "reason": "Blocked", "bounce": "soft")")
                                            << u"lower case"_s;
        QTest::newRow("bad basic") << QByteArray(
            R"("basic": "350", "patterns": ["banned ip"], "reason": "Blocked", "bounce": "soft")")
                                   << u"field \"basic\""_s;
        QTest::newRow("unknown field") << QByteArray(
            R"("basic": "550", "patterns": ["banned ip"], "reason": "Blocked", "bounce": "soft", "severity": 3)")
                                       << u"severity"_s;
    }

    void problems()
    {
        QFETCH(QByteArray, fields);
        QFETCH(QString, expected);
        const QStringList found = problemsOf(providerWith(fields));
        QVERIFY2(
            std::any_of(found.cbegin(), found.cend(), [&](const QString &p) { return p.contains(expected); }),
            qPrintable(found.join(u" | "_s)));
        QVERIFY(found.first().contains(u"response acme/r1"_s));
    }

    // A team's overlay adds its own provider, which is then listed, found and matched.
    void overlayAddsAProvider()
    {
        KnowledgeBaseLoader loader;
        BuiltInKnowledgeBase::loadInto(loader);
        loader.setLocal(true);
        loader.loadData(
            providerWith(R"("basic": "550", "tag": "ACME7", "reason": "Blocked", "bounce": "soft")"),
            u"local.json"_s);
        const KnowledgeBase base = loader.finish();
        QVERIFY(loader.problems().isEmpty());
        QVERIFY(base.providers().provider(u"acme"_s));
        QCOMPARE(base.providers().responses().size(), m_base.providers().responses().size() + 1);
        QCOMPARE(base.find(u"ACME7"_s).entry->code, u"acme/r1"_s);
        QCOMPARE(base.providers().byHost(u"mx1.acme.example")->id, u"acme"_s);
    }

    void soundResponseLoads()
    {
        QCOMPARE(
            problemsOf(providerWith(
                R"("basic": "550", "enhanced": "5.7.606-5.7.649", "reason": "Blocked", "bounce": "soft")")),
            QStringList());
    }
};

QTEST_GUILESS_MAIN(TstProviderTable)
#include "tst_providertable.moc"
