// SPDX-License-Identifier: GPL-3.0-or-later
// The search index alone, without a model: ranks, order, filters and narrowing keystroke by
// keystroke.
#include "knowledgebaseloader.h"
#include "searchindex.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

class TstSearchIndex : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;

    int row(const QString &code) const
    {
        const QList<Entry> &entries = m_base.entries();
        for (int i = 0; i < entries.size(); ++i) {
            if (entries.at(i).code == code) {
                return i;
            }
        }
        return -1;
    }

    std::vector<bool> all() const { return std::vector<bool>(std::size_t(m_base.entries().size()), true); }

    QStringList ordered(SearchIndex &index, const std::vector<bool> &passes) const
    {
        QStringList codes;
        for (const int r : index.order(passes)) {
            codes.append(m_base.entries().at(r).code);
        }
        return codes;
    }

private Q_SLOTS:
    void initTestCase() { m_base = KnowledgeBaseLoader::loadBuiltIn(); }

    void emptySearch_keepsKnowledgeBaseOrder()
    {
        SearchIndex index;
        index.reset(&m_base.entries());
        index.search({});
        const QStringList codes = ordered(index, all());
        QCOMPARE(codes.size(), m_base.entries().size());
        QCOMPARE(codes.first(), m_base.entries().first().code);
        QCOMPARE(index.rank(0), int(SearchIndex::ExactCode));
    }

    void ranks_exactPrefixTitleBody()
    {
        SearchIndex index;
        index.reset(&m_base.entries());
        index.search(u"5.1.1"_s);
        QStringList codes = ordered(index, all());
        QCOMPARE(codes.first(), u"X.1.1"_s);
        QCOMPARE(index.rank(row(u"X.1.1"_s)), int(SearchIndex::ExactCode));

        index.search(u"55"_s);
        codes = ordered(index, all());
        QVERIFY(codes.startsWith(u"550"_s));
        QCOMPARE(index.rank(row(u"552"_s)), int(SearchIndex::CodePrefix));

        index.search(u"mailbox"_s);
        ordered(index, all());
        QCOMPARE(index.rank(row(u"550"_s)), int(SearchIndex::TitleWord));

        index.search(u"zzzzqqq"_s);
        QVERIFY(ordered(index, all()).isEmpty());
        QCOMPARE(index.rank(row(u"550"_s)), int(SearchIndex::NoMatch));
    }

    void passes_leaveRowsOutButKeepTheirRank()
    {
        SearchIndex index;
        index.reset(&m_base.entries());
        index.search(u"55"_s);
        std::vector<bool> passes = all();
        passes[std::size_t(row(u"550"_s))] = false;
        const QStringList codes = ordered(index, passes);
        QVERIFY(!codes.contains(u"550"_s));
        QVERIFY(codes.contains(u"552"_s));
        QCOMPARE(index.rank(row(u"550"_s)), int(SearchIndex::CodePrefix));
    }

    // Typing on, deleting and editing must give what a fresh index gives for the same text.
    void narrowing_matchesAFreshSearch()
    {
        SearchIndex typed;
        typed.reset(&m_base.entries());
        const QStringList steps {u"m"_s, u"ma"_s, u"mai"_s, u"mail"_s, u"mail f"_s, u"mail fu"_s, u"mail f"_s,
            u"mail"_s, u"rail"_s, u"5"_s, u"5."_s, u"5.7"_s, u"5.7.1"_s, u"5."_s, u""_s, u"relay denied"_s};
        for (const QString &text : steps) {
            typed.search(text);
            SearchIndex fresh;
            fresh.reset(&m_base.entries());
            fresh.search(text);
            QVERIFY2(ordered(typed, all()) == ordered(fresh, all()), qPrintable(text));
        }
    }

    void invalidateTexts_searchesAgain()
    {
        QList<Entry> entries = m_base.entries();
        SearchIndex index;
        index.reset(&entries);
        index.search(u"quuxword"_s);
        QVERIFY(index.order(std::vector<bool>(std::size_t(entries.size()), true)).empty());
        entries[3].title = u"Quuxword"_s;
        index.invalidateTexts();
        index.search(u"quuxword"_s);
        QCOMPARE(index.order(std::vector<bool>(std::size_t(entries.size()), true)), std::vector<int> {3});
    }

    void noEntries_findNothing()
    {
        SearchIndex index;
        index.search(u"550"_s);
        QVERIFY(index.order({}).empty());
        QCOMPARE(index.rank(0), int(SearchIndex::NoMatch));
    }
};

QTEST_GUILESS_MAIN(TstSearchIndex)
#include "tst_searchindex.moc"
