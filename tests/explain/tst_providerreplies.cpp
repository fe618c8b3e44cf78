// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"
#include "entryrenderer.h"
#include "explainer.h"
#include "explanationrenderer.h"
#include "explanationsections.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

// Real-looking replies of providers and filters (tests/data/explain/providers/replies.tsv),
// each explained as `--explain --format json` does: the provider, the reason and hard or soft
// must be the ones the provider's own documentation gives.
class TstProviderReplies : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;

    QJsonObject explainedJson(const QString &reply) const
    {
        const QJsonArray replies = ExplanationRenderer().toJson(Explainer(m_base).explain(reply));
        return replies.size() == 1 ? replies.first().toObject() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QList<LoadProblem> problems;
        m_base = BuiltInKnowledgeBase::load(&problems);
        QVERIFY(problems.isEmpty());
    }

    void replies_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("bounce");
        QTest::addColumn<QString>("entry"); // the response's key, or empty when any will do
        QFile file(QStringLiteral(SMTPCODES_TEST_DATA "/explain/providers/replies.tsv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        int rows = 0;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(u'#')) {
                continue;
            }
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), 5);
            QTest::newRow(qPrintable(u"%1: %2"_s.arg(fields.at(1), fields.at(0).left(40))))
                << fields.at(0) << fields.at(1) << fields.at(2) << fields.at(3) << fields.at(4);
            ++rows;
        }
        QVERIFY(rows >= 20);
    }

    void replies()
    {
        QFETCH(QString, reply);
        QFETCH(QString, provider);
        QFETCH(QString, reason);
        QFETCH(QString, bounce);
        QFETCH(QString, entry);
        const QJsonObject json = explainedJson(reply);
        QVERIFY2(!json.isEmpty(), "one reply expected");
        QCOMPARE(json.value(u"provider").toString(), provider);
        QCOMPARE(json.value(u"reason").toString(), reason);
        QCOMPARE(json.value(u"bounce").toString(), bounce);
        QVERIFY(!json.value(u"providerEvidence").toString().isEmpty());
        QVERIFY(!json.value(u"evidence").toString().isEmpty());
        const QJsonObject response = json.value(u"providerEntry").toObject();
        QVERIFY2(!response.isEmpty(), "the provider's response is named");
        QVERIFY(response.value(u"entry").toString().startsWith(provider + u'/'));
        QVERIFY(!response.value(u"fix").toString().isEmpty());
        QVERIFY(!response.value(u"sources").toArray().isEmpty());
        if (!entry.isEmpty()) {
            QCOMPARE(response.value(u"entry").toString(), entry);
        }
    }

    // Without a provider's sign the reply is classified as before, and names no provider.
    void unknownProvider()
    {
        const QJsonObject json = explainedJson(u"550 5.2.2 mailbox over quota"_s);
        QVERIFY(json.value(u"provider").isNull());
        QVERIFY(json.value(u"providerEntry").isNull());
        QCOMPARE(json.value(u"reason").toString(), u"MailboxFull"_s);
    }

    // Google gives X.7.27 its own meaning; the registry's is another, and the user is told.
    void registryMeaningDiffers()
    {
        const QJsonObject json = explainedJson(
            u"550-5.7.27 Your email has been blocked because the sender is unauthenticated. Gmail requires "
            u"all senders to authenticate with SPF. https://support.google.com/mail/answer/81126 - gsmtp"_s);
        QCOMPARE(json.value(u"provider").toString(), u"google"_s);
        QVERIFY(json.value(u"providerEntry").toObject().value(u"registryDiffers").toBool());
        const QStringList warnings = json.value(u"warnings").toVariant().toStringList();
        QVERIFY2(
            std::any_of(warnings.cbegin(), warnings.cend(),
                [](const QString &w) { return w.contains(u"own meaning"_s) && w.contains(u"X.7.27"_s); }),
            qPrintable(warnings.join(u" | "_s)));
    }

    // A code outside the registry that a provider documents is called its code, not unknown.
    void providersOwnCode()
    {
        const QJsonObject json
            = explainedJson(u"550 5.7.606 Access denied, banned sending IP [203.0.113.5]"_s);
        const QStringList warnings = json.value(u"warnings").toVariant().toStringList();
        QVERIFY(std::any_of(warnings.cbegin(), warnings.cend(),
            [](const QString &w) { return w.contains(u"Microsoft"_s) && w.contains(u"own code"_s); }));
    }

    // What to do follows the most specific knowledge that matched: the provider's own fix, or
    // for greylisting the sending server's own retry, never the generic X.7.1 advice.
    void adviceFollowsTheMostSpecificKnowledge_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("advice");
        QTest::newRow("provider's fix") << u"550 5.7.606 Access denied, banned sending IP [203.0.113.5]"_s
                                        << u"Microsoft"_s << u"sender.office.com"_s;
        QTest::newRow("greylisting") << u"451 4.7.1 Greylisted, try again later"_s << u"Greylisted"_s
                                     << u"Nothing is to be done"_s;
        QTest::newRow("greylisting, other words")
            << u"450 4.2.0 Greylisting in action, please come back later"_s << u"Greylisted"_s
            << u"Nothing is to be done"_s;
        QTest::newRow("no provider: the code's advice")
            << u"550 5.1.1 <u@example.net>... User unknown"_s << u"5.1.1"_s << u"address"_s;
    }

    void adviceFollowsTheMostSpecificKnowledge()
    {
        QFETCH(QString, reply);
        QFETCH(QString, heading);
        QFETCH(QString, advice);
        const Explanation explanation = Explainer(m_base).explain(reply);
        QCOMPARE(explanation.replies.size(), 1);
        const QList<Section> sections = ExplanationSections().replySections(explanation.replies.first(), 0);
        QCOMPARE(sections.size(), 2);
        const Section &fix = sections.last();
        QVERIFY2(fix.heading.contains(heading), qPrintable(fix.heading));
        QVERIFY2(fix.paragraphs.join(u' ').contains(advice), qPrintable(fix.paragraphs.join(u' ')));
        QVERIFY(!fix.paragraphs.join(u' ').contains(u"Relay access denied"_s));
    }

    // A reason's entry has no class: no empty class line or badge, and it lists what leads to it.
    void reasonEntryHasNoClass()
    {
        const Lookup reason = m_base.find(u"MailboxFull"_s);
        QVERIFY(reason);
        const EntryRenderer renderer(m_base);
        const QString text = renderer.toText(reason);
        QVERIFY2(!text.contains(u"Class:"_s), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"Provider responses that lead here"_s));
        QVERIFY(!renderer.toHtml(reason).contains(u"&nbsp;&nbsp;</span>"_s));
    }

    // The Remote-MTA of a delivery status names the provider even when the text does not.
    void remoteMtaNamesProvider()
    {
        ParsedReply parsed;
        parsed.basic = u"550"_s;
        parsed.enhanced = u"5.1.1"_s;
        parsed.text = u"Recipient address rejected"_s;
        parsed.remoteMta = u"gmail-smtp-in.l.google.com"_s;
        const ExplainedReply explained = Explainer(m_base).explainReply(parsed);
        QVERIFY(explained.provider);
        QCOMPARE(explained.provider->id, u"google"_s);
        QVERIFY(explained.providerEvidence.contains(u"Remote-MTA"_s));
    }
};

QTEST_GUILESS_MAIN(TstProviderReplies)
#include "tst_providerreplies.moc"
