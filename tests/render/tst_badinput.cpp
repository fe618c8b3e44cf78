// SPDX-License-Identifier: GPL-3.0-or-later
// Input nobody can vouch for: overlay text full of markup reaches every rich-text view inert,
// local entries are marked as such in every format, and huge pastes are explained.
#include "comparisonbuilder.h"
#include "comparisonrenderer.h"
#include "entryrenderer.h"
#include "explainer.h"
#include "explanationrenderer.h"
#include "replyparser.h"

#include "fixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {

// No element, attribute or URL scheme that a QTextBrowser or a web page would act on.
void verifyInert(const QString &html)
{
    for (const QString &active : {u"<script"_s, u"<img"_s, u"<iframe"_s, u"<a href=\"javascript"_s,
             u"<b onmouseover"_s, u"\"><script"_s}) {
        QVERIFY2(!html.contains(active, Qt::CaseInsensitive), qPrintable(active + u" in "_s + html));
    }
    // Only the renderer's own links: code: and compare: in-app, the RFC Editor for references.
    qsizetype from = 0;
    while ((from = html.indexOf(u"href=\""_s, from)) >= 0) {
        from += 6;
        const QString target = html.mid(from, html.indexOf(u'"', from) - from);
        QVERIFY2(target.startsWith(u"code:"_s) || target.startsWith(u"compare:"_s)
                || target.startsWith(u"https://www.rfc-editor.org/"_s),
            qPrintable(target));
    }
}
} // namespace

class TstBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void injection_entryHtmlIsInert()
    {
        const KnowledgeBase base = Fixtures::loadOverlay({u"injection.json"_s});
        QVERIFY(base.entry(u"X.7.800"_s));
        const EntryRenderer renderer(base);
        for (const QString &code : {u"X.7.800"_s, u"5.7.800"_s, u"550"_s}) {
            const QString html = renderer.toHtml(base.lookup(code));
            verifyInert(html);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        const QString local = renderer.toHtml(base.lookup(u"X.7.800"_s));
        QVERIFY(local.contains(u"&lt;script&gt;alert("_s));
        QVERIFY(local.contains(u"&lt;img src=x onerror=alert(1)&gt;"_s));
        const QString notes = renderer.toHtml(base.lookup(u"550"_s));
        QVERIFY(notes.contains(u"&lt;script&gt;alert("_s));
    }

    // The summary an entry opens with quotes the knowledge base too: the description's opening,
    // the titles of related and confused codes in the links' tooltips, the distinctions' titles.
    void injection_summaryIsEscaped()
    {
        const KnowledgeBase base
            = Fixtures::loadOverlay({u"injection.json"_s, u"injection-distinction.json"_s});
        QVERIFY(base.distinction(u"550"_s, u"X.7.800"_s));
        const EntryRenderer renderer(base);
        const QString local = renderer.toHtml(base.lookup(u"5.7.800"_s));
        verifyInert(local);
        QVERIFY2(local.contains(u"<b>Meaning:</b> &lt;img src=x onerror=alert(1)&gt; and &lt;a "
                                u"href=&quot;javascript:alert(2)&quot;&gt;a link&lt;/a&gt;</p>"_s),
            qPrintable(local));
        QVERIFY(local.contains(
            u"<a href=\"compare:5.7.800/550\" title=\"Compare 5.7.800 with 550 (\u201c&quot; "
            u"onmouseover=&quot;alert(9)&quot; &lt;script&gt;alert('distinction')&lt;/script&gt;"
            u"\u201d)\">550</a>"_s));
        const QString builtIn = renderer.toHtml(base.lookup(u"550"_s));
        verifyInert(builtIn);
        QVERIFY(builtIn.contains(
            u"<a href=\"compare:550/X.7.800\" title=\"Compare 550 with X.7.800 (\u201c&quot; "
            u"onmouseover="_s));
        // No attribute the renderer did not write: the only quotes in a tag are its own.
        QVERIFY(!builtIn.contains(u"\" onmouseover"_s));
        const QString markdown = renderer.toMarkdown(base.lookup(u"X.7.800"_s));
        QVERIFY(markdown.contains(u"- **Meaning:** \\<img src=x onerror=alert(1)\\> and \\<a "
                                  u"href=\"javascript:alert(2)\"\\>a link\\</a\\>"_s));
        const QJsonObject summary = renderer.toJson(base.lookup(u"X.7.800"_s)).value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"confusedWith"_s).toArray(), QJsonArray {u"550"_s});
        QVERIFY(summary.value(u"seeAlso"_s).toArray().isEmpty());
        // Without a distinction, the related codes stand in, as plain links to their entries.
        const KnowledgeBase alone = Fixtures::loadOverlay({u"injection.json"_s});
        const Lookup related = alone.lookup(u"X.7.800"_s);
        QCOMPARE(
            EntryRenderer(alone).toJson(related).value(u"summary"_s).toObject().value(u"seeAlso"_s).toArray(),
            QJsonArray {u"X.7.1"_s});
        QVERIFY(EntryRenderer(alone).toHtml(related).contains(
            u"<b>See also:</b> <a href=\"code:X.7.1\" title=\""_s + alone.entry(u"X.7.1"_s)->title
            + u"\">"_s));
    }

    void injection_comparisonAndExplanationHtmlAreInert()
    {
        const KnowledgeBase base = Fixtures::loadOverlay({u"injection.json"_s});
        const Comparison comparison
            = ComparisonBuilder(base).build(base.lookup(u"550"_s), base.lookup(u"5.7.800"_s));
        verifyInert(ComparisonRenderer(base).toHtml(comparison));
        // A paste naming the local code links its title, and may hold markup of its own.
        const Explanation explanation = Explainer(base).explain(
            u"550 5.7.800 <script>alert('paste')</script> <img src=x onerror=alert(8)>\n"_s);
        QCOMPARE(explanation.replies.size(), 1);
        QCOMPARE(explanation.replies.first().enhanced.entry, base.entry(u"X.7.800"_s));
        verifyInert(ExplanationRenderer().toHtml(explanation));
    }

    void injection_markdownIsEscaped()
    {
        const KnowledgeBase base = Fixtures::loadOverlay({u"injection.json"_s});
        const QString markdown = EntryRenderer(base).toMarkdown(base.lookup(u"X.7.800"_s));
        // Every angle bracket escaped, so no Markdown viewer reads a tag.
        static const QRegularExpression unescaped(uR"((?<!\\)<)"_s);
        QVERIFY2(!markdown.contains(unescaped), qPrintable(markdown));
        QVERIFY(markdown.contains(u"\\<script\\>alert('fix')\\</script\\>"_s));
        QVERIFY(markdown.contains(
            u"(https://www.rfc-editor.org/rfc/rfc3463#section-3.8%22%3E%3Cscript%3Ealert%284%29%3C%2Fscript%3E)"_s));
    }

    void localEntry_isMarkedInEveryFormat()
    {
        const KnowledgeBase base = Fixtures::loadOverlay({u"good.json"_s});
        const EntryRenderer renderer(base);
        const Lookup local = base.lookup(u"X.7.606"_s);
        const QString text = renderer.toText(local);
        QVERIFY(text.startsWith(u"X.7.606  Access denied, banned sending IP  (local)\n"_s));
        // The source path is wrapped with the sentence, so its line breaks depend on where the
        // checkout lives; compare with the wrapping folded away.
        QVERIFY(text.contains(u"Local entry\n  From your local knowledge base"_s));
        QVERIFY2(text.simplified().contains(
                     u"From your local knowledge base (%1), not from"_s.arg(local.entry->sourceFile)),
            qPrintable(text));
        QVERIFY(text.contains(u"Local notes\n  - Fixture: a note on a local entry."_s));
        QVERIFY(
            renderer.toMarkdown(local).startsWith(u"# X.7.606  Access denied, banned sending IP  (local)"_s));
        const QString html = renderer.toHtml(local);
        QVERIFY(html.contains(u"(local)</h2>"_s));
        QVERIFY(html.contains(u"Local entry"_s));
        const QJsonObject json = renderer.toJson(local);
        QCOMPARE(json.value(u"local"_s).toBool(), true);
        QCOMPARE(json.value(u"localNotes"_s).toArray().size(), 1);

        const Lookup builtIn = base.lookup(u"550"_s);
        QVERIFY(!renderer.toText(builtIn).contains(u"(local)"_s));
        QVERIFY(!renderer.toText(builtIn).contains(u"Local entry"_s));
        QVERIFY(renderer.toText(builtIn).contains(u"Local notes\n  - Fixture: our relay answers 550"_s));
        QCOMPARE(renderer.toJson(builtIn).value(u"local"_s).toBool(), false);
    }

    // 10 MB of what users paste: no time limit, only that it completes and finds the replies.
    void hugePaste_isExplained_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("findsReplies");
        const qsizetype size = 10 * 1024 * 1024;
        QString transcript;
        transcript.reserve(size + 100);
        while (transcript.size() < size) {
            transcript += u"<<< 550-5.1.1 The email account that you tried to reach does not exist.\r\n"
                          u"<<< 550 5.1.1 Please try double-checking the recipient's email address.\r\n"_s;
        }
        QTest::newRow("transcript") << transcript << true;
        QTest::newRow("one line without a break") << QString(size, u'5') << false;
        QString digits;
        digits.reserve(size + 100);
        while (digits.size() < size) {
            digits += u"550 5.1.1 4.4.4 250-250 1.2.3.4 "_s;
        }
        QTest::newRow("codes on one line") << digits << true;
        QString noise(size, Qt::Uninitialized);
        QRandomGenerator random(550);
        for (QChar &c : noise) {
            c = QChar(char16_t(random.bounded(1, 0xd800)));
        }
        QTest::newRow("random characters") << noise << false;
    }

    void hugePaste_isExplained()
    {
        QFETCH(QString, text);
        QFETCH(bool, findsReplies);
        static const KnowledgeBase base = Fixtures::loadOverlay({});
        const Explanation explanation = Explainer(base).explain(text);
        if (findsReplies) {
            QVERIFY(!explanation.replies.isEmpty());
        }
        const QString rendered = ExplanationRenderer().toText(explanation);
        QVERIFY(!rendered.isEmpty());
    }

    void pasteBeyondTheLimit_isCut()
    {
        const QString text = QString(ReplyParser::maximumInput, u' ') + u"\n550 5.1.1 after the limit\n"_s;
        ReplyParser parser;
        QVERIFY(parser.parse(text).isEmpty());
        QVERIFY(parser.wasTruncated());
    }
};

QTEST_GUILESS_MAIN(TstBadInput)
#include "tst_badinput.moc"
