// SPDX-License-Identifier: GPL-3.0-or-later
#include "explainer.h"
#include "knowledgebaseloader.h"

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

private Q_SLOTS:
    void initTestCase()
    {
        m_base = KnowledgeBaseLoader::loadBuiltIn();
        QVERIFY(!m_base.entries().isEmpty());
        const QDir dir(QStringLiteral(SMTPCODES_TEST_DATA "/explain"));
        for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
            m_sample += QString::fromUtf8(file.readAll()) + u'\n';
        }
        QVERIFY(m_sample.size() > 1000);
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
