// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"
#include "codefilterproxymodel.h"
#include "codelistmodel.h"
#include "coderoles.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {
// A knowledge base of `size` entries made from the built-in ones, so that texts have the real
// lengths and vocabulary; codes are unique enhanced-code keys, titles are made unique too.
KnowledgeBase generatedBase(const KnowledgeBase &templates, qsizetype size)
{
    KnowledgeBase base;
    const QList<Entry> &entries = templates.entries();
    for (qsizetype i = 0; i < size; ++i) {
        Entry entry = entries.at(i % entries.size());
        entry.kind = CodeKind::EnhancedDetail;
        entry.code = u"X.%1.%2"_s.arg(100 + i / 1000).arg(i % 1000);
        entry.title += u" (variant %1)"_s.arg(i);
        base.addEntry(std::move(entry));
    }
    return base;
}

struct SearchFixture
{
    explicit SearchFixture(const KnowledgeBase *base)
        : model(base)
    {
        proxy.setSourceModel(&model);
    }
    CodeListModel model;
    CodeFilterProxyModel proxy;
};
} // namespace

// One keystroke in the search field: the proxy re-ranks, re-filters and re-sorts, and the best
// match is read, as the window does to show it (a proxy that sorted lazily, as
// QSortFilterProxyModel does, would otherwise escape the measurement). Each iteration
// alternately types the last character of the query and deletes it again, so every measured
// iteration is exactly one keystroke.
class BenchSearch : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_builtIn;
    KnowledgeBase m_large;
    std::unique_ptr<SearchFixture> m_builtInFixture;
    std::unique_ptr<SearchFixture> m_largeFixture;

    static void queries()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("first digit: 5") << QString() << u"5"_s;
        QTest::newRow("second letter: re") << u"r"_s << u"re"_s;
        QTest::newRow("code: 550") << u"55"_s << u"550"_s;
        QTest::newRow("enhanced: 5.1.1") << u"5.1."_s << u"5.1.1"_s;
        QTest::newRow("words: mailbox full") << u"mailbox ful"_s << u"mailbox full"_s;
        QTest::newRow("word: relay") << u"rela"_s << u"relay"_s;
        QTest::newRow("no match: qzx") << u"qz"_s << u"qzx"_s;
    }

    static void keystroke(CodeFilterProxyModel &proxy)
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        proxy.setSearchText(before);
        bool typed = false;
        QModelIndex best;
        QBENCHMARK
        {
            typed = !typed;
            proxy.setSearchText(typed ? after : before);
            best = proxy.index(0, CodeColumnCode);
        }
        proxy.setSearchText(after);
        QCOMPARE(proxy.index(0, 0).isValid(), proxy.rowCount() > 0);
    }

    // A typed key costs more than a deleted one when the proxy keeps earlier results, and the
    // alternating figure above averages the two; this one is a deletion plus a typed key, so it
    // bounds the typed key alone.
    static void deleteAndType(CodeFilterProxyModel &proxy)
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        proxy.setSearchText(after);
        QModelIndex best;
        QBENCHMARK
        {
            proxy.setSearchText(before);
            best = proxy.index(0, CodeColumnCode);
            proxy.setSearchText(after);
            best = proxy.index(0, CodeColumnCode);
        }
        QCOMPARE(best.isValid(), proxy.rowCount() > 0);
    }

    // The typed key alone, what the user waits for: the deletion before each one is not timed.
    // Qt Test cannot leave part of a QBENCHMARK loop out, so the figure is the median of timed
    // keys, reported as the benchmark's result.
    static void typedKey(CodeFilterProxyModel &proxy)
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        constexpr int keys = 31;
        std::vector<qint64> times;
        QModelIndex best;
        for (int i = 0; i < keys; ++i) {
            proxy.setSearchText(before);
            best = proxy.index(0, CodeColumnCode);
            QElapsedTimer timer;
            timer.start();
            proxy.setSearchText(after);
            best = proxy.index(0, CodeColumnCode);
            times.push_back(timer.nsecsElapsed());
        }
        std::nth_element(times.begin(), times.begin() + keys / 2, times.end());
        QTest::setBenchmarkResult(qreal(times[keys / 2]) / 1e6, QTest::WalltimeMilliseconds);
        QCOMPARE(best.isValid(), proxy.rowCount() > 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_builtIn = BuiltInKnowledgeBase::load();
        QVERIFY(!m_builtIn.entries().isEmpty());
        m_large = generatedBase(m_builtIn, 100000);
        m_builtInFixture = std::make_unique<SearchFixture>(&m_builtIn);
        m_largeFixture = std::make_unique<SearchFixture>(&m_large);
        QCOMPARE(m_largeFixture->proxy.rowCount(), 100000);
        // The proxy builds its lower-cased texts and index on the first search, not at start-up;
        // buildRows_100000 measures that, the keystrokes should not.
        for (SearchFixture *fixture : {m_builtInFixture.get(), m_largeFixture.get()}) {
            fixture->proxy.setSearchText(u"relay"_s);
            fixture->proxy.setSearchText({});
        }
    }

    void keystroke_builtIn_data() { queries(); }
    void keystroke_builtIn() { keystroke(m_builtInFixture->proxy); }

    void keystroke_100000_data() { queries(); }
    void keystroke_100000() { keystroke(m_largeFixture->proxy); }

    void typedKey_100000_data() { queries(); }
    void typedKey_100000() { typedKey(m_largeFixture->proxy); }

    void deleteAndType_100000_data() { queries(); }
    void deleteAndType_100000() { deleteAndType(m_largeFixture->proxy); }

    // Once per model reset, not per keystroke, but it bounds how fast a new base can show and
    // be searched: the rows' texts and index are built on the first search.
    void buildRows_100000()
    {
        QBENCHMARK
        {
            CodeListModel model(&m_large);
            CodeFilterProxyModel proxy;
            proxy.setSourceModel(&model);
            QCOMPARE(proxy.rowCount(), 100000);
            proxy.setSearchText(u"relay"_s);
            QVERIFY(proxy.rowCount() > 0);
        }
    }
};

QTEST_GUILESS_MAIN(BenchSearch)
#include "bench_search.moc"
