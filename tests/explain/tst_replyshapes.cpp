// SPDX-License-Identifier: GPL-3.0-or-later
#include "replyparser.h"

#include "fixtures.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

// The shapes replies take in the wild, one fixture each: after a host or recipient prefix,
// qmail's codes, an enhanced code first, inside brackets, quotes or JSON, transcripts, localized
// bounces, raw quoted-printable and mail logs. Each row names the reply that matters by its
// index (-1: the last) and says everything the parser gives it.
class TstReplyShapes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data();
    void fixtures();
    void notCodes_data();
    void notCodes();
    void enhancedFirst_needsReplyText_data();
    void enhancedFirst_needsReplyText();
    void telnetGreeting_hasNoCommand();
    void transcriptLines_areNeverFolded();
    void quotedPrintable_onlyWhenItLooksEncoded();
    void multiLineAfterPrefix_isOneReply();
    void oneLongLine_isReadInLinearTime();
};

void TstReplyShapes::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("basic");
    QTest::addColumn<QString>("enhanced");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<bool>("transcript");
    QTest::addColumn<QString>("text");

    const QString none;
    const QString rcpt = u"RCPT TO"_s;
    const QString u = u"u@example.com"_s;
    // 1. After a host prefix.
    QTest::newRow("Exim, host [ip]:")
        << u"exim-host-prefix.txt"_s << 1 << -1 << u"550"_s << u"5.1.1"_s << rcpt << u"u@example.org"_s
        << false << u"<u@example.org>: user unknown"_s;
    QTest::newRow("Postfix, host[ip] said:")
        << u"postfix-host-said.txt"_s << 1 << -1 << u"550"_s << u"5.1.1"_s << rcpt << u << false
        << u"<u@example.com>: Recipient address rejected: User unknown in local recipient table"_s;
    QTest::newRow("Remote host said:, multi-line")
        << u"remote-host-said-multiline.txt"_s << 1 << -1 << u"550"_s << u"5.7.1"_s << rcpt << u << false
        << u"<u@example.com>: Recipient address rejected: Access denied by policy"_s;
    QTest::newRow("Sendmail, Out:") << u"sendmail-out.txt"_s << 2 << -1 << u"550"_s << u"5.1.1"_s << rcpt << u
                                    << false << u"<u@example.com>... User unknown"_s;
    QTest::newRow("Sendmail, (reason: ...)") << u"sendmail-out.txt"_s << 2 << 0 << u"550"_s << u"5.1.1"_s
                                             << none << u << false << u"<u@example.com>... User unknown"_s;
    // 2. After a recipient prefix.
    QTest::newRow("<recipient>:") << u"recipient-prefix-brackets.txt"_s << 1 << -1 << u"550"_s << u"5.2.1"_s
                                  << none << u << false
                                  << u"The email account that you tried to reach is disabled"_s;
    QTest::newRow("recipient:") << u"recipient-prefix-bare.txt"_s << 1 << -1 << u"550"_s << none << none << u
                                << false << u"Requested action not taken: mailbox unavailable"_s;
    // 3. qmail's codes.
    QTest::newRow("qmail (#5.1.1)") << u"qmail-hash.txt"_s << 1 << -1 << none << u"5.1.1"_s << none << u
                                    << false << u"Sorry, no mailbox here by that name."_s;
    QTest::newRow("qmail #5.1.0") << u"qmail-hash-bare.txt"_s << 1 << -1 << u"550"_s << u"5.1.0"_s << none
                                  << u << false << u"mailbox unavailable"_s;
    QTest::newRow("qmail [#4.1.9]") << u"qmail-hash-brackets.txt"_s << 1 << -1 << u"451"_s << u"4.1.9"_s
                                    << none << u << false << u"temporary failure, try again later"_s;
    // 4. An enhanced code first, odd separators.
    QTest::newRow("enhanced code first") << u"enhanced-leading.txt"_s << 1 << -1 << none << u"5.2.2"_s << none
                                         << u << false << u"<u@example.com>... Mailbox full"_s;
    QTest::newRow("550: 5.2.2") << u"code-colon.txt"_s << 1 << -1 << u"550"_s << u"5.2.2"_s << none << u
                                << false << u"<u@example.com> Mailbox full, quota exceeded"_s;
    QTest::newRow("550-'5.7.1 ...'") << u"code-quoted.txt"_s << 1 << -1 << u"550"_s << u"5.7.1"_s << none
                                     << none << false << u"Message rejected as spam by Content Filtering."_s;
    // 5. Inside brackets, quotes, JSON.
    QTest::newRow("[554 5.4.6 ...]") << u"bracketed.txt"_s << 1 << -1 << u"554"_s << u"5.4.6"_s << none << u
                                     << false << u"Hop count exceeded - possible mail loop"_s;
    QTest::newRow("<421 4.4.2 ...>") << u"angle-bracketed.txt"_s << 1 << -1 << u"421"_s << u"4.4.2"_s << none
                                     << u << false << u"Connection dropped due to timeout"_s;
    QTest::newRow("SES smtpResponse") << u"ses-smtpresponse.txt"_s << 1 << -1 << u"550"_s << u"5.1.1"_s
                                      << none << u << false << u"user unknown"_s;
    QTest::newRow("SES diagnosticCode")
        << u"ses-bounce.txt"_s << 1 << -1 << u"550"_s << u"5.1.1"_s << none << u << false
        << u"<u@example.com>: Recipient address rejected: User unknown"_s;
    QTest::newRow("ERROR_CODE :5.2.1")
        << u"error-code-field.txt"_s << 1 << -1 << none << u"5.2.1"_s << none << none << false << QString();
    // 6. Transcripts.
    QTest::newRow("indented Sendmail transcript")
        << u"sendmail-indented-transcript.txt"_s << 2 << -1 << u"550"_s << u"5.1.1"_s << rcpt << u << true
        << u"<u@example.com>... User unknown"_s;
    QTest::newRow("indented transcript, MAIL FROM")
        << u"sendmail-indented-transcript.txt"_s << 2 << 0 << u"250"_s << u"2.1.0"_s << u"MAIL FROM"_s << none
        << true << u"Sender OK"_s;
    QTest::newRow("telnet session") << u"telnet-session.txt"_s << 5 << 3 << u"550"_s << u"5.1.1"_s << rcpt
                                    << u << true
                                    << u"<u@example.com>: Recipient address rejected: User unknown in "
                                       u"virtual mailbox table"_s;
    QTest::newRow("telnet session, QUIT") << u"telnet-session.txt"_s << 5 << 4 << u"221"_s << u"2.0.0"_s
                                          << u"QUIT"_s << none << true << u"Bye"_s;
    QTest::newRow("bare telnet session") << u"telnet-session-bare.txt"_s << 4 << 3 << u"550"_s << u"5.1.1"_s
                                         << rcpt << u"u@c"_s << true << u"no such user"_s;
    QTest::newRow("swaks") << u"swaks.txt"_s << 5 << 3 << u"550"_s << u"5.1.1"_s << rcpt << u << true
                           << u"<u@example.com>: Recipient address rejected: User unknown in local "
                              u"recipient table"_s;
    QTest::newRow("C: / S:") << u"rfc-transcript.txt"_s << 6 << 4 << u"550"_s << none << rcpt
                             << u"Green@foo.com"_s << true << u"No such user here"_s;
    // 7. Localized bounces.
    QTest::newRow("Japanese, after a prefix")
        << u"japanese.txt"_s << 1 << -1 << u"550"_s << u"5.1.1"_s << none << u"u@example.jp"_s << false
        << u"<u@example.jp>: Recipient address rejected: User unknown"_s;
    QTest::newRow("Japanese, own line")
        << u"japanese-own-line.txt"_s << 1 << -1 << u"550"_s << u"5.1.1"_s << none << u"u@example.jp"_s
        << false << u"<u@example.jp>... User unknown"_s;
    QTest::newRow("German") << u"german.txt"_s << 1 << -1 << u"550"_s << u"5.1.1"_s << rcpt
                            << u"u@example.de"_s << false << u"Benutzer unbekannt"_s;
    QTest::newRow("French") << u"french.txt"_s << 1 << -1 << u"550"_s << u"5.1.1"_s << none
                            << u"u@example.fr"_s << false << u"Adresse du destinataire inconnue"_s;
    QTest::newRow("Russian") << u"russian.txt"_s << 1 << -1 << u"550"_s << u"5.1.1"_s << none
                             << u"u@example.ru"_s << false << u"Пользователь не найден"_s;
    QTest::newRow("Chinese") << u"chinese.txt"_s << 1 << -1 << u"552"_s << u"5.2.2"_s << none
                             << u"u@example.cn"_s << false << u"收件人邮箱已满"_s;
    // 8. Raw quoted-printable. Gmail puts the address a paragraph above the reply: not taken.
    QTest::newRow("quoted-printable")
        << u"quoted-printable.txt"_s << 1 << -1 << u"550"_s << u"5.1.1"_s << none << none << false
        << u"The email account that you tried to reach does not exist. Please "
           u"try double-checking the recipient’s email address for typos or "
           u"unnecessary spaces."_s;
    // 9. Mail logs.
    QTest::newRow("Postfix log") << u"postfix-log.txt"_s << 1 << -1 << u"550"_s << u"5.1.1"_s << rcpt << u
                                 << false << u"<u@example.com>: Recipient address rejected: User unknown"_s;
    QTest::newRow("Exim log") << u"exim-log.txt"_s << 1 << -1 << u"550"_s << u"5.1.1"_s << rcpt << u << false
                              << u"<u@example.com>: Recipient address rejected: User unknown"_s;
    QTest::newRow("Sendmail log") << u"sendmail-log.txt"_s << 1 << -1 << none << u"5.1.1"_s << none << u
                                  << false << u"User unknown"_s;
    QTest::newRow("Sendmail log, deferred")
        << u"sendmail-log-deferred.txt"_s << 1 << -1 << u"450"_s << u"4.2.0"_s << none << u << false
        << u"<u@example.com>... Mailbox temporarily unavailable"_s;
}

