// SPDX-License-Identifier: GPL-3.0-or-later
// The list model's roles for entries of the user's overlay: local entries and local notes are
// marked for the delegate, the tooltip and accessibility.
#include "codelistmodel.h"
#include "coderoles.h"

#include "fixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

class TstCodeListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listModel_exposesLocalRoles()
    {
        const KnowledgeBase base = Fixtures::loadOverlay({u"good.json"_s});
        const CodeListModel model(&base);
        const QModelIndex local = model.indexOf(u"X.7.606"_s);
        const QModelIndex withNotes = model.indexOf(u"550"_s);
        const QModelIndex plain = model.indexOf(u"250"_s);
        QCOMPARE(local.data(LocalRole).toBool(), true);
        QCOMPARE(withNotes.data(LocalRole).toBool(), false);
        QCOMPARE(withNotes.data(HasLocalNotesRole).toBool(), true);
        QCOMPARE(plain.data(HasLocalNotesRole).toBool(), false);
        QVERIFY(local.data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"\nLocal: from "_s + Fixtures::overlayPath(u"good.json"_s)));
        QVERIFY(withNotes.data(Qt::ToolTipRole).toString().endsWith(u"\nHas local notes"_s));
        QVERIFY(local.data(Qt::AccessibleTextRole).toString().endsWith(u" (local)"_s));
        QCOMPARE(model.roleNames().value(LocalRole), QByteArray("local"));
    }
};

QTEST_GUILESS_MAIN(TstCodeListModel)
#include "tst_codelistmodel.moc"
