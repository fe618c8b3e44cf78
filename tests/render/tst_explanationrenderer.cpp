// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"
#include "explainer.h"
#include "explanationrenderer.h"

#include "fixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

class TstExplanationRenderer : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;

private Q_SLOTS:
    void initTestCase() { m_base = BuiltInKnowledgeBase::load(); }

    void json_hasTheDocumentedFields()
    {
        const QJsonArray array = ExplanationRenderer().toJson(
            Explainer(m_base).explain(Fixtures::explainText(u"postfix-bounce.txt"_s)));
        QCOMPARE(array.size(), 1);
        const QJsonObject reply = array.first().toObject();
        QCOMPARE(reply.value(u"basic"_s).toString(), u"550"_s);
        QCOMPARE(reply.value(u"enhanced"_s).toString(), u"5.1.1"_s);
        QCOMPARE(reply.value(u"command"_s).toString(), u"RCPT TO"_s);
        QCOMPARE(reply.value(u"verdict"_s).toString(), u"permanent-failure"_s);
        QVERIFY(reply.value(u"warnings"_s).isArray());
        QVERIFY(reply.value(u"text"_s).toString().startsWith(u"The email account"_s));
        const QJsonObject dotnet
            = ExplanationRenderer()
                  .toJson(Explainer(m_base).explain(Fixtures::explainText(u"dotnet.txt"_s)))
                  .first()
                  .toObject();
        QVERIFY(dotnet.value(u"basic"_s).isNull());
        QVERIFY(dotnet.value(u"command"_s).isNull());
    }

    // A URL in the reply text is a link to exactly that URL, with a tooltip naming its host; the
    // punctuation around it stays text, and only http and https are ever linked.
    void html_linksTheUrlsOfTheReplyText()
    {
        const Explanation explanation
            = Explainer(m_base).explain(Fixtures::explainText(u"multiline-gmail.txt"_s));
        QCOMPARE(explanation.replies.size(), 1);
        const QString html = ExplanationRenderer().toHtml(explanation);
        QVERIFY2(html.contains(u"<a href=\"https://support.google.com/mail/?p=NoSuchUser\" "
                               u"title=\"Opens support.google.com in your web browser: "
                               u"https://support.google.com/mail/?p=NoSuchUser\">"
                               u"https://support.google.com/mail/?p=NoSuchUser</a> a1si123456qkb.99"_s),
            qPrintable(html));
        const QString markdown = ExplanationRenderer().toMarkdown(explanation);
        QVERIFY2(
            markdown.contains(u"<https://support.google.com/mail/?p=NoSuchUser>"_s), qPrintable(markdown));
        // The text format keeps the text as it was.
        QVERIFY(ExplanationRenderer()
                    .toText(explanation)
                    .contains(u"https://support.google.com/mail/?p=NoSuchUser"_s));
    }

    void html_linksOnlyHttpUrls_hostileInput()
    {
        const QString paste
            = u"550 5.7.1 Blocked, see https://help.example/a?x=1&y=\"2\"><script>alert(1)</script> "
              u"or javascript:alert(2) or JAVASCRIPT://x.example/%0Aalert(3) or "
              u"data:text/html,<b>x</b> or (https://example.org/path). or "
              u"<https://example.net/x?q='a'>, then \"https://\"onmouseover=alert(4)"_s;
        const QString html = ExplanationRenderer().toHtml(Explainer(m_base).explain(paste));
        static const QRegularExpression href(u"href=\"([^\"]*)\""_s);
        QStringList targets;
        for (auto it = href.globalMatch(html); it.hasNext();) {
            targets.append(it.next().captured(1));
        }
        QCOMPARE(targets.filter(QRegularExpression(u"^https?:"_s)),
            (QStringList {u"https://help.example/a?x=1&amp;y="_s, u"https://example.org/path"_s,
                u"https://example.net/x?q='a'"_s}));
        for (const QString &target : targets) {
            QVERIFY2(target.startsWith(u"https://"_s) || target.startsWith(u"code:"_s), qPrintable(target));
        }
        QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<b>x"_s));
        // No attribute but the renderer's own: every '<' opens a tag it writes.
        static const QRegularExpression tag(u"<([a-z0-9]+)((?: [a-z]+=\"[^\"<>]*\")*)>"_s);
        for (auto it = tag.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const QString attributes = match.captured(2);
            QVERIFY2(!attributes.contains(u" on"_s), qPrintable(match.captured()));
        }
        QCOMPARE(html.count(u'<'), html.count(tag) + html.count(u"</"_s));
    }

    void html_escapesPastedText()
    {
        const QString html = ExplanationRenderer().toHtml(
            Explainer(m_base).explain(u"550 5.7.1 <script>alert(1)</script> <img src=x onerror=alert(2)>"_s));
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"<img"_s));
        QVERIFY(html.contains(u"&lt;script&gt;"_s));
    }
};

QTEST_GUILESS_MAIN(TstExplanationRenderer)
#include "tst_explanationrenderer.moc"