void TstReplyShapes::fixtures()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(int, index);
    ReplyParser parser;
    const QList<ParsedReply> replies = parser.parse(Fixtures::explainText(file));
    if (replies.size() != count) {
        for (const ParsedReply &each : replies) {
            qWarning().noquote() << each.line << each.basic << each.enhanced << each.command << each.text;
        }
    }
    QCOMPARE(replies.size(), count);
    const ParsedReply &reply = index < 0 ? replies.last() : replies.at(index);
    QTEST(reply.basic, "basic");
    QTEST(reply.enhanced, "enhanced");
    QTEST(reply.command, "command");
    QTEST(reply.recipient, "recipient");
    QTEST(reply.source == ReplySource::Transcript, "transcript");
    QTEST(reply.text, "text");
    QVERIFY2(reply.warnings.isEmpty(), qPrintable(reply.warnings.join(u'\n')));
}

// Numbers that look like codes inside lines that now may hold a reply: after a colon, in
// brackets, in a log's fields, leading a line.
void TstReplyShapes::notCodes_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("fixture") << Fixtures::explainText(u"not-codes.txt"_s);
    QTest::newRow("phone numbers") << u"Hotline: +49 550 123 456, (555) 550-1234"_s;
    QTest::newRow("price after a colon") << u"Total: 250 EUR"_s;
    QTest::newRow("version after a colon") << u"Version: 4.2.0"_s;
    QTest::newRow("tracking number in brackets") << u"Parcel [4.16.55.1] shipped"_s;
    QTest::newRow("IP and port in a log")
        << u"postfix/smtp[123]: 4F2A1: to=<u@example.com>, relay=mx[192.0.2.1]:587, delay=1"_s;
    QTest::newRow("time and date") << u"Retry at 10:25:02 on 2026-11-28 (attempt 4)"_s;
    QTest::newRow("number then a dotted number mid-text") << u"We sent 250 1.2.3 builds"_s;
    QTest::newRow("basic code alone mid-text") << u"Room 550 is on floor 2"_s;
    QTest::newRow("hash in prose") << u"See issue #5.1 and ticket #42"_s;
    QTest::newRow("class-mismatched pair mid-text") << u"order 550 4.2.2 widgets"_s;
}

