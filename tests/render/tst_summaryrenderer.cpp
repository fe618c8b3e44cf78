// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"
#include "explainer.h"
#include "explanationsections.h"
#include "sectionwriter.h"
#include "summaryrenderer.h"
#include "summarysections.h"
#include "summarytable.h"

#include "fixtures.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {
SummaryRow row(const QString &key, const QString &label, int replies, int hard, int soft, int addresses,
    const QString &entry = {})
{
    SummaryRow result;
    result.key = key;
    result.label = label;
    result.entry = entry;
    result.replies = replies;
    result.hard = hard;
    result.soft = soft;
    result.addresses = addresses;
    return result;
}

SummaryCause cause(
    const QString &title, const QString &entry, int replies, int hard, const ExplainedReply &example)
{
    SummaryCause result;
    result.title = title;
    result.entry = entry;
    result.replies = replies;
    result.addresses = replies - 1;
    result.hard = hard;
    result.soft = replies - hard;
    result.example = example;
    return result;
}

// The text with every run of white space one space: wrapped paragraphs compare with their source.
QString flat(QString text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.replace(space, u" "_s);
}

// The lines of the text table headed title, up to the blank line that ends it.
QStringList tableLines(const QString &text, const QString &title)
{
    const qsizetype start = text.indexOf(u"\n\n"_s + title + u'\n');
    if (start < 0) {
        return {};
    }
    const qsizetype end = text.indexOf(u"\n\n"_s, start + 2);
    return text.mid(start + 2, end < 0 ? -1 : end - start - 2).split(u'\n');
}

// The rows of a CSV text, split at CRLF; fields are not unquoted.
QStringList csvLines(const QString &csv)
{
    QStringList lines = csv.split(u"\r\n"_s);
    if (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}
} // namespace

