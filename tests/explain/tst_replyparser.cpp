// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"
#include "explainer.h"
#include "replyparser.h"

#include "fixtures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

class TstReplyParser : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;

private Q_SLOTS:
    void initTestCase() { m_base = BuiltInKnowledgeBase::load(); }

    // One fixture per wrapper and edge case; the columns describe the reply that matters
    // (the last one found, since transcripts and bounces end with the failure).
    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("basic");
        QTest::addColumn<QString>("enhanced");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("textContains");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("warningContains"); // empty: no warning at all

        QTest::newRow("single line") << u"single-line.txt"_s << 1 << u"550"_s << u"5.1.1"_s << QString()
                                     << u"User unknown in virtual mailbox table"_s << u"permanent-failure"_s
                                     << QString();
        QTest::newRow("multi-line, CRLF")
            << u"multiline-gmail.txt"_s << 1 << u"550"_s << u"5.1.1"_s << QString()
            << u"Please try double-checking the recipient's email address"_s << u"permanent-failure"_s
            << QString();
        QTest::newRow("continuation with another code")
            << u"continuation-mismatch.txt"_s << 2 << u"551"_s << u"5.1.1"_s << QString()
            << u"Last line with another code"_s << u"permanent-failure"_s << u"instead of 550"_s;
        QTest::newRow("DSN, folded Diagnostic-Code")
            << u"dsn.txt"_s << 1 << u"550"_s << u"5.1.1"_s << QString()
            << u"does not exist. Please try double-checking"_s << u"permanent-failure"_s << QString();
        QTest::newRow("DSN Status only")
            << u"dsn-status-only.txt"_s << 1 << QString() << u"4.4.7"_s << QString() << u"Status field"_s
            << u"temporary-failure"_s << QString();
        QTest::newRow("Postfix bounce")
            << u"postfix-bounce.txt"_s << 1 << u"550"_s << u"5.1.1"_s << u"RCPT TO"_s
            << u"unnecessary spaces. https://support.google.com"_s << u"permanent-failure"_s << QString();
        QTest::newRow("Postfix, end of data")
            << u"postfix-end-of-data.txt"_s << 1 << u"554"_s << u"5.7.1"_s << u"DATA"_s
            << u"Message rejected as spam"_s << u"permanent-failure"_s << QString();
        QTest::newRow("Exim, after MAIL FROM")
            << u"exim-after.txt"_s << 1 << u"553"_s << u"5.7.1"_s << u"MAIL FROM"_s << u"not owned by user"_s
            << u"permanent-failure"_s << QString();
        QTest::newRow("Exim, reason")
            << u"exim-reason.txt"_s << 1 << u"550"_s << u"5.1.1"_s << u"RCPT TO"_s
            << u"does not exist. Please check the address."_s << u"permanent-failure"_s << QString();
        QTest::newRow("Exchange, returned") << u"exchange-returned.txt"_s << 1 << u"550"_s << u"5.1.10"_s
                                            << QString() << u"Recipient not found by SMTP address lookup"_s
                                            << u"permanent-failure"_s << u"gives 5.1.10 its own meaning"_s;
        QTest::newRow("Exchange, #...##")
            << u"exchange-hash.txt"_s << 1 << u"550"_s << u"5.1.1"_s << QString()
            << u"RESOLVER.ADR.RecipNotFound; not found"_s << u"permanent-failure"_s << QString();
        QTest::newRow(".NET, enhanced only") << u"dotnet.txt"_s << 1 << QString() << u"5.7.1"_s << QString()
                                             << u"Unable to relay"_s << u"permanent-failure"_s << QString();
        QTest::newRow("mail-service log") << u"esp-log.txt"_s << 1 << u"550"_s << u"5.1.1"_s << QString()
                                          << u"User unknown"_s << u"permanent-failure"_s << QString();
        QTest::newRow("Sendmail transcript")
            << u"sendmail-transcript.txt"_s << 3 << u"550"_s << u"5.1.1"_s << QString() << u"User unknown"_s
            << u"permanent-failure"_s << QString();
        QTest::newRow("qmail") << u"qmail.txt"_s << 1 << u"554"_s << u"5.7.1"_s << QString()
                               << u"Relay access denied"_s << u"permanent-failure"_s << QString();
        QTest::newRow("digits in text")
            << u"digits-in-text.txt"_s << 1 << u"250"_s << QString() << QString()
            << u"234 Text beginning with numbers HELP"_s << u"delivered"_s << QString();
        QTest::newRow("IP address and version")
            << u"ip-and-version.txt"_s << 1 << u"250"_s << u"2.0.0"_s << QString() << u"queued as 4F1A2B3C"_s
            << u"delivered"_s << QString();
        QTest::newRow("classes disagree")
            << u"class-mismatch.txt"_s << 1 << u"550"_s << u"4.2.2"_s << QString() << u"mailbox is full"_s
            << u"permanent-failure"_s << u"the classes disagree"_s;
        QTest::newRow("provider code")
            << u"provider-code.txt"_s << 1 << u"550"_s << u"5.7.606"_s << QString() << u"(AS16012607)"_s
            << u"permanent-failure"_s << u"not in the IANA registry"_s;
        QTest::newRow("provider tag kept")
            << u"provider-tag.txt"_s << 1 << u"421"_s << u"4.7.0"_s << QString()
            << u"[TSS04] Messages from 192.0.2.33"_s << u"temporary-failure"_s << QString();
        QTest::newRow("doubled code") << u"doubled-code.txt"_s << 1 << u"550"_s << u"5.1.1"_s << QString()
                                      << u"The email account"_s << u"permanent-failure"_s << QString();
        QTest::newRow("unknown code")
            << u"unknown-code.txt"_s << 1 << u"559"_s << QString() << QString() << u"Something unusual"_s
            << u"permanent-failure"_s << u"unknown code 559"_s;
        QTest::newRow("non-standard code")
            << u"non-standard-code.txt"_s << 1 << u"422"_s << u"4.7.12"_s << QString()
            << u"password transition"_s << u"temporary-failure"_s << u"non-standard code 422"_s;
        QTest::newRow("unfinished multi-line")
            << u"unfinished-multiline.txt"_s << 1 << u"550"_s << u"5.1.1"_s << QString() << u"cut off here"_s
            << u"permanent-failure"_s << u"no last line"_s;
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(int, count);
        QFETCH(QString, basic);
        QFETCH(QString, enhanced);
        QFETCH(QString, command);
        QFETCH(QString, textContains);
        QFETCH(QString, verdict);
        QFETCH(QString, warningContains);
        const Explanation explanation = Explainer(m_base).explain(Fixtures::explainText(file));
        QCOMPARE(explanation.replies.size(), count);
        const ExplainedReply &reply = explanation.replies.last();
        QCOMPARE(reply.reply.basic, basic);
        QCOMPARE(reply.reply.enhanced, enhanced);
        QCOMPARE(reply.reply.command, command);
        QVERIFY2(reply.reply.text.contains(textContains), qPrintable(reply.reply.text));
        QCOMPARE(Explainer::verdictId(reply.verdict), verdict);
        QStringList warnings;
        for (const ExplainedReply &each : explanation.replies) {
            warnings += each.warnings;
        }
        if (warningContains.isEmpty()) {
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        } else {
            QVERIFY2(warnings.join(u'\n').contains(warningContains), qPrintable(warnings.join(u'\n')));
        }
    }

    void transcript_givesEachReplyItsCommand()
    {
        const Explanation explanation
            = Explainer(m_base).explain(Fixtures::explainText(u"sendmail-transcript.txt"_s));
        QCOMPARE(explanation.replies.at(0).reply.command, u"MAIL FROM"_s);
        QCOMPARE(explanation.replies.at(0).reply.basic, u"250"_s);
        QCOMPARE(explanation.replies.at(1).reply.command, u"RCPT TO"_s);
        QCOMPARE(explanation.replies.at(1).reply.line, 6);
    }

    void continuationWithAnotherCode_warns()
    {
        const Explanation explanation
            = Explainer(m_base).explain(Fixtures::explainText(u"continuation-mismatch.txt"_s));
        QVERIFY(explanation.replies.first().warnings.join(u' ').contains(u"code 551 instead of 550"_s));
    }

    void replies_linkToTheirEntries()
    {
        const Explanation explanation = Explainer(m_base).explain(u"550 5.1.1 no such user"_s);
        const ExplainedReply &reply = explanation.replies.first();
        QCOMPARE(reply.basic.entry->code, u"550"_s);
        QCOMPARE(reply.enhanced.entry->code, u"X.1.1"_s);
        QCOMPARE(reply.verdictBasis, u"RFC 5321 §4.2.1"_s);
    }

    void notText_givesAMessageNotACrash_data()
    {
        QTest::addColumn<QByteArray>("input");
        QFile binary(QStringLiteral(SMTPCODES_TEST_DATA) + u"/explain/binary.bin"_s);
        QVERIFY(binary.open(QIODevice::ReadOnly));
        QTest::newRow("binary garbage") << binary.readAll();
        QTest::newRow("NUL bytes") << QByteArray(5000, '\0');
        QTest::newRow("invalid UTF-8") << QByteArray(3000, '\xff');
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("prose") << Fixtures::explainText(u"no-reply.txt"_s).toUtf8();
    }

    void notText_givesAMessageNotACrash()
    {
        QFETCH(QByteArray, input);
        const Explanation explanation = Explainer(m_base).explain(QString::fromUtf8(input));
        QVERIFY(explanation.replies.isEmpty());
        QVERIFY(!explanation.message.isEmpty());
    }

    // A DSN's Status field becomes a reply of its own only when no reply carries its code,
    // and then once however often it repeats.
    void statusFields_addOnlyCodesNoReplyCarries()
    {
        const QString dsn = u"Status: 5.1.1\n"
                            u"Diagnostic-Code: smtp; 550 5.1.1 <a@example.net>: no such user\n"
                            u"\n"
                            u"Status: 4.4.7\n"
                            u"\n"
                            u"Status: 4.4.7\n"
                            u"Status: 5.1.1\n"_s;
        ReplyParser parser;
        const QList<ParsedReply> replies = parser.parse(dsn);
        QCOMPARE(replies.size(), 2);
        QCOMPARE(replies.at(0).basic, u"550"_s);
        QCOMPARE(replies.at(0).enhanced, u"5.1.1"_s);
        QCOMPARE(replies.at(0).line, 2);
        QVERIFY(replies.at(1).basic.isEmpty());
        QCOMPARE(replies.at(1).enhanced, u"4.4.7"_s);
        QCOMPARE(replies.at(1).line, 4);
    }

    // RFC 3463 §2: subject and detail have 1 to 3 digits, and the code ends at a space,
    // punctuation or the end of the text.
    void enhancedCode_endsWhereTheCodeEnds_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("basic");
        QTest::addColumn<QString>("enhanced");
        QTest::addColumn<QString>("text");
        QTest::newRow("three-digit detail")
            << u"550 5.1.10 recipient rejected"_s << u"550"_s << u"5.1.10"_s << u"recipient rejected"_s;
        QTest::newRow("four digits: not a code")
            << u"550 5.1.1234 text"_s << u"550"_s << QString() << u"5.1.1234 text"_s;
        QTest::newRow("fourth part: not a code")
            << u"550 5.1.1.2 text"_s << u"550"_s << QString() << u"5.1.1.2 text"_s;
        QTest::newRow("comma after the code")
            << u"554 5.7.1, blocked"_s << u"554"_s << u"5.7.1"_s << u", blocked"_s;
        QTest::newRow("code at the end") << u"451 4.3.0"_s << u"451"_s << u"4.3.0"_s << QString();
        QTest::newRow("class 3 is no enhanced class")
            << u"550 3.1.1 text"_s << u"550"_s << QString() << u"3.1.1 text"_s;
        QTest::newRow("enhanced only, in a wrapper")
            << u"Mailbox unavailable. The server response was: 5.7.1 Relaying denied"_s << QString()
            << u"5.7.1"_s << u"Relaying denied"_s;
        QTest::newRow("wrapper word in capitals")
            << u"host mx.example.net SAID: 550 5.1.1 unknown"_s << u"550"_s << u"5.1.1"_s << u"unknown"_s;
        QTest::newRow("second digit 6: no reply")
            << u"560 5.1.1 text"_s << QString() << QString() << QString();
        QTest::newRow("letter after the code: no reply")
            << u"550x text"_s << QString() << QString() << QString();
    }

    void enhancedCode_endsWhereTheCodeEnds()
    {
        QFETCH(QString, input);
        QFETCH(QString, basic);
        QFETCH(QString, enhanced);
        QFETCH(QString, text);
        ReplyParser parser;
        const QList<ParsedReply> replies = parser.parse(input);
        if (basic.isEmpty() && enhanced.isEmpty()) {
            QVERIFY(replies.isEmpty());
            return;
        }
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().basic, basic);
        QCOMPARE(replies.first().enhanced, enhanced);
        QCOMPARE(replies.first().text, text);
    }

    void oneMegabyte_isExplainedWhole()
    {
        QString big;
        const QString block = Fixtures::explainText(u"postfix-bounce.txt"_s) + u"\n"_s;
        while (big.size() < 1024 * 1024) {
            big += block;
        }
        const Explanation explanation = Explainer(m_base).explain(big);
        QCOMPARE(
            explanation.replies.size(), int(big.size() / block.size()) + (big.size() % block.size() ? 1 : 0));
        QCOMPARE(explanation.replies.last().reply.basic, u"550"_s);
    }
};

QTEST_GUILESS_MAIN(TstReplyParser)
#include "tst_replyparser.moc"
