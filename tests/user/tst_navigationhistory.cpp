// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationhistory.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

class TstNavigationHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyHistory_goesNowhere()
    {
        NavigationHistory history;
        QVERIFY(!history.canGoBack());
        QVERIFY(!history.canGoForward());
        QVERIFY(!history.back().isValid());
        QVERIFY(!history.forward().isValid());
    }

    void backAndForward_walkTheVisitsInOrder()
    {
        NavigationHistory history;
        history.visit(Location::entry(u"250"_s));
        history.visit(Location::entry(u"251"_s));
        history.visit(Location::comparison(u"250"_s, u"251"_s));
        QCOMPARE(history.back(), Location::entry(u"251"_s));
        QCOMPARE(history.back(), Location::entry(u"250"_s));
        QVERIFY(!history.canGoBack());
        QCOMPARE(history.forward(), Location::entry(u"251"_s));
        QCOMPARE(history.forward(), Location::comparison(u"250"_s, u"251"_s));
        QVERIFY(!history.canGoForward());
    }

    void visitAfterBack_dropsThePlacesAhead()
    {
        NavigationHistory history;
        history.visit(Location::entry(u"250"_s));
        history.visit(Location::entry(u"251"_s));
        history.visit(Location::entry(u"252"_s));
        history.back();
        history.back();
        history.visit(Location::entry(u"550"_s));
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.backList(), QList<Location> {Location::entry(u"250"_s)});
        QCOMPARE(history.size(), 2);
    }

    void visitingTheCurrentPlaceAgain_changesNothing()
    {
        NavigationHistory history;
        history.visit(Location::entry(u"550"_s));
        history.visit(Location::entry(u"550"_s));
        history.visit(Location {});
        QCOMPARE(history.size(), 1);
        QVERIFY(!history.canGoBack());
    }

    void comparisonOrderMatters()
    {
        NavigationHistory history;
        history.visit(Location::comparison(u"250"_s, u"251"_s));
        history.visit(Location::comparison(u"251"_s, u"250"_s));
        QCOMPARE(history.size(), 2);
    }

    void longSessions_forgetTheOldestPlaces()
    {
        NavigationHistory history;
        for (int i = 0; i < NavigationHistory::maximumSize + 20; ++i) {
            history.visit(Location::entry(QString::number(i)));
        }
        QCOMPARE(history.size(), NavigationHistory::maximumSize);
        QCOMPARE(history.current(), Location::entry(QString::number(NavigationHistory::maximumSize + 19)));
        QCOMPARE(history.backList().constLast(), Location::entry(u"20"_s));
    }
};

QTEST_GUILESS_MAIN(TstNavigationHistory)
#include "tst_navigationhistory.moc"