class TstSummaryRenderer : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;
    ExplainedReply m_gmail; // a provider's response: the provider's advice
    ExplainedReply m_plain; // a code alone: the code's entry's advice

    // A summary of 1,250 replies, as the summarizer would make it, with every part filled.
    Summary sample() const
    {
        Summary summary;
        summary.inputs = {u"mail.log"_s};
        summary.bytes = 2'500'000;
        summary.lines = 41'234;
        summary.mails = 3;
        summary.replies.resize(1250);
        summary.delivered = 1000;
        summary.soft = 150;
        summary.hard = 90;
        summary.temporary = 160;
        summary.permanent = 90;
        summary.addresses = 1100;
        SummaryGroup outcome {SummaryGrouping::Outcome,
            {row(u"delivered"_s, u"Delivered"_s, 1000, 0, 0, 990),
                row(u"soft"_s, u"Soft bounce"_s, 150, 0, 150, 120),
                row(u"hard"_s, u"Hard bounce"_s, 90, 90, 0, 88), row(u"other"_s, u"Other"_s, 10, 0, 0, 10)}};
        SummaryGroup reason {SummaryGrouping::Reason, {}};
        reason.rows.append(row(u"MailboxFull"_s, u"Mailbox full"_s, 120, 0, 120, 100, u"MailboxFull"_s));
        reason.rows.append(row(u"Bold"_s, u"<b>Bold</b> | piped"_s, 60, 60, 0, 60, u"UserUnknown"_s));
        reason.rows.append(row(u"Quoted"_s, u"Full, \"really\""_s, 30, 0, 30, 30));
        for (int i = 0; i < 17; ++i) {
            reason.rows.append(row(u"R%1"_s.arg(i), u"Reason %1"_s.arg(i), 1, 1, 0, 1));
        }
        SummaryGroup domain {
            SummaryGrouping::Domain, {row(u"example.com"_s, u"example.com"_s, 1250, 90, 150, 1100)}};
        summary.groups = {outcome, reason, domain};
        summary.causes = {cause(u"Gmail / Google Workspace: "_s + m_gmail.providerResponse->title,
                              m_gmail.providerResponse->key(), 60, 60, m_gmail),
            cause(u"User unknown (5.1.1)"_s, u"5.1.1"_s, 30, 20, m_plain)};
        summary.hardBounced = {u"alice@example.com"_s, u"bob@example.org"_s};
        summary.problems = {u"broken.eml: cannot be read (Permission denied)"_s};
        summary.timeline.bucketSeconds = 3600;
        summary.timeline.timed = 1240;
        const qint64 start = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC).toSecsSinceEpoch();
        summary.timeline.buckets = {{start, 1000, 900, 50, 40, 10}, {start + 3600, 500, 100, 100, 50, 250},
            {start + 7200, 1, 0, 0, 0, 1}};
        return summary;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_base = BuiltInKnowledgeBase::load();
        const Explanation gmail = Explainer(m_base).explain(Fixtures::explainText(u"multiline-gmail.txt"_s));
        QCOMPARE(gmail.replies.size(), 1);
        m_gmail = gmail.replies.first();
        QVERIFY2(m_gmail.providerResponse, "the Gmail fixture should match Google's response");
        const Explanation plain
            = Explainer(m_base).explain(u"550 5.1.1 <x@example.net>: Recipient address rejected"_s);
        QCOMPARE(plain.replies.size(), 1);
        m_plain = plain.replies.first();
        QVERIFY(!m_plain.providerResponse);
    }

    void count_groupsThousands()
    {
        QCOMPARE(SummarySections::count(0), u"0"_s);
        QCOMPARE(SummarySections::count(999), u"999"_s);
        QCOMPARE(SummarySections::count(12627), u"12,627"_s);
        QCOMPARE(SummarySections::count(1234567), u"1,234,567"_s);
        QCOMPARE(SummarySections::percent(1, 3), u"33.3"_s);
        QCOMPARE(SummarySections::percent(2, 3, 2), u"66.67"_s);
        QCOMPARE(SummarySections::percent(5, 0), u"0.0"_s);
    }

    void headline_namesTheInputsAndTheOutcomes()
    {
        Summary summary = sample();
        const SummaryRenderer renderer;
        QCOMPARE(renderer.headline(summary),
            u"1,250 replies in mail.log: 1,000 delivered, 150 soft bounces, 90 hard bounces, 10 other"_s);
        summary.inputs = {u"a.eml"_s, u"b.eml"_s, u"c.eml"_s};
        summary.cancelled = true;
        summary.replies.resize(1000);
        QCOMPARE(renderer.headline(summary),
            u"1,000 replies in 3 files (cancelled: what was read so far): 1,000 delivered, 150 soft bounces, "
            u"90 hard bounces"_s);
        Summary empty;
        empty.inputs = {u"-"_s};
        QCOMPARE(renderer.headline(empty), u"No reply found in -."_s);
    }

    void text_hasTotalsCausesAndAlignedTables()
    {
        const Summary summary = sample();
        const QString text = SummaryRenderer().toText(summary);
        QVERIFY(text.startsWith(SummaryRenderer().headline(summary) + u"\n\n"_s));
        for (const QString &total : {u"Replies: 1,250"_s, u"Delivered: 1,000"_s,
                 u"Temporary failures (4xx): 160"_s, u"Permanent failures (5xx): 90"_s,
                 u"Distinct addresses: 1,100"_s, u"Lines: 41,234"_s, u"Mails: 3"_s, u"Problems: 1"_s}) {
            QVERIFY2(text.contains(total), qPrintable(total));
        }
        QVERIFY(
            text.contains(u"\n1. Gmail / Google Workspace: "_s + m_gmail.providerResponse->title + u'\n'));
        QVERIFY(text.contains(u"60 replies to 59 addresses: 60 hard bounces, 0 soft bounces."_s));
        QVERIFY(text.contains(
            u"\n  "_s + m_gmail.providerResponse->key() + u' ' + m_gmail.providerResponse->title));
        // The code as the cause names it finds the title of its entry.
        QVERIFY(text.contains(u"\n  5.1.1 "_s + m_plain.enhanced.entry->title + u'\n'));
        QVERIFY(text.contains(u"2. User unknown (5.1.1)"_s));

        const QStringList reason = tableLines(text, u"Reason"_s);
        // Heading, column names, 15 rows, then what was left out.
        QCOMPARE(reason.size(), 1 + 1 + SummaryTable::maximumRows + 1);
        QCOMPARE(reason.constLast(), u"  \u2026 and 5 more"_s);
        const QString header = reason.at(1);
        const qsizetype repliesEnd = header.indexOf(u"Replies"_s) + 7;
        const qsizetype shareEnd = header.indexOf(u"Share"_s) + 5;
        QVERIFY(repliesEnd > 7);
        for (qsizetype i = 2; i < reason.size() - 1; ++i) {
            const QString &line = reason.at(i);
            // Numbers are right-aligned under their column names.
            QVERIFY2(line.at(repliesEnd - 1).isDigit(), qPrintable(line));
            QCOMPARE(line.mid(shareEnd - 1, 1), u"%"_s);
        }
        QVERIFY(reason.at(2).startsWith(u"  Mailbox full"_s));
        QVERIFY(reason.at(2).contains(u"9.6%"_s)); // 120 of 1,250
        QVERIFY(!text.contains(u"Reason 16"_s));
        QVERIFY(text.contains(u"2 addresses hard-bounced"_s));
        QVERIFY(text.contains(u"--hard-bounces"_s));
        QVERIFY(text.contains(u"- broken.eml: cannot be read (Permission denied)"_s));
    }

    // Each cause gets exactly the advice the explain view gives its example reply.
    void causes_carryTheExplainViewsAdvice()
    {
        const Summary summary = sample();
        const QString text = SummaryRenderer().toText(summary);
        const QString markdown = SummaryRenderer().toMarkdown(summary);
        const QJsonArray causes = SummaryRenderer().toJson(summary).value(u"causes"_s).toArray();
        QCOMPARE(causes.size(), summary.causes.size());
        for (qsizetype i = 0; i < summary.causes.size(); ++i) {
            const ExplainedReply &example = summary.causes.at(i).example;
            const Section advice = ExplanationSections::advice(example);
            QVERIFY(!advice.isEmpty());
            // The explain view's own sections of that reply end in the same advice.
            const QList<Section> explained = ExplanationSections().replySections(example, 0);
            QCOMPARE(explained.constLast().heading, advice.heading);
            QCOMPARE(explained.constLast().paragraphs, advice.paragraphs);
            QVERIFY2(text.contains(u'\n' + advice.heading + u'\n'), qPrintable(advice.heading));
            QVERIFY(flat(text).contains(flat(advice.paragraphs.first())));
            QVERIFY(markdown.contains(u"#### "_s + SectionWriter::markdownEscaped(advice.heading)));
            const QJsonObject json = causes.at(i).toObject();
            QCOMPARE(json.value(u"adviceHeading"_s).toString(), advice.heading);
            QCOMPARE(json.value(u"advice"_s).toString(), advice.paragraphs.join(u"\n\n"_s));
        }
        // The two causes' advice differ: one is the provider's, the other the code's entry's.
        QVERIFY(ExplanationSections::advice(m_gmail).paragraphs
            != ExplanationSections::advice(m_plain).paragraphs);
        QCOMPARE(ExplanationSections::advice(m_gmail).paragraphs.first(), m_gmail.providerResponse->fix);
    }

    void timeline_showsOnlyWhenTimesWereRead()
    {
        Summary summary = sample();
        const QStringList timeline = tableLines(SummaryRenderer().toText(summary), u"Over time"_s);
        QVERIFY(
            flat(timeline.join(u' ')).contains(u"1,240 of 1,250 replies carry a time; each row is 1 hour"_s));
        // The column names, then a row per bucket, each fitting a terminal.
        const QStringList rows
            = timeline.mid(timeline.indexOf(QRegularExpression(u"  Start +Replies.*"_s)) + 1);
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.at(0).startsWith(u"  2026-11-28 10:00"_s));
        QVERIFY(rows.at(2).startsWith(u"  2026-11-28 12:00"_s));
        for (const QString &line : timeline) {
            QVERIFY2(line.size() <= 80, qPrintable(line));
        }
        // The bar scales to the busiest bucket; a bucket of one reply still shows one mark.
        QVERIFY(rows.at(0).endsWith(u"  "_s + QString(SummaryTable::barWidth, u'#')));
        QVERIFY(rows.at(1).endsWith(u"  "_s + QString(SummaryTable::barWidth / 2, u'#')));
        QVERIFY(rows.at(2).endsWith(u"  #"_s));
        QVERIFY(SummaryRenderer().toMarkdown(summary).contains(u"## Over time"_s));
        QVERIFY(SummaryRenderer().toHtml(summary).contains(u"<h3>Over time</h3>"_s));
        QVERIFY(SummaryRenderer().toCsv(summary).contains(
            u"\r\ntime,2026-11-28T11:00:00,2026-11-28 11:00,500,40.00,50,100,\r\n"_s));

        summary.timeline = {};
        QVERIFY(!SummaryRenderer().toText(summary).contains(u"Over time"_s));
        QVERIFY(!SummaryRenderer().toMarkdown(summary).contains(u"Over time"_s));
        QVERIFY(!SummaryRenderer().toHtml(summary).contains(u"Over time"_s));
        QVERIFY(!SummaryRenderer().toCsv(summary).contains(u"\r\ntime,"_s));
        QVERIFY(SummaryRenderer().toJson(summary).value(u"timeline"_s)[u"buckets"_s].toArray().isEmpty());
    }

    void html_escapesLabelsAndLinksEntries()
    {
        const QString html = SummaryRenderer().toHtml(sample());
        QVERIFY(html.contains(u"&lt;b&gt;Bold&lt;/b&gt; | piped"_s));
        QVERIFY(!html.contains(u"<b>Bold"_s));
        QVERIFY(
            html.contains(u"<a href=\"code:MailboxFull\" title=\"Opens MailboxFull\">Mailbox full</a>"_s));
        QVERIFY(html.contains(u"<a href=\"code:UserUnknown\""_s));
        // A row without an entry is text.
        QVERIFY(html.contains(u"<td align=\"left\">Full, &quot;really&quot;</td>"_s));
        QVERIFY(html.contains(u"<td align=\"right\">9.6%</td>"_s));
        QVERIFY(html.contains(u"<h3>What to fix first</h3>"_s));
        QVERIFY(
            html.contains(u"<h5>"_s + SectionWriter::htmlText(ExplanationSections::advice(m_plain).heading)));
        QVERIFY(html.contains(SectionWriter::htmlCodeLink(m_gmail.providerResponse->key())));
        QCOMPARE(html.count(u"<table "_s), 4); // three groupings and the timeline
        QVERIFY(html.contains(u"<p>\u2026 and 5 more</p>"_s));
    }

    void markdown_tablesEscapePipes()
    {
        const QString markdown = SummaryRenderer().toMarkdown(sample());
        QVERIFY(markdown.startsWith(u"# 1,250 replies in mail.log"_s));
        QVERIFY(
            markdown.contains(u"## Reason\n\n| Label | Key | Replies | Share | Hard | Soft | Addresses |\n"
                              u"| --- | --- | ---: | ---: | ---: | ---: | ---: |\n"
                              u"| Mailbox full | MailboxFull | 120 | 9.6% | 0 | 120 | 100 |\n"_s));
        QVERIFY(markdown.contains(u"| \\<b\\>Bold\\</b\\> \\| piped | Bold | 60 | 4.8% | 60 | 0 | 60 |"_s));
        QVERIFY(markdown.contains(u"| Reason 11 |"_s));
        QVERIFY(!markdown.contains(u"| Reason 12 |"_s));
        QVERIFY(markdown.contains(u"\u2026 and 5 more"_s));
    }

    void csv_quotesAndHasEveryRow()
    {
        const Summary summary = sample();
        const QString csv = SummaryRenderer().toCsv(summary);
        const QStringList lines = csvLines(csv);
        QCOMPARE(lines.first(), u"grouping,key,label,replies,share,hard,soft,addresses"_s);
        // Every row of every grouping, with no cut, then the buckets.
        qsizetype rows = 0;
        for (const SummaryGroup &group : summary.groups) {
            rows += group.rows.size();
        }
        QCOMPARE(lines.size(), 1 + rows + summary.timeline.buckets.size());
        QVERIFY(lines.contains(u"outcome,delivered,Delivered,1000,80.00,0,0,990"_s));
        QVERIFY(lines.contains(u"reason,Quoted,\"Full, \"\"really\"\"\",30,2.40,0,30,30"_s));
        QVERIFY(lines.contains(u"reason,R16,Reason 16,1,0.08,1,0,1"_s));
        QVERIFY(lines.contains(u"domain,example.com,example.com,1250,100.00,90,150,1100"_s));
        QVERIFY(!csv.contains(u"1,250"_s));
        // No line break but the row ends, which are all CRLF.
        QCOMPARE(csv.count(u'\n'), lines.size());
        QCOMPARE(csv.count(u"\r\n"_s), lines.size());
    }

    void csv_quotesLineBreaks()
    {
        Summary summary;
        summary.replies.resize(2);
        summary.groups = {{SummaryGrouping::Domain, {row(u"x"_s, u"two\nlines"_s, 2, 0, 0, 1)}}};
        QCOMPARE(
            csvLines(SummaryRenderer().toCsv(summary)).at(1), u"domain,x,\"two\nlines\",2,100.00,0,0,1"_s);
    }

    void json_hasTheDocumentedFields()
    {
        const Summary summary = sample();
        const QJsonObject json = SummaryRenderer().toJson(summary);
        QCOMPARE(json.value(u"inputs"_s).toArray(), QJsonArray {u"mail.log"_s});
        QCOMPARE(json.value(u"problems"_s).toArray().size(), 1);
        QCOMPARE(json.value(u"bytes"_s).toInteger(), qint64(2'500'000));
        QCOMPARE(json.value(u"lines"_s).toInteger(), qint64(41'234));
        QCOMPARE(json.value(u"mails"_s).toInt(), 3);
        QCOMPARE(json.value(u"cancelled"_s).toBool(true), false);
        const QJsonObject totals = json.value(u"totals"_s).toObject();
        QCOMPARE(totals.value(u"replies"_s).toInt(), 1250);
        QCOMPARE(totals.value(u"delivered"_s).toInt(), 1000);
        QCOMPARE(totals.value(u"temporary"_s).toInt(), 160);
        QCOMPARE(totals.value(u"permanent"_s).toInt(), 90);
        QCOMPARE(totals.value(u"hard"_s).toInt(), 90);
        QCOMPARE(totals.value(u"soft"_s).toInt(), 150);
        QCOMPARE(totals.value(u"addresses"_s).toInt(), 1100);
        const QJsonObject groups = json.value(u"groups"_s).toObject();
        QCOMPARE(groups.keys(), (QStringList {u"domain"_s, u"outcome"_s, u"reason"_s}));
        const QJsonArray reasons = groups.value(u"reason"_s).toArray();
        QCOMPARE(reasons.size(), 20); // every row: no cut
        const QJsonObject full = reasons.at(0).toObject();
        QCOMPARE(full.value(u"key"_s).toString(), u"MailboxFull"_s);
        QCOMPARE(full.value(u"label"_s).toString(), u"Mailbox full"_s);
        QCOMPARE(full.value(u"entry"_s).toString(), u"MailboxFull"_s);
        QCOMPARE(full.value(u"replies"_s).toInt(), 120);
        QCOMPARE(full.value(u"share"_s).toDouble(), 9.6);
        QCOMPARE(full.value(u"addresses"_s).toInt(), 100);
        QVERIFY(reasons.at(2).toObject().value(u"entry"_s).isNull());
        const QJsonObject first = json.value(u"causes"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"entry"_s).toString(), m_gmail.providerResponse->key());
        QCOMPARE(first.value(u"replies"_s).toInt(), 60);
        QCOMPARE(first.value(u"addresses"_s).toInt(), 59);
        QCOMPARE(first.value(u"hard"_s).toInt(), 60);
        QCOMPARE(first.value(u"soft"_s).toInt(), 0);
        const QJsonObject timeline = json.value(u"timeline"_s).toObject();
        QCOMPARE(timeline.value(u"bucketSeconds"_s).toInt(), 3600);
        QCOMPARE(timeline.value(u"timed"_s).toInt(), 1240);
        const QJsonObject bucket = timeline.value(u"buckets"_s).toArray().at(1).toObject();
        QCOMPARE(bucket.value(u"start"_s).toString(), u"2026-11-28T11:00:00"_s);
        QCOMPARE(bucket.value(u"delivered"_s).toInt(), 100);
        QCOMPARE(bucket.value(u"otherFailures"_s).toInt(), 250);
        QCOMPARE(json.value(u"hardBounces"_s).toArray(),
            (QJsonArray {u"alice@example.com"_s, u"bob@example.org"_s}));
        // It survives a round trip as a document.
        QCOMPARE(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object(), json);
    }

    void hardBounces_isTheListAlone()
    {
        QCOMPARE(SummaryRenderer().hardBounces(sample()), u"alice@example.com\nbob@example.org\n"_s);
        QCOMPARE(SummaryRenderer().hardBounces(Summary()), QString());
    }

    // An empty summary still says what was read and that nothing was found, in every format.
    void empty_summaryRendersEverywhere()
    {
        Summary summary;
        summary.inputs = {u"empty.log"_s};
        summary.groups = {{SummaryGrouping::Reason, {}}};
        const QString text = SummaryRenderer().toText(summary);
        QVERIFY(text.startsWith(u"No reply found in empty.log.\n"_s));
        QVERIFY(text.contains(u"No failure to fix."_s));
        QVERIFY(text.contains(u"Reason\n  No replies."_s));
        QVERIFY(!text.contains(u"Hard-bounced"_s));
        QCOMPARE(csvLines(SummaryRenderer().toCsv(summary)).size(), 1);
        QCOMPARE(SummaryRenderer().toJson(summary).value(u"totals"_s)[u"replies"_s].toInt(-1), 0);
    }
};

QTEST_GUILESS_MAIN(TstSummaryRenderer)
#include "tst_summaryrenderer.moc"
