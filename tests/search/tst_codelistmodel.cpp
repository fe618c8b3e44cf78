// SPDX-License-Identifier: GPL-3.0-or-later
// The list model's roles for entries of the user's overlay: local entries and local notes are
// marked for the delegate, the tooltip and accessibility.
#include "codelistmodel.h"
#include "coderoles.h"
#include "knowledgebasesources.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {
QString fixture(const QString &name)
{
    return QStringLiteral(SMTPCODES_TEST_DATA) + u"/overlay/"_s + name;
}

KnowledgeBase loadOverlay(const QStringList &names)
{
    KnowledgeBaseSources sources;
    sources.setOverlayDirectory({});
    QStringList files;
    for (const QString &name : names) {
        files.append(fixture(name));
    }
    sources.setExtraFiles(files);
    return sources.load().base;
}
} // namespace

class TstCodeListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listModel_exposesLocalRoles()
    {
        const KnowledgeBase base = loadOverlay({u"good.json"_s});
        const CodeListModel model(&base);
        const QModelIndex local = model.indexOf(u"X.7.606"_s);
        const QModelIndex withNotes = model.indexOf(u"550"_s);
        const QModelIndex plain = model.indexOf(u"250"_s);
        QCOMPARE(local.data(LocalRole).toBool(), true);
        QCOMPARE(withNotes.data(LocalRole).toBool(), false);
        QCOMPARE(withNotes.data(HasLocalNotesRole).toBool(), true);
        QCOMPARE(plain.data(HasLocalNotesRole).toBool(), false);
        QVERIFY(
            local.data(Qt::ToolTipRole).toString().contains(u"\nLocal: from "_s + fixture(u"good.json"_s)));
        QVERIFY(withNotes.data(Qt::ToolTipRole).toString().endsWith(u"\nHas local notes"_s));
        QVERIFY(local.data(Qt::AccessibleTextRole).toString().endsWith(u" (local)"_s));
        QCOMPARE(model.roleNames().value(LocalRole), QByteArray("local"));
    }
};

QTEST_GUILESS_MAIN(TstCodeListModel)
#include "tst_codelistmodel.moc"
