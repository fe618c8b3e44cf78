// SPDX-License-Identifier: GPL-3.0-or-later
#include "explainer.h"
#include "explanationrenderer.h"
#include "knowledgebaseloader.h"

#include "fixtures.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

class TstExplanationRenderer : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;

private Q_SLOTS:
    void initTestCase() { m_base = KnowledgeBaseLoader::loadBuiltIn(); }

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
