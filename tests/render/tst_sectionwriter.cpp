// SPDX-License-Identifier: GPL-3.0-or-later
// What the writers make of text: codes that stay whole when Qt's rich text lays them out at
// any width, URLs of pasted text as links and nothing else, table cells that stay one cell.
#include "builtinknowledgebase.h"
#include "comparisonbuilder.h"
#include "comparisonrenderer.h"
#include "entryrenderer.h"
#include "explainer.h"
#include "explanationrenderer.h"
#include "knowledgebaseloader.h"
#include "sectionwriter.h"
#include "textspans.h"

#include <QAbstractTextDocumentLayout>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {
constexpr QChar wordJoiner(0x2060);

// Every enhanced code as a reader sees it, written independently of TextSpans so that a code
// it misses is still checked: class or X, subject, detail, XXX or YYY placeholders.
const QRegularExpression &anyCode()
{
    static const QRegularExpression pattern(uR"([245X]\.(?:\d+|X+)\.(?:\d+|X+|Y+))"_s);
    return pattern;
}

struct BrokenCode
{
    QString code;
    qreal width = 0;
};

// Lays html out at each width and returns the codes that a line break cuts, with the width.
// A code wider than a whole line must break somewhere; widths start above that.
QList<BrokenCode> brokenCodes(const QString &html, const QList<qreal> &widths)
{
    QList<BrokenCode> broken;
    QTextDocument document;
    document.setHtml(html);
    for (const qreal width : widths) {
        document.setTextWidth(width);
        document.documentLayout()->documentSize(); // lays the document out
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            const QString text = block.text();
            // The visible text and, for each of its characters, where it is in the block.
            QString visible;
            QList<qsizetype> position;
            for (qsizetype i = 0; i < text.size(); ++i) {
                if (text.at(i) != wordJoiner) {
                    visible += text.at(i);
                    position.append(i);
                }
            }
            const QTextLayout *layout = block.layout();
            for (auto it = anyCode().globalMatch(visible); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                const qsizetype first = position.at(match.capturedStart());
                const qsizetype last = position.at(match.capturedEnd() - 1);
                if (layout->lineForTextPosition(int(first)).lineNumber()
                    != layout->lineForTextPosition(int(last)).lineNumber()) {
                    broken.append({match.captured(), width});
                }
            }
        }
    }
    return broken;
}

QList<qreal> widthsFrom(qreal narrowest)
{
    QList<qreal> widths;
    for (qreal width = narrowest; width <= 900; width += 11) {
        widths.append(width);
    }
    return widths;
}

QString describe(const QList<BrokenCode> &broken)
{
    QStringList parts;
    for (const BrokenCode &each : broken.first(std::min<qsizetype>(broken.size(), 8))) {
        parts.append(u"%1 at %2 px"_s.arg(each.code).arg(each.width));
    }
    return u"%1 codes broken: "_s.arg(broken.size()) + parts.join(u", "_s);
}

// Every href of html, decoded as the rich-text engine reads it.
QStringList hrefs(const QString &html)
{
    QStringList result;
    static const QRegularExpression href(u"href=\"([^\"]*)\""_s);
    for (auto it = href.globalMatch(html); it.hasNext();) {
        QString target = it.next().captured(1);
        result.append(target.replace(u"&quot;"_s, u"\""_s)
                          .replace(u"&lt;"_s, u"<"_s)
                          .replace(u"&gt;"_s, u">"_s)
                          .replace(u"&amp;"_s, u"&"_s));
    }
    return result;
}

// A Markdown table row cut into its cells at the pipes that are not escaped.
QStringList cells(const QString &row)
{
    QStringList result {QString()};
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (row.at(i) == u'\\' && i + 1 < row.size()) {
            result.last() += row.mid(i, 2);
            ++i;
        } else if (row.at(i) == u'|') {
            result.append(QString());
        } else {
            result.last() += row.at(i);
        }
    }
    return result;
}
} // namespace