void TstReplyShapes::notCodes()
{
    QFETCH(QString, input);
    ReplyParser parser;
    const QList<ParsedReply> replies = parser.parse(input);
    for (const ParsedReply &each : replies) {
        qWarning().noquote() << "found" << each.line << each.basic << each.enhanced << each.text;
    }
    QVERIFY(replies.isEmpty());
}

// An enhanced code leading a line is a reply when reply-like text follows it, never when what
// follows reads as release notes or nothing at all.
void TstReplyShapes::enhancedFirst_needsReplyText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("enhanced"); // empty: no reply
    QTest::newRow("address") << u"5.1.1 <u@example.com>... User unknown"_s << u"5.1.1"_s;
    QTest::newRow("reply words") << u"5.7.1 Relaying denied"_s << u"5.7.1"_s;
    QTest::newRow("mailbox full") << u"4.2.2 Mailbox full, try again later"_s << u"4.2.2"_s;
    QTest::newRow("release notes") << u"5.0.1 release notes"_s << QString();
    QTest::newRow("changelog with a reply word") << u"4.2.0 fixes mailbox handling"_s << QString();
    QTest::newRow("a date after it") << u"2.4.1 (2026-11-28)"_s << QString();
    QTest::newRow("nothing after it") << u"5.1.1"_s << QString();
}

