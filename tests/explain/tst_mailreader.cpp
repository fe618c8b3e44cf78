// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"
#include "explainer.h"
#include "explanationsections.h"
#include "mailreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {
QString mailPath(const QString &name)
{
    return QStringLiteral(SMTPCODES_TEST_DATA "/explain/mail/") + name;
}

QByteArray readMail(const QString &name)
{
    QFile file(mailPath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read fixture %s", qPrintable(name));
    }
    return file.readAll();
}

QJsonObject expectations()
{
    return QJsonDocument::fromJson(readMail(u"expected.json"_s)).object();
}

// "dns; mx.example.com. (comment)" and "mx.example.com" name the same host.
QString host(QString name)
{
    name = name.section(u'(', 0, 0).trimmed();
    return name.endsWith(u'.') ? name.chopped(1) : name;
}

QString describe(const ParsedReply &reply)
{
    return u"%1 %2/%3 %4 (%5)"_s.arg(reply.recipient, reply.basic, reply.enhanced, reply.command,
        ExplanationSections::sourceId(reply.source));
}
} // namespace

// The bounce mails of tests/data/explain/mail against expected.json: per mail and recipient
// the codes, command, action, source, MTAs and writer, nothing more, and nothing from the
// returned message.
class TstMailReader : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;

private Q_SLOTS:
    void initTestCase() { m_base = BuiltInKnowledgeBase::load(); }

    void mails_data()
    {
        QTest::addColumn<QString>("file");
        const QJsonObject all = expectations();
        for (auto it = all.begin(); it != all.end(); ++it) {
            if (!it.key().startsWith(u'_')) {
                QTest::newRow(qPrintable(it.key())) << it.key();
            }
        }
    }

    void mails()
    {
        QFETCH(QString, file);
        const QJsonObject all = expectations();
        const QJsonArray expected = all.value(file).toArray();
        const Explanation explanation = Explainer(m_base).explainData(readMail(file));
        QStringList found;
        for (const ExplainedReply &reply : explanation.replies) {
            found.append(describe(reply.reply));
        }
        QVERIFY2(explanation.replies.size() == expected.size(),
            qPrintable(u"expected %1 replies, got: %2"_s.arg(expected.size()).arg(found.join(u"; "_s))));
        for (const QJsonValue &value : expected) {
            const QJsonObject want = value.toObject();
            const auto match = std::find_if(explanation.replies.cbegin(), explanation.replies.cend(),
                [&want](const ExplainedReply &reply) {
                    return reply.reply.mail + 1 == want.value(u"message"_s).toInt()
                        && reply.reply.recipient.compare(
                               want.value(u"recipient"_s).toString(), Qt::CaseInsensitive)
                        == 0
                        && reply.reply.basic == want.value(u"basic"_s).toString()
                        && reply.reply.enhanced == want.value(u"enhanced"_s).toString();
                });
            const QString wanted = QString::fromUtf8(QJsonDocument(want).toJson(QJsonDocument::Compact));
            QVERIFY2(match != explanation.replies.cend(),
                qPrintable(u"no reply for %1; found: %2"_s.arg(wanted, found.join(u"; "_s))));
            const ParsedReply &reply = match->reply;
            QCOMPARE(reply.command, want.value(u"command"_s).toString());
            QCOMPARE(reply.action, want.value(u"action"_s).toString());
            QCOMPARE(ExplanationSections::sourceId(reply.source), want.value(u"source"_s).toString());
            QCOMPARE(explanation.mails.at(reply.mail).writer, want.value(u"writer"_s).toString());
            if (want.contains(u"status"_s)) {
                QCOMPARE(reply.status, want.value(u"status"_s).toString());
            }
            if (want.contains(u"remoteMta"_s)) {
                QCOMPARE(host(reply.remoteMta), want.value(u"remoteMta"_s).toString());
            }
            if (want.contains(u"reportingMta"_s)) {
                QCOMPARE(host(reply.reportingMta), want.value(u"reportingMta"_s).toString());
            }
            if (want.contains(u"originalRecipient"_s)) {
                QCOMPARE(reply.originalRecipient.isEmpty() ? reply.recipient : reply.originalRecipient,
                    want.value(u"originalRecipient"_s).toString());
            }
            if (want.contains(u"warning"_s)) {
                QVERIFY2(match->warnings.join(u'\n').contains(want.value(u"warning"_s).toString()),
                    qPrintable(match->warnings.join(u'\n')));
            } else if (file != u"broken.eml") {
                QVERIFY2(match->warnings.isEmpty(), qPrintable(match->warnings.join(u'\n')));
            }
        }
        for (const QJsonValue &absent : all.value(u"_absent"_s).toObject().value(file).toArray()) {
            for (const ExplainedReply &reply : explanation.replies) {
                QVERIFY2(!reply.reply.text.contains(absent.toString()), qPrintable(reply.reply.text));
            }
        }
    }

    // The mbox's mails are told apart: each has its own number, offset and Subject.
    void mbox_tellsItsMailsApart()
    {
        const QByteArray data = readMail(u"bounces.mbox"_s);
        QVERIFY(MailReader::looksLikeMbox(data));
        const Explanation explanation = Explainer(m_base).explainData(data);
        QCOMPARE(explanation.mails.size(), 4);
        for (qsizetype i = 1; i < explanation.mails.size(); ++i) {
            QVERIFY(explanation.mails.at(i).offset > explanation.mails.at(i - 1).offset);
            QVERIFY(data.mid(explanation.mails.at(i).offset).startsWith("From "));
        }
        QVERIFY(!explanation.mails.first().subject.isEmpty());
    }

    // Encoded words and charsets come out as the text they are.
    void charsets_areDecoded()
    {
        const Explanation japanese = Explainer(m_base).explainData(readMail(u"japanese.eml"_s));
        QCOMPARE(japanese.mails.size(), 1);
        QVERIFY2(japanese.mails.first().subject.contains(u"\u914d"_s)
                || japanese.mails.first().subject.contains(u"\u914D"_s)
                || !japanese.mails.first().subject.contains(u"=?"_s),
            qPrintable(japanese.mails.first().subject));
        const Explanation russian = Explainer(m_base).explainData(readMail(u"russian.eml"_s));
        QVERIFY2(!russian.mails.first().subject.contains(u"=?"_s), qPrintable(russian.mails.first().subject));
        bool cyrillic = false;
        for (const QChar c : russian.mails.first().subject) {
            cyrillic = cyrillic || (c.unicode() >= 0x0400 && c.unicode() <= 0x04FF);
        }
        QVERIFY2(cyrillic, qPrintable(russian.mails.first().subject));
    }

    // Not every paste with a colon is a mail: replies, log lines and prose are not.
    void looksLikeMail_onlyForHeaders()
    {
        QVERIFY(MailReader::looksLikeMail("From: a@example.com\nSubject: x\n\nbody\n"));
        QVERIFY(
            MailReader::looksLikeMail("Return-Path: <>\r\nReceived: from x\r\n\tby y\r\nDate: now\r\n\r\n"));
        QVERIFY(!MailReader::looksLikeMail("550 5.1.1 <u@example.com>: Recipient address rejected\n"));
        QVERIFY(!MailReader::looksLikeMail(
            "Dec  1 10:00:00 mx postfix/smtp[1]: 4F2: to=<u@x>, status=bounced\n"));
        QVERIFY(!MailReader::looksLikeMail("Note: this is prose.\nIt has a colon: here.\n\n"));
        QVERIFY(!MailReader::looksLikeMail("X-Custom: one\nY-Custom: two\n\n")); // no field a mail has
        QVERIFY(!MailReader::looksLikeMbox("From here on, prose.\n"));
    }

    // A bounce pasted as text, without its headers: the inline copy of the original is still
    // not searched, and a delivery status pasted alone gives its recipients.
    void pastedText_skipsTheCopyAndReadsTheStatus()
    {
        const Explanation bounce = Explainer(m_base).explain(
            u"A message that you sent could not be delivered.\n\n  u@example.org\n"
            u"    SMTP error from remote mail server after RCPT TO:<u@example.org>:\n"
            u"    550 5.1.1 no such user\n\n"
            u"------ This is a copy of the message, including all the headers. ------\n\n"
            u"554 5.7.1 quoted by the sender\n"_s);
        QCOMPARE(bounce.replies.size(), 1);
        QCOMPARE(bounce.replies.first().reply.enhanced, u"5.1.1"_s);
        const Explanation french = Explainer(m_base).explain(
            u"<c@example.net>:\nLe serveur distant a r\u00e9pondu : 552 5.2.2 bo\u00eete pleine\n\n"
            u"-------- Message d'origine ci-dessous --------\n550 5.7.1 ligne cit\u00e9e\n"_s);
        QCOMPARE(french.replies.size(), 1);
        QCOMPARE(french.replies.first().reply.enhanced, u"5.2.2"_s);
        const Explanation status = Explainer(m_base).explain(
            u"Reporting-MTA: dns; mail.example.net\n\nFinal-Recipient: rfc822; a@example.com\n"
            u"Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 unknown\n\n"
            u"Final-Recipient: rfc822; b@example.com\nAction: delayed\nStatus: 4.2.2\n"_s);
        QCOMPARE(status.recipients.size(), 2);
        QCOMPARE(status.recipients.at(0).recipient, u"a@example.com"_s);
        QCOMPARE(status.recipients.at(0).action, u"failed"_s);
        QCOMPARE(status.recipients.at(1).status, u"4.2.2"_s);
        QCOMPARE(status.replies.at(status.recipients.at(1).replies.first()).reply.enhanced, u"4.2.2"_s);
        QCOMPARE(status.replies.at(0).reply.reportingMta, u"mail.example.net"_s);
    }

    // Progress reaches the end, and a false from it stops the work with what was found so far:
    // in an mbox between mails, in a long paste between lines.
    void progress_reportsAndCancels()
    {
        QByteArray mbox;
        for (int i = 0; i < 200; ++i) {
            mbox += readMail(u"bounces.mbox"_s) + "\n";
        }
        qint64 last = 0;
        const Explanation whole = Explainer(m_base).explainData(mbox, [&last](qint64 done, qint64 total) {
            last = done;
            return done <= total;
        });
        QCOMPARE(whole.mails.size(), 800);
        QCOMPARE(last, qint64(mbox.size()));
        QVERIFY(!whole.cancelled);
        const Explanation stopped
            = Explainer(m_base).explainData(mbox, [](qint64 done, qint64 total) { return done < total / 4; });
        QVERIFY(stopped.cancelled);
        QVERIFY(stopped.mails.size() > 0 && stopped.mails.size() < 400);
        QString paste;
        for (int i = 0; i < 20000; ++i) {
            paste += u"550 5.1.1 user unknown\n"_s;
        }
        const Explanation cut
            = Explainer(m_base).explain(paste, [](qint64 done, qint64 total) { return done < total / 2; });
        QVERIFY(cut.cancelled);
        QVERIFY(cut.replies.size() > 1000 && cut.replies.size() < 15000);
    }

    // A broken mail or bytes that are no mail give an explanation or a message, never a crash.
    void brokenInput_isExplainedOrRefused()
    {
        const QByteArray mail = readMail(u"postfix.eml"_s);
        for (qsizetype cut = 0; cut < mail.size(); cut += 97) {
            const Explanation explanation = Explainer(m_base).explainData(mail.left(cut));
            QVERIFY(!explanation.replies.isEmpty() || !explanation.message.isEmpty() || cut == 0);
        }
        const Explanation nested = Explainer(m_base).explainData(
            "From: a@b\nContent-Type: multipart/mixed; boundary=x\n\n" + QByteArray(100000, '-'));
        QVERIFY(nested.replies.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstMailReader)
#include "tst_mailreader.moc"