class TstSectionWriter : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;
    qreal m_narrowest = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_base = BuiltInKnowledgeBase::load();
        // Narrower than this, the widest code does not fit a heading line on its own.
        QFont heading = QGuiApplication::font();
        heading.setPointSizeF(heading.pointSizeF() * 1.5);
        heading.setBold(true);
        m_narrowest = QFontMetricsF(heading).horizontalAdvance(u"5.XXX.XXX \u2014"_s) + 30;
        QVERIFY(!QFontInfo(QGuiApplication::font()).family().isEmpty());
    }

    // The test itself finds broken codes: the same text, only escaped, breaks "X.1.1".
    void layout_withoutProtection_breaksCodes()
    {
        const QString text = m_base.entry(u"550"_s)->howToFix;
        const QList<BrokenCode> broken
            = brokenCodes(u"<p>"_s + text.toHtmlEscaped() + u"</p>"_s, widthsFrom(m_narrowest));
        QVERIFY2(!broken.isEmpty(), "the check would not see a broken code");
    }

    void layout_keepsCodesWhole_data()
    {
        QTest::addColumn<QString>("html");
        // How many codes side by side a line must hold: two in a comparison's columns.
        QTest::addColumn<int>("columns");
        const EntryRenderer entries(m_base);
        for (const QString &code :
            {u"550"_s, u"X.1.1"_s, u"5.7.1"_s, u"X.7.23"_s, u"X.1.XXX"_s, u"5.XXX.XXX"_s, u"554"_s}) {
            QTest::newRow(qPrintable(u"entry "_s + code)) << entries.toHtml(m_base.lookup(code)) << 1;
        }
        const ComparisonRenderer comparisons(m_base);
        const ComparisonBuilder builder(m_base);
        QTest::newRow("comparison X.1.1 X.1.10")
            << comparisons.toHtml(builder.build(m_base.lookup(u"X.1.1"_s), m_base.lookup(u"X.1.10"_s))) << 2;
        QTest::newRow("explanation") << ExplanationRenderer().toHtml(Explainer(m_base).explain(
            u"550 5.7.1 See X.7.1, X.1.1, 4.XXX.XXX and 2.XXX.YYY at https://x.example/a."_s))
                                     << 1;
        Section dense;
        dense.heading = u"X.7.20 to X.7.26"_s;
        dense.paragraphs = {u"X.1.1 X.1.2 X.1.10 X.7.1 X.7.20 X.7.27 5.1.1 4.2.2 X.2.2 X.XXX.XXX "
                            u"5.XXX.XXX X.3.XXX (X.4.4), X.5.1; X.6.10. \u201cX.7.30\u201d"_s};
        dense.codes = {{u"X.1.10"_s, u"title with X.1.1 inside"_s, u"note X.7.1"_s, {}},
            {u"X.7.26"_s, {}, {}, u"X.7.1"_s}};
        dense.bullets = {u"bullet X.2.1 X.2.2"_s};
        QTest::newRow("dense section") << SectionWriter::html(dense) << 1;
    }

    void layout_keepsCodesWhole()
    {
        QFETCH(QString, html);
        QFETCH(int, columns);
        const QList<BrokenCode> broken = brokenCodes(html, widthsFrom(columns * (m_narrowest + 12)));
        QVERIFY2(broken.isEmpty(), qPrintable(describe(broken)));
    }

    void htmlText_joinsOnlyWhereALineCouldEnd()
    {
        // "5.1.1" offers no break, so its text stays as typed (a copy of it still finds it).
        const QString numeric = SectionWriter::htmlText(u"see 5.1.1 now"_s);
        QVERIFY2(numeric.contains(u">5.1.1</span>"_s), qPrintable(numeric));
        QVERIFY(numeric.contains(u"white-space:nowrap"_s));
        const QString lettered = SectionWriter::htmlText(u"see X.1.1 now"_s);
        QVERIFY2(lettered.contains(u">X.&#8288;1.1</span>"_s), qPrintable(lettered));
        // Dotted numbers that are no code are left alone.
        QCOMPARE(SectionWriter::htmlText(u"192.0.2.1 and 4.5.3.1.10"_s), u"192.0.2.1 and 4.5.3.1.10"_s);
        QCOMPARE(SectionWriter::htmlText(u"a < b & \"c\""_s), u"a &lt; b &amp; &quot;c&quot;"_s);
    }

    void urls_areFoundWithoutTheirPunctuation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("sentence end")
            << u"see https://example.org/path."_s << QStringList {u"https://example.org/path"_s};
        QTest::newRow("in brackets")
            << u"(see https://example.org/a), <https://example.net/b>, [http://e.example/c]"_s
            << QStringList {u"https://example.org/a"_s, u"https://example.net/b"_s, u"http://e.example/c"_s};
        QTest::newRow("own parentheses") << u"https://en.example/wiki/Foo_(bar)."_s
                                         << QStringList {u"https://en.example/wiki/Foo_(bar)"_s};
        QTest::newRow("query") << u"https://support.example/mail/?p=NoSuchUser&hl=en a1si12 - gsmtp"_s
                               << QStringList {u"https://support.example/mail/?p=NoSuchUser&hl=en"_s};
        QTest::newRow("quotes") << u"'https://q.example/y' \u201chttps://r.example/z\u201d"_s
                                << QStringList {u"https://q.example/y"_s, u"https://r.example/z"_s};
        QTest::newRow("upper case") << u"HTTPS://UPPER.example/Z"_s
                                    << QStringList {u"HTTPS://UPPER.example/Z"_s};
        QTest::newRow("other schemes") << u"javascript:alert(1) ftp://f.example/ file:///etc/passwd "
                                          u"data:text/html,<script>"_s
                                       << QStringList {};
        QTest::newRow("no host") << u"http:// and https://\"onmouseover=alert(1)"_s << QStringList {};
        QTest::newRow("inside a word") << u"xhttps://evil.example/"_s << QStringList {};
    }

    void urls_areFoundWithoutTheirPunctuation()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList found;
        for (const TextSpans::Span &span : TextSpans::urls(text)) {
            found.append(text.mid(span.start, span.length));
        }
        QCOMPARE(found, expected);
    }

    void htmlTextWithLinks_linksOnlyHttpAndEscapes()
    {
        const QString text = u"a https://example.com/a?b=1&c=\"2\" b javascript:alert(1) "
                             u"c https://x.example/<script>alert(1)</script> d (https://example.org/path)."_s;
        const QString html = SectionWriter::htmlTextWithLinks(text);
        QCOMPARE(hrefs(html),
            (QStringList {
                u"https://example.com/a?b=1&c="_s, u"https://x.example/"_s, u"https://example.org/path"_s}));
        QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QVERIFY(html.contains(u"<a href=\"https://example.com/a?b=1&amp;c=\""_s));
        QVERIFY(
            html.contains(u"title=\"Opens example.org in your web browser: https://example.org/path\""_s));
        // The text after a link is the text as pasted, closing bracket and all.
        QVERIFY(html.contains(u"https://example.org/path</a>)."_s));
        // Without the flag the same text links nothing.
        QVERIFY(hrefs(SectionWriter::htmlText(text)).isEmpty());
    }

    void markdownCell_isOneCell()
    {
        const KnowledgeBase base = [] {
            KnowledgeBaseLoader loader;
            loader.loadFile(QStringLiteral(SMTPCODES_TEST_DATA) + u"/kb/table-cells.json"_s);
            return loader.finish();
        }();
        QCOMPARE(base.entries().size(), 2);
        const QString markdown = ComparisonRenderer(base).toMarkdown(
            ComparisonBuilder(base).build(base.lookup(u"250"_s), base.lookup(u"251"_s)));
        const QStringList rows = markdown.split(u'\n').filter(QRegularExpression(u"^\\| \\*\\*"_s));
        QCOMPARE(rows.size(), 6);
        for (const QString &row : rows) {
            // "", the row heading, the two codes, "": three cells whatever the text holds.
            QCOMPARE(cells(row).size(), 5);
        }
        const QString description = rows.filter(u"**Description**"_s).first();
        QVERIFY2(description.contains(
                     u"Left \\| right, a back\\\\slash \\\\\\| before a pipe, and a line break."_s),
            qPrintable(description));
        const QString references = rows.filter(u"**References**"_s).first();
        QVERIFY2(references.contains(u"#section-4.2%7C3)"_s), qPrintable(references));
        QVERIFY(references.contains(u"(note \\| with a pipe)"_s));
    }
};

QTEST_MAIN(TstSectionWriter)
#include "tst_sectionwriter.moc"
