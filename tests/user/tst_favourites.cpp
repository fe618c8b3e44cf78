// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"
#include "favouritesmodel.h"
#include "favouritesstore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {
void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList keptAside(const QString &dir)
{
    return QDir(dir).entryList({u"favourites.json.corrupt-*"_s}, QDir::Files);
}
} // namespace

class TstFavourites : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;

private Q_SLOTS:
    void initTestCase() { m_base = BuiltInKnowledgeBase::load(); }

    void favourites_surviveAReload()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/favourites.json"_s);
        {
            FavouritesModel model(&m_base, path);
            QAbstractItemModelTester tester(&model);
            model.reload();
            QVERIFY(model.toggle(Location::entry(u"550"_s)));
            QVERIFY(model.toggle(Location::comparison(u"250"_s, u"251"_s)));
            QVERIFY(model.toggle(Location::entry(u"5.1.1"_s)));
            QVERIFY(!model.toggle(Location::entry(u"550"_s)));
            model.add(Location::entry(u"5.1.1"_s));
            QCOMPARE(model.rowCount(), 2);
        }
        FavouritesModel reloaded(&m_base, path);
        QSignalSpy problems(&reloaded, &FavouritesModel::problemOccurred);
        reloaded.reload();
        QCOMPARE(problems.count(), 0);
        QCOMPARE(reloaded.locations(),
            (QList<Location> {Location::comparison(u"250"_s, u"251"_s), Location::entry(u"5.1.1"_s)}));
        QCOMPARE(reloaded.index(0).data().toString(), u"250 vs 251"_s);
        QVERIFY(reloaded.index(1).data().toString().startsWith(u"5.1.1  Bad destination mailbox address"_s));
        QVERIFY(keptAside(dir.filePath(u"sub"_s)).isEmpty());
    }

    void missingFile_startsEmptyWithoutComplaint()
    {
        QTemporaryDir dir;
        FavouritesModel model(&m_base, dir.filePath(u"favourites.json"_s));
        QSignalSpy problems(&model, &FavouritesModel::problemOccurred);
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(problems.count(), 0);
    }

    void corruptFile_givesDefaultsAMessageAndIsKeptAside_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated JSON")
            << QByteArray(R"({"version":1,"favourites":[{"code":"55)") << u"at byte"_s;
        QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe garbage", 12) << u"at byte"_s;
        QTest::newRow("empty file") << QByteArray() << u"at byte"_s;
        QTest::newRow("wrong shape") << QByteArray(R"(["550"])") << u"no \"favourites\" list"_s;
        QTest::newRow("list is not a list")
            << QByteArray(R"({"favourites":"550"})") << u"no \"favourites\" list"_s;
    }

    void corruptFile_givesDefaultsAMessageAndIsKeptAside()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"favourites.json"_s);
        writeFile(path, contents);
        FavouritesModel model(&m_base, path);
        QSignalSpy problems(&model, &FavouritesModel::problemOccurred);
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(problems.count(), 1);
        const QString message = problems.at(0).at(0).toString();
        QVERIFY2(message.contains(reason), qPrintable(message));
        const QStringList aside = keptAside(dir.path());
        QCOMPARE(aside.size(), 1);
        QVERIFY2(message.contains(aside.first()), qPrintable(message));
        QCOMPARE(readFile(dir.filePath(aside.first())), contents);

        // Starring something now writes a fresh file and leaves the kept copy alone.
        model.add(Location::entry(u"421"_s));
        QVERIFY(readFile(path).contains("421"));
        QCOMPARE(readFile(dir.filePath(aside.first())), contents);
    }

    void partlyUnreadableFile_keepsTheRestAndACopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"favourites.json"_s);
        const QByteArray contents
            = R"({"version":1,"favourites":[{"code":"550"},{"code":42},{"compare":["250"]},{"compare":["452","552"]}]})";
        writeFile(path, contents);
        FavouritesModel model(&m_base, path);
        QSignalSpy problems(&model, &FavouritesModel::problemOccurred);
        model.reload();
        QCOMPARE(model.locations(),
            (QList<Location> {Location::entry(u"550"_s), Location::comparison(u"452"_s, u"552"_s)}));
        QCOMPARE(problems.count(), 1);
        QVERIFY(problems.at(0).at(0).toString().startsWith(u"2 favourite(s)"_s));
        const QStringList aside = keptAside(dir.path());
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readFile(dir.filePath(aside.first())), contents);

        // The cleaned list was written back, so the next start is quiet.
        FavouritesModel again(&m_base, path);
        QSignalSpy quiet(&again, &FavouritesModel::problemOccurred);
        again.reload();
        QCOMPARE(again.rowCount(), 2);
        QCOMPARE(quiet.count(), 0);
    }

    void directoryInsteadOfFile_isReportedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"favourites.json"_s);
        QVERIFY(QDir().mkpath(path));
        FavouritesModel model(&m_base, path);
        QSignalSpy problems(&model, &FavouritesModel::problemOccurred);
        model.reload();
        QCOMPARE(problems.count(), 1);
        QVERIFY(problems.at(0).at(0).toString().contains(u"is a directory"_s));
        model.add(Location::entry(u"550"_s));
        QCOMPARE(problems.count(), 2);
        QVERIFY(problems.at(1).at(0).toString().contains(u"could not be saved"_s));
        QVERIFY(QFileInfo(path).isDir());
        QCOMPARE(model.rowCount(), 1);
    }

    void killedRightAfterAChange_losesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"favourites.json"_s);
        {
            FavouritesModel model(&m_base, path);
            model.reload();
            model.add(Location::entry(u"250"_s));
        }
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {u"--add-and-die"_s, path, u"551"_s});
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        FavouritesModel model(&m_base, path);
        QSignalSpy problems(&model, &FavouritesModel::problemOccurred);
        model.reload();
        QCOMPARE(problems.count(), 0);
        QCOMPARE(model.locations(), (QList<Location> {Location::entry(u"250"_s), Location::entry(u"551"_s)}));
    }
};

int main(int argc, char **argv)
{
    // The child half of killedRightAfterAChange_losesNothing: star a code, then die at once.
    if (argc == 4 && qstrcmp(argv[1], "--add-and-die") == 0) {
        QCoreApplication app(argc, argv);
        FavouritesModel model(nullptr, QString::fromLocal8Bit(argv[2]));
        model.reload();
        model.add(Location::entry(QString::fromLocal8Bit(argv[3])));
        std::raise(SIGKILL);
        return 1;
    }
    QCoreApplication app(argc, argv);
    TstFavourites test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_favourites.moc"
