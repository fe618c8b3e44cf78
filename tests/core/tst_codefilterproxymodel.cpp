// SPDX-License-Identifier: GPL-3.0-or-later
#include "codefilterproxymodel.h"
#include "codelistmodel.h"
#include "coderoles.h"
#include "knowledgebaseloader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

class TstCodeFilterProxyModel : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;

    static QStringList codes(const QAbstractItemModel &model, int count = -1)
    {
        QStringList result;
        const int rows = count < 0 ? model.rowCount() : std::min(count, model.rowCount());
        for (int row = 0; row < rows; ++row) {
            result.append(model.index(row, CodeColumnCode).data(CodeKeyRole).toString());
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase() { m_base = KnowledgeBaseLoader::loadBuiltIn(); }

    void models_passTheModelTester()
    {
        CodeListModel model(&m_base);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CodeFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), int(m_base.entries().size()));
        proxy.setSearchText(u"mailbox"_s);
        proxy.setClassFilter(CodeClass::PermanentNegative);
        proxy.setSearchText(u"55"_s);
        proxy.setCommandFilter(u"RCPT"_s);
        proxy.setKindFilter(CodeFilterProxyModel::Kind::Enhanced);
        proxy.setKindFilter(CodeFilterProxyModel::Kind::Any);
        proxy.setSearchText({});
        model.setKnowledgeBase(&m_base);
        // The class and command filters still apply after the reset.
        QVERIFY(proxy.rowCount() > 0);
        QVERIFY(proxy.rowCount() < model.rowCount());
    }

    void model_exposesRoles()
    {
        CodeListModel model(&m_base);
        const QModelIndex index = model.indexOf(u"550"_s);
        QVERIFY(index.isValid());
        QCOMPARE(index.data().toString(), u"550"_s);
        QCOMPARE(index.siblingAtColumn(CodeColumnTitle).data().toString(), m_base.entry(u"550"_s)->title);
        QCOMPARE(index.data(ClassDigitRole).toInt(), 5);
        QCOMPARE(index.data(ClassIdsRole).toString(), u"permanent-negative"_s);
        QCOMPARE(index.data(KindRole).toInt(), int(CodeKind::Basic));
        QVERIFY(index.data(CommandsRole).toStringList().contains(u"RCPT"_s));
        QVERIFY(!model.indexOf(u"999"_s).isValid());
        QVERIFY(model.roleNames().contains(CodeKeyRole));
    }

    void search_ranks_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("first");
        QTest::newRow("exact basic code") << u"550"_s << QStringList {u"550"_s};
        QTest::newRow("code prefix") << u"55"_s
                                     << QStringList {u"550"_s, u"551"_s, u"552"_s, u"553"_s, u"554"_s,
                                            u"555"_s, u"556"_s};
        QTest::newRow("enhanced with class") << u"5.1.1"_s << QStringList {u"X.1.1"_s, u"X.1.10"_s};
        QTest::newRow("registry form") << u"x.1.1"_s << QStringList {u"X.1.1"_s};
        QTest::newRow("subject prefix") << u"5.7"_s << QStringList {u"X.7.XXX"_s, u"X.7.0"_s, u"X.7.1"_s};
        QTest::newRow("title words") << u"mailbox full"_s << QStringList {u"X.2.2"_s};
        QTest::newRow("words in any order, any case") << u"FULL Mailbox"_s << QStringList {u"X.2.2"_s};
    }

    void search_ranks()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, first);
        CodeListModel model(&m_base);
        CodeFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSearchText(search);
        QCOMPARE(codes(proxy, int(first.size())), first);
    }

    void search_everyWordMustMatch()
    {
        CodeListModel model(&m_base);
        CodeFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSearchText(u"relay"_s);
        const int relay = proxy.rowCount();
        QVERIFY(relay > 1);
        proxy.setSearchText(u"relay zzzyzzz"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(u"550 relay"_s);
        QVERIFY(proxy.rowCount() >= 1);
        QVERIFY(proxy.rowCount() < relay);
        QCOMPARE(codes(proxy, 1), QStringList {u"550"_s});
    }

    void filters_combineWithSearch()
    {
        CodeListModel model(&m_base);
        CodeFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setClassFilter(CodeClass::TransientNegative);
        for (const QString &code : codes(proxy)) {
            QVERIFY2(code.startsWith(u'4'), qPrintable(code));
        }
        proxy.setSearchText(u"storage"_s);
        QVERIFY(codes(proxy).contains(u"452"_s));
        QVERIFY(!codes(proxy).contains(u"552"_s));
        proxy.setClassFilter(std::nullopt);
        proxy.setKindFilter(CodeFilterProxyModel::Kind::Enhanced);
        for (const QString &code : codes(proxy)) {
            QVERIFY2(!code.at(0).isDigit() || code.contains(u'.'), qPrintable(code));
        }
        proxy.setSearchText({});
        proxy.setKindFilter(CodeFilterProxyModel::Kind::Basic);
        proxy.setCommandFilter(u"AUTH"_s);
        const QStringList auth = codes(proxy);
        QVERIFY(auth.contains(u"535"_s));
        QVERIFY(auth.contains(u"334"_s));
        QVERIFY(!auth.contains(u"354"_s));
    }
};

QTEST_GUILESS_MAIN(TstCodeFilterProxyModel)
#include "tst_codefilterproxymodel.moc"
