// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"
#include "explainer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

// The reason and hard/soft verdict of real-looking replies, from the built-in reasons.json.
class TstReasonClassifier : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;

private Q_SLOTS:
    void initTestCase() { m_base = BuiltInKnowledgeBase::load(); }

    void replies_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("bounce"); // hard, soft, or empty
        QTest::addColumn<QString>("evidence"); // a substring

        QTest::newRow("user unknown")
            << u"550 5.1.1 <u@example.com>: Recipient address rejected: User unknown"_s << u"UserUnknown"_s
            << u"hard"_s << u"user unknown"_s;
        QTest::newRow("user unknown, but only 4xx")
            << u"450 4.1.1 <u@example.com>: Recipient address rejected: User unknown in local recipient table"_s
            << u"UserUnknown"_s << u"soft"_s << u"X.1.1"_s;
        QTest::newRow("mailbox full")
            << u"552 5.2.2 Mailbox full"_s << u"MailboxFull"_s << u"soft"_s << u"X.2.2"_s;
        QTest::newRow("greylisting, by its words")
            << u"451 4.7.1 Greylisted, please try again in 300 seconds"_s << u"SpamDetected"_s << u"soft"_s
            << u"greylist"_s;
        QTest::newRow("blocklisted")
            << u"554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org"_s
            << u"Blocked"_s << u"soft"_s << u"blocked using"_s;
        QTest::newRow("spam, 5xx and still soft")
            << u"550 5.7.1 Message rejected as spam by Content Filtering"_s << u"SpamDetected"_s << u"soft"_s
            << u"spam"_s;
        QTest::newRow("generic code, telling words")
            << u"550 5.0.0 Requested action not taken: mailbox unavailable, user unknown"_s
            << u"UserUnknown"_s << u"hard"_s << u"text:"_s;
        QTest::newRow("no mail accepted")
            << u"521 5.3.2 example.com does not accept mail"_s << u"NotAccept"_s << u"hard"_s << QString();
        QTest::newRow("delivered") << u"250 2.0.0 Ok: queued as 4F2A1"_s << u"Delivered"_s << QString()
                                   << u"250"_s;
        QTest::newRow("nothing to go by")
            << u"451 4.3.0 Please try again"_s << u"Undefined"_s << QString() << u"no code or words"_s;
    }

    void replies()
    {
        QFETCH(QString, reply);
        QFETCH(QString, reason);
        QFETCH(QString, bounce);
        QFETCH(QString, evidence);
        const Explanation explanation = Explainer(m_base).explain(reply);
        QCOMPARE(explanation.replies.size(), 1);
        const ExplainedReply &explained = explanation.replies.first();
        QVERIFY(explained.reason);
        QCOMPARE(explained.reason->id, reason);
        const QString verdict = explained.bounce == Bounce::Hard ? u"hard"_s
            : explained.bounce == Bounce::Soft                   ? u"soft"_s
                                                                 : QString();
        QCOMPARE(verdict, bounce);
        QVERIFY2(explained.reasonEvidence.contains(evidence), qPrintable(explained.reasonEvidence));
    }

    // A reply that is neither an outcome nor a failure has no reason.
    void intermediateReply_hasNone()
    {
        const Explanation explanation = Explainer(m_base).explain(u"354 End data with <CR><LF>.<CR><LF>"_s);
        QCOMPARE(explanation.replies.size(), 1);
        QVERIFY(!explanation.replies.first().reason);
    }
};

QTEST_GUILESS_MAIN(TstReasonClassifier)
#include "tst_reasonclassifier.moc"