void TstReplyShapes::enhancedFirst_needsReplyText()
{
    QFETCH(QString, input);
    QFETCH(QString, enhanced);
    ReplyParser parser;
    const QList<ParsedReply> replies = parser.parse(input);
    if (enhanced.isEmpty()) {
        QVERIFY(replies.isEmpty());
        return;
    }
    QCOMPARE(replies.size(), 1);
    QVERIFY(replies.first().basic.isEmpty());
    QCOMPARE(replies.first().enhanced, enhanced);
}

void TstReplyShapes::telnetGreeting_hasNoCommand()
{
    ReplyParser parser;
    const QList<ParsedReply> replies = parser.parse(Fixtures::explainText(u"telnet-session-bare.txt"_s));
    QCOMPARE(replies.size(), 4);
    QCOMPARE(replies.at(0).basic, u"220"_s);
    QVERIFY(replies.at(0).command.isEmpty());
    QCOMPARE(replies.at(0).source, ReplySource::Transcript);
    QCOMPARE(replies.at(1).command, u"EHLO"_s);
    QCOMPARE(replies.at(1).text, u"mx OK"_s);
    QCOMPARE(replies.at(2).command, u"MAIL FROM"_s);
    QVERIFY(replies.at(2).recipient.isEmpty());
}

void TstReplyShapes::transcriptLines_areNeverFolded()
{
    const QString transcript = u"... while talking to mx.example.com.:\n"
                               u"    >>> RCPT TO:<u@example.com>\n"
                               u"    <<< 550 5.1.1 <u@example.com>... User unknown\n"
                               u"    >>> DATA\n"
                               u"    <<< 503 5.0.0 Need RCPT (recipient)\n"_s;
    ReplyParser parser;
    const QList<ParsedReply> replies = parser.parse(transcript);
    QCOMPARE(replies.size(), 2);
    QCOMPARE(replies.at(0).command, u"RCPT TO"_s);
    QCOMPARE(replies.at(0).line, 3);
    QCOMPARE(replies.at(1).basic, u"503"_s);
    QCOMPARE(replies.at(1).command, u"DATA"_s);
    QCOMPARE(replies.at(1).line, 5);
}

void TstReplyShapes::quotedPrintable_onlyWhenItLooksEncoded()
{
    ReplyParser parser;
    // One "=" at the end of a line, nothing else encoded: not quoted-printable; the lines stay.
    QList<ParsedReply> replies = parser.parse(u"550 5.1.1 a =\nb=3\n"_s);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.first().text, u"a ="_s);
    // A soft line break and an escape: decoded and joined.
    replies = parser.parse(u"550 5.1.1 The email account that you tried to reach does=\n not=20exist\n"_s);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.first().text, u"The email account that you tried to reach does not exist"_s);
    QCOMPARE(replies.first().line, 1);
}

void TstReplyShapes::multiLineAfterPrefix_isOneReply()
{
    ReplyParser parser;
    const QList<ParsedReply> replies
        = parser.parse(u"Remote host said: 550-5.7.1 first line\n550 5.7.1 second line\nGiving up.\n"_s);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.first().text, u"first line second line"_s);
    QVERIFY(replies.first().warnings.isEmpty());
}

// Minified JSON is one line of megabytes with a number after every colon; looking at each
// number's prefix afresh would take minutes.
void TstReplyShapes::oneLongLine_isReadInLinearTime()
{
    QString line;
    while (line.size() < 4 * 1024 * 1024) {
        line
            += u"{\"id\":250,\"note\":\"room 550 at 10:25\",\"to\":\"u@example.com\",\"code\": 4.16.55.1},"_s;
    }
    line += u"\"smtpResponse\":\"550 5.1.1 user unknown\"}"_s;
    QElapsedTimer timer;
    timer.start();
    ReplyParser parser;
    const QList<ParsedReply> replies = parser.parse(line);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.first().basic, u"550"_s);
    QCOMPARE(replies.first().text, u"user unknown"_s);
}

QTEST_GUILESS_MAIN(TstReplyShapes)
#include "tst_replyshapes.moc"
