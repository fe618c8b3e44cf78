// SPDX-License-Identifier: GPL-3.0-or-later
// The search index alone, without a model: ranks, order, filters and narrowing keystroke by
// keystroke.
#include "builtinknowledgebase.h"
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

    std::vector<quint8> all() const
    {
        return std::vector<quint8>(std::size_t(m_base.entries().size()), true);
    }

    QStringList ordered(SearchIndex &index, const std::vector<quint8> &passes) const
    {
        QStringList codes;
        for (const int r : index.order(passes)) {
            codes.append(m_base.entries().at(r).code);
        }
        return codes;
    }

private Q_SLOTS:
    void initTestCase() { m_base = BuiltInKnowledgeBase::load(); }

    void emptySearch_keepsKnowledgeBaseOrder()
    {
        SearchIndex index;
        index.reset(&m_base.entries());
        index.search({});
        const QStringList codes = ordered(index, all());
        QCOMPARE(codes.size(), m_base.entries().size());
        QCOMPARE(codes.first(), m_base.entries().first().code);
        QCOMPARE(index.rank(0), int(SearchRank::ExactCode));
    }

    void ranks_exactPrefixTitleBody()
    {
        SearchIndex index;
        index.reset(&m_base.entries());
        index.search(u"5.1.1"_s);
        QStringList codes = ordered(index, all());
        QCOMPARE(codes.first(), u"X.1.1"_s);
        QCOMPARE(index.rank(row(u"X.1.1"_s)), int(SearchRank::ExactCode));

        index.search(u"55"_s);
        codes = ordered(index, all());
        QVERIFY(codes.startsWith(u"550"_s));
        QCOMPARE(index.rank(row(u"552"_s)), int(SearchRank::CodePrefix));

        index.search(u"mailbox"_s);
        ordered(index, all());
        QCOMPARE(index.rank(row(u"550"_s)), int(SearchRank::TitleWord));

        index.search(u"zzzzqqq"_s);
        QVERIFY(ordered(index, all()).isEmpty());
        QCOMPARE(index.rank(row(u"550"_s)), int(SearchRank::NoMatch));
    }

    // Rich text keeps codes on one line with word joiners; a code copied from it still matches.
    void wordJoiners_areIgnored()
    {
        SearchIndex index;
        index.reset(&m_base.entries());
        index.search(u"X.\u20601.1"_s);
        QCOMPARE(ordered(index, all()).first(), u"X.1.1"_s);
        QCOMPARE(index.rank(row(u"X.1.1"_s)), int(SearchRank::ExactCode));
    }

    void passes_leaveRowsOutButKeepTheirRank()
    {
        SearchIndex index;
        index.reset(&m_base.entries());
        index.search(u"55"_s);
        std::vector<quint8> passes = all();
        passes[std::size_t(row(u"550"_s))] = false;
        const QStringList codes = ordered(index, passes);
        QVERIFY(!codes.contains(u"550"_s));
        QVERIFY(codes.contains(u"552"_s));
        QCOMPARE(index.rank(row(u"550"_s)), int(SearchRank::CodePrefix));
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

    // Row by row and through the token index are two ways to the same ranks; whichever a
    // keystroke takes, what it finds must not change. Words from every entry's texts, typed a
    // character at a time, with codes, phrases of synonyms, punctuation and non-ASCII text.
    void strategies_giveTheSameRanks()
    {
        QList<Entry> entries = m_base.entries();
        entries[5].title += u" Überlänge İstanbul straße"_s;
        entries[9].howToFix += u" naïve café\u00a0menu tab\there"_s;
        QStringList queries {u"5.7.1"_s, u"x.1.1"_s, u"550 relay"_s, u"relay 4.7"_s, u"rate limited"_s,
            u"mailbox full"_s, u"blacklisted ip"_s, u"| 5"_s, u"(rfc"_s, u"überl"_s, u"istanbul"_s,
            u"i̇stanbul"_s, u"café"_s, u"menu"_s, u"\u00a0"_s, u"tab"_s, u"here"_s, u"5.xxx.xxx"_s,
            u"greylisting 4.7.1"_s};
        for (int i = 0; i < entries.size(); i += 3) {
            const Entry &entry = entries.at(i);
            queries += (entry.title + u' ' + entry.keywords.join(u' ') + u' ' + entry.description.left(80))
                           .toLower()
                           .split(u' ', Qt::SkipEmptyParts);
        }
        SearchIndex rowByRow;
        SearchIndex indexed;
        rowByRow.reset(&entries, &m_base.synonyms());
        indexed.reset(&entries, &m_base.synonyms());
        rowByRow.setStrategy(SearchRows::Strategy::RowByRow);
        indexed.setStrategy(SearchRows::Strategy::Indexed);
        const std::vector<quint8> passes(std::size_t(entries.size()), true);
        int compared = 0;
        for (const QString &query : std::as_const(queries)) {
            for (qsizetype length = 1; length <= query.size(); ++length) {
                rowByRow.search(query.left(length));
                indexed.search(query.left(length));
                const std::vector<int> expected = rowByRow.order(passes);
                QVERIFY2(indexed.order(passes) == expected, qPrintable(query.left(length)));
                for (int r = 0; r < entries.size(); ++r) {
                    QCOMPARE(indexed.rank(r), rowByRow.rank(r));
                }
                compared += expected.empty() ? 0 : 1;
            }
        }
        // The comparison means something only if most searches find rows.
        QVERIFY(compared > queries.size());
    }

    void invalidateTexts_searchesAgain()
    {
        QList<Entry> entries = m_base.entries();
        SearchIndex index;
        index.reset(&entries);
        index.search(u"quuxword"_s);
        QVERIFY(index.order(std::vector<quint8>(std::size_t(entries.size()), true)).empty());
        entries[3].title = u"Quuxword"_s;
        index.invalidateTexts();
        index.search(u"quuxword"_s);
        QCOMPARE(index.order(std::vector<quint8>(std::size_t(entries.size()), true)), std::vector<int> {3});
    }

    void noEntries_findNothing()
    {
        SearchIndex index;
        index.search(u"550"_s);
        QVERIFY(index.order({}).empty());
        QCOMPARE(index.rank(0), int(SearchRank::NoMatch));
    }
};

QTEST_GUILESS_MAIN(TstSearchIndex)
#include "tst_searchindex.moc"
