// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"
#include "comparisonbuilder.h"
#include "comparisonrenderer.h"
#include "entryrenderer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

// Rendering what the detail pane and the compare view show, and what the clipboard gets.
class BenchRenderers : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;

private Q_SLOTS:
    void initTestCase()
    {
        m_base = BuiltInKnowledgeBase::load();
        QVERIFY(!m_base.entries().isEmpty());
    }

    // 550 is among the longest basic entries; 5.1.1 goes through the X.1.1 lookup.
    void entry_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("format");
        for (const QString &code : {u"550"_s, u"5.1.1"_s}) {
            for (const QString &format : {u"html"_s, u"text"_s, u"markdown"_s}) {
                QTest::addRow("%s %s", qPrintable(code), qPrintable(format)) << code << format;
            }
        }
    }

    void entry()
    {
        QFETCH(QString, code);
        QFETCH(QString, format);
        const Lookup lookup = m_base.lookup(code);
        QVERIFY(lookup);
        const EntryRenderer renderer(m_base);
        QString output;
        QBENCHMARK
        {
            output = format == u"html" ? renderer.toHtml(lookup)
                : format == u"text"    ? renderer.toText(lookup)
                                       : renderer.toMarkdown(lookup);
        }
        QVERIFY(!output.isEmpty());
    }

    // Building the comparison is part of every compare-view update, so it is measured with it.
    void comparison_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("format");
        for (const auto &[left, right] : {std::pair {u"250"_s, u"251"_s}, std::pair {u"450"_s, u"550"_s}}) {
            for (const QString &format : {u"html"_s, u"text"_s, u"markdown"_s}) {
                QTest::addRow("%s vs %s %s", qPrintable(left), qPrintable(right), qPrintable(format))
                    << left << right << format;
            }
        }
    }

    void comparison()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QString, format);
        const Lookup leftLookup = m_base.lookup(left);
        const Lookup rightLookup = m_base.lookup(right);
        QVERIFY(leftLookup && rightLookup);
        const ComparisonBuilder builder(m_base);
        const ComparisonRenderer renderer(m_base);
        QString output;
        QBENCHMARK
        {
            const Comparison comparison = builder.build(leftLookup, rightLookup);
            output = format == u"html" ? renderer.toHtml(comparison)
                : format == u"text"    ? renderer.toText(comparison)
                                       : renderer.toMarkdown(comparison);
        }
        QVERIFY(!output.isEmpty());
    }
};

QTEST_GUILESS_MAIN(BenchRenderers)
#include "bench_renderers.moc"
