// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"
#include "explainer.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

// Explaining a large paste, e.g. a mail log. The paste repeats every text fixture of the
// explain tests (bounces, DSNs, transcripts, logs, noise) until it reaches the size asked for,
// so its mix of replies and non-reply lines is the fixtures' mix. Three sizes show whether the
// cost grows linearly.
class BenchExplainer : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;
    QString m_sample;

    QString paste(qsizetype bytes) const
    {
        const qsizetype sampleBytes = m_sample.toUtf8().size();
        QString text;
        text.reserve((bytes / sampleBytes + 1) * m_sample.size());
        for (qsizetype size = 0; size < bytes; size += sampleBytes) {
            text += m_sample;
        }
        return text;
    }

    // A bounce grown to about bytes by a longer returned message, as real ones are: the
    // original's text sits in the last part, before the closing boundary.
    static QByteArray grown(const QByteArray &mail, qsizetype bytes)
    {
        QByteArray filler;
        const QByteArray text
            = "The quarterly report is attached; the figures for the northern region follow.\n";
        while (mail.size() + filler.size() < bytes) {
            filler += text;
        }
        // The closing delimiter of the outermost multipart ("--boundary--") is the last line
        // that starts and ends with "--"; a mail without MIME has its copy at the end.
        qsizetype at = mail.size();
        for (qsizetype end = mail.size(); end > 0;) {
            const qsizetype start = mail.lastIndexOf('\n', end - 1) + 1;
            const QByteArray line = mail.mid(start, end - start).trimmed();
            if (line.size() > 4 && line.startsWith("--") && line.endsWith("--")) {
                at = start;
                break;
            }
            end = start - 1;
        }
        return mail.left(at) + filler + mail.mid(at);
    }

    QByteArray mbox(qsizetype mails, qsizetype bytesPerMail) const
    {
        QByteArray data;
        for (qsizetype i = 0; i < mails; ++i) {
            data += "From MAILER-DAEMON Tue Dec  1 10:00:00 2026\n";
            data += grown(m_mails.at(i % m_mails.size()), bytesPerMail);
            data += "\n";
        }
        return data;
    }

    QList<QByteArray> m_mails;

private Q_SLOTS:
    void initTestCase()
    {
        m_base = BuiltInKnowledgeBase::load();
        QVERIFY(!m_base.entries().isEmpty());
        const QDir dir(QStringLiteral(SMTPCODES_TEST_DATA "/explain"));
        for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
            m_sample += QString::fromUtf8(file.readAll()) + u'\n';
        }
        QVERIFY(m_sample.size() > 1000);
        const QDir mails(QStringLiteral(SMTPCODES_TEST_DATA "/explain/mail"));
        for (const QString &name : mails.entryList({u"*.eml"_s}, QDir::Files, QDir::Name)) {
            QFile file(mails.filePath(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
            if (name != u"broken.eml") {
                m_mails.append(file.readAll());
            }
        }
        QVERIFY(m_mails.size() > 5);
    }

    // One typical bounce: Postfix's three parts, its returned message grown to 30 KB.
    void explainMail()
    {
        const auto postfix = std::find_if(m_mails.cbegin(), m_mails.cend(),
            [](const QByteArray &mail) { return mail.contains("X-Postfix-Queue-ID"); });
        QVERIFY(postfix != m_mails.cend());
        const QByteArray mail = grown(*postfix, 30 * 1024);
        const Explainer explainer(m_base);
        Explanation explanation;
        QBENCHMARK
        {
            explanation = explainer.explainData(mail);
        }
        QCOMPARE(explanation.mails.size(), 1);
        QVERIFY(!explanation.replies.isEmpty());
    }

    // An mbox of bounces of every fixture's layout, 20 KB each: 125, 250 and 500 of them, so
    // the figures show whether the cost grows with the size alone.
    void explainMbox_data()
    {
        QTest::addColumn<qsizetype>("mails");
        QTest::newRow("125 mails, 2.5 MB") << qsizetype(125);
        QTest::newRow("250 mails, 5 MB") << qsizetype(250);
        QTest::newRow("500 mails, 10 MB") << qsizetype(500);
    }

    void explainMbox()
    {
        QFETCH(qsizetype, mails);
        const QByteArray data = mbox(mails, 20 * 1024);
        const Explainer explainer(m_base);
        Explanation explanation;
        QBENCHMARK
        {
            explanation = explainer.explainData(data);
        }
        QCOMPARE(explanation.mails.size(), mails);
    }

    void explain_data()
    {
        QTest::addColumn<qsizetype>("bytes");
        QTest::newRow("256 KB") << qsizetype(256 * 1024);
        QTest::newRow("1 MB") << qsizetype(1024 * 1024);
        QTest::newRow("4 MB") << qsizetype(4 * 1024 * 1024);
    }

    void explain()
    {
        QFETCH(qsizetype, bytes);
        const QString text = paste(bytes);
        const Explainer explainer(m_base);
        Explanation explanation;
        QBENCHMARK
        {
            explanation = explainer.explain(text);
        }
        QVERIFY(!explanation.replies.isEmpty());
    }
};

QTEST_GUILESS_MAIN(BenchExplainer)
#include "bench_explainer.moc"
