// SPDX-License-Identifier: GPL-3.0-or-later
// The summary view's tables at the scale of a 100 MB Postfix log: about 130,000 replies, a
// domain grouping of 5,000 rows, and a row whose replies are all of them. Each re-sort or
// filter is one user action and should take at most a frame (16 ms).
#include "summarygroupmodel.h"
#include "summaryreplymodel.h"
#include "summaryroles.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {
constexpr int replyCount = 130000;
constexpr int domainCount = 5000;

std::shared_ptr<const Summary> generatedSummary()
{
    auto summary = std::make_shared<Summary>();
    summary->inputs = {u"/var/log/mail.log"_s};
    QRandomGenerator random(7);
    const QString texts[] = {u"250 2.0.0 Ok: queued as 4F2A1B"_s,
        u"550 5.1.1 <%1>: Recipient address rejected: User unknown in virtual mailbox table"_s,
        u"452 4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to "
        u"https://support.google.com/mail/?p=OverQuotaTemp b2si - gsmtp"_s,
        u"421 4.7.0 [TSS04] Messages from 198.51.100.7 temporarily deferred due to user complaints"_s};
    const QString codes[][2]
        = {{u"250"_s, u"2.0.0"_s}, {u"550"_s, u"5.1.1"_s}, {u"452"_s, u"4.2.2"_s}, {u"421"_s, u"4.7.0"_s}};
    SummaryGroup domains;
    domains.grouping = SummaryGrouping::Domain;
    for (int d = 0; d < domainCount; ++d) {
        SummaryRow row;
        row.key = u"mail%1.example%2.com"_s.arg(d).arg(d % 97);
        row.label = row.key;
        domains.rows.append(row);
    }
    SummaryRow all;
    all.key = u"all"_s;
    all.label = u"All replies"_s;
    for (int i = 0; i < replyCount; ++i) {
        // A few large domains and a long tail, as real logs have.
        const int domain
            = int(std::min(random.bounded(quint32(domainCount)), random.bounded(quint32(domainCount))));
        const int kind = random.bounded(100U) < 80 ? 0 : 1 + int(random.bounded(3U));
        SummaryReply reply;
        reply.recipient = u"user%1@%2"_s.arg(random.bounded(30000U)).arg(domains.rows.at(domain).key);
        reply.basic = codes[kind][0];
        reply.enhanced = codes[kind][1];
        reply.text = texts[kind].contains(u"%1"_s) ? texts[kind].arg(reply.recipient) : texts[kind];
        reply.file = 0;
        reply.line = 7 * i + 5;
        reply.time = 1700000000 + i * 2;
        summary->replies.append(reply);
        SummaryRow &row = domains.rows[domain];
        ++row.replies;
        row.hard += kind == 1 ? 1 : 0;
        row.soft += kind >= 2 ? 1 : 0;
        row.addresses = row.replies - row.replies / 7;
        row.indexes.append(i);
        all.indexes.append(i);
    }
    all.replies = replyCount;
    summary->groups.append(domains);
    SummaryGroup outcome;
    outcome.grouping = SummaryGrouping::Outcome;
    outcome.rows.append(all);
    summary->groups.append(outcome);
    return summary;
}
} // namespace

class BenchSummaryView : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const Summary> m_summary;
    QList<int> m_all; // every reply: the one row of the outcome grouping

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer clock;
        clock.start();
        m_summary = generatedSummary();
        m_all.resize(replyCount);
        std::iota(m_all.begin(), m_all.end(), 0);
        qInfo("generated %lld replies and %d domains in %lld ms", qlonglong(m_summary->replies.size()),
            domainCount, clock.elapsed());
    }

    void sortGroupTable_data()
    {
        QTest::addColumn<int>("column");
        const char *names[] = {"label", "key", "replies", "share", "hard", "soft", "addresses"};
        for (int column = 0; column < GroupColumnCount; ++column) {
            QTest::newRow(names[column]) << column;
        }
    }

    // One click on a header of the 5,000-row domain table.
    void sortGroupTable()
    {
        QFETCH(int, column);
        SummaryGroupModel model;
        model.setGroup(m_summary, SummaryGrouping::Domain);
        QSortFilterProxyModel proxy;
        proxy.setSortRole(SummarySortRole);
        proxy.setSourceModel(&model);
        bool ascending = true;
        QBENCHMARK
        {
            proxy.sort(column, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
            ascending = !ascending;
        }
        QCOMPARE(proxy.rowCount(), domainCount);
    }

    // A word typed in the filter field of the sorted domain table.
    void filterGroupTable()
    {
        SummaryGroupModel model;
        model.setGroup(m_summary, SummaryGrouping::Domain);
        QSortFilterProxyModel proxy;
        proxy.setSortRole(SummarySortRole);
        proxy.setFilterRole(SummaryFilterRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setSourceModel(&model);
        proxy.sort(GroupRepliesColumn, Qt::DescendingOrder);
        const QString words[] = {u"example42"_s, u"mail1"_s};
        int turn = 0;
        QBENCHMARK
        {
            proxy.setFilterFixedString(words[turn++ % 2]);
        }
        QVERIFY(proxy.rowCount() > 0);
    }

    void sortReplies_data()
    {
        QTest::addColumn<int>("column");
        const char *names[] = {"time", "place", "recipient", "codes", "text"};
        for (int column = 0; column < ReplyColumnCount; ++column) {
            QTest::newRow(names[column]) << column;
        }
    }

    // A click on a header of the list of all 130,000 replies, once its column has been sorted by.
    void sortReplies()
    {
        QFETCH(int, column);
        SummaryReplyModel model;
        model.setReplies(m_summary, m_all);
        QElapsedTimer clock;
        clock.start();
        model.sort(column, Qt::AscendingOrder);
        qInfo("first sort by this column: %lld ms", clock.elapsed());
        bool ascending = false;
        QBENCHMARK
        {
            model.sort(column, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
            ascending = !ascending;
        }
        QCOMPARE(model.rowCount(), replyCount);
    }

    void filterReplies_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("address") << u"user123@"_s;
        QTest::newRow("code") << u"4.2.2"_s;
        QTest::newRow("text") << u"inbox"_s;
    }

    // A word pasted into the replies' filter field of all 130,000 replies, sorted by recipient.
    void filterReplies()
    {
        QFETCH(QString, word);
        SummaryReplyModel model;
        model.setReplies(m_summary, m_all);
        model.sort(ReplyRecipientColumn, Qt::AscendingOrder);
        QBENCHMARK
        {
            model.setFilterText(word);
            model.setFilterText({});
        }
        model.setFilterText(word);
        QVERIFY(model.rowCount() > 0);
        qInfo("%d replies match (the figure is a filter and its clearing)", model.rowCount());
    }

    // Typing a word letter by letter: each letter narrows what the last one left.
    void typeIntoReplyFilter()
    {
        SummaryReplyModel model;
        model.setReplies(m_summary, m_all);
        const QString word = u"mail42.ex"_s;
        QBENCHMARK
        {
            for (qsizetype length = 1; length <= word.size(); ++length) {
                model.setFilterText(word.left(length));
            }
            model.setFilterText({});
        }
        qInfo("the figure is %lld letters and the clearing", qlonglong(word.size()));
    }
};

QTEST_GUILESS_MAIN(BenchSummaryView)
#include "bench_summaryview.moc"
