// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"
#include "reasontable.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {
QString problemsText(const QList<LoadProblem> &problems)
{
    QStringList texts;
    for (const LoadProblem &problem : problems) {
        texts.append(problem.toString());
    }
    return texts.join(u'\n');
}

// JSON written with single quotes, which read better in C++ strings.
QByteArray json(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

QByteArray oneReason(const QByteArray &fields)
{
    return json("{'reasons': [{'id': 'MailboxFull', 'title': 't', 'meaning': 'm', 'whoActs': ['recipient'], "
                "'retry': 'r', 'hard': false, 'sources': [{'url': 'https://example.org/a', 'checked': "
                "'2026-12-01'}]")
        + fields + "}]}";
}
} // namespace

// resources/knowledge-base/reasons.json and the rules its reader keeps.
class TstReasonTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every name of the taxonomy once, each with a source, with codes and phrases of its own.
    void builtIn_hasEveryReasonOnce()
    {
        QList<LoadProblem> problems;
        const KnowledgeBase base = BuiltInKnowledgeBase::load(&problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problemsText(problems)));
        const ReasonTable &table = base.reasons();
        QCOMPARE(table.reasons().size(), ReasonTable::knownIds().size());
        for (const QString &id : ReasonTable::knownIds()) {
            const BounceReason *reason = table.reason(id);
            QVERIFY2(reason, qPrintable(id));
            QVERIFY2(!reason->sources.isEmpty() && reason->sources.first().contains(u"(checked 20"_s),
                qPrintable(id));
            QVERIFY2(!reason->meaning.isEmpty() && !reason->retry.isEmpty(), qPrintable(id));
        }
        // Hard only where the address itself is bad.
        QStringList hard;
        for (const BounceReason &reason : table.reasons()) {
            if (reason.hard) {
                hard.append(reason.id);
            }
        }
        hard.sort();
        QCOMPARE(hard, (QStringList {u"HasMoved"_s, u"HostUnknown"_s, u"NotAccept"_s, u"UserUnknown"_s}));
        QCOMPARE(table.byEnhanced(u"X.1.1"_s)->id, u"UserUnknown"_s);
        QCOMPARE(table.byEnhanced(u"X.2.2"_s)->id, u"MailboxFull"_s);
        QString phrase;
        QCOMPARE(table.byText(u"451 greylisted, please try again in 300 seconds"_s, &phrase)->id,
            u"SpamDetected"_s);
        QVERIFY(phrase.startsWith(u"grey"_s));
    }

    void read_rejectsWhatWouldMislead_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unknown id") << (json(
            "{'reasons': [{'id': 'Spam', 'title': 't', 'meaning': 'm', 'whoActs': [], 'retry': 'r', 'hard': "
            "false, 'sources': [{'url': 'https://e.org', 'checked': '2026-12-01'}]}]}"))
                                    << u"unknown reason"_s;
        QTest::newRow("code with a class") << oneReason(json(", 'enhanced': ['5.2.2']")) << u"X.S.D"_s;
        QTest::newRow("upper-case phrase")
            << oneReason(json(", 'patterns': ['Mailbox Full']")) << u"lower case"_s;
        QTest::newRow("short phrase") << oneReason(json(", 'patterns': ['full']")) << u"at least 6"_s;
        QTest::newRow("unknown actor")
            << oneReason(json(", 'whoActs': ['postmaster']")) << u"is not one of"_s;
        QTest::newRow("source without date")
            << (json("{'reasons': [{'id': 'MailboxFull', 'title': 't', 'meaning': 'm', 'whoActs': [], "
                     "'retry': 'r', 'hard': false, 'sources': [{'url': 'https://e.org'}]}]}"))
            << u"checked"_s;
    }

    void read_rejectsWhatWouldMislead()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, problem);
        ReasonTable table;
        QList<LoadProblem> problems;
        table.read(data, u"reasons.json"_s, &problems);
        QVERIFY2(problemsText(problems).contains(problem), qPrintable(problemsText(problems)));
        QVERIFY(table.isEmpty()); // the reason with the problem is left out
    }

    // A second reason may not take a code the first has: the look-up would be ambiguous.
    void read_keepsEachCodeToOneReason()
    {
        ReasonTable table;
        QList<LoadProblem> problems;
        table.read(json("{'reasons': [ {'id': 'MailboxFull', 'title': 't', 'meaning': 'm', 'whoActs': [], "
                        "'retry': 'r', 'hard': false, 'enhanced': ['X.2.2'], 'sources': [{'url': "
                        "'https://e.org', 'checked': '2026-12-01'}]}, {'id': 'SystemFull', 'title': 't', "
                        "'meaning': 'm', 'whoActs': [], 'retry': 'r', 'hard': false, 'enhanced': ['X.2.2'], "
                        "'sources': [{'url': 'https://e.org', 'checked': '2026-12-01'}]}]}"),
            u"reasons.json"_s, &problems);
        QCOMPARE(table.reasons().size(), 1);
        QCOMPARE(table.byEnhanced(u"X.2.2"_s)->id, u"MailboxFull"_s);
        QVERIFY(problemsText(problems).contains(u"reason SystemFull"_s));
    }
};

QTEST_GUILESS_MAIN(TstReasonTable)
#include "tst_reasontable.moc"
