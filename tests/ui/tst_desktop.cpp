// SPDX-License-Identifier: GPL-3.0-or-later
// The habits of a desktop app: history, favourites, print and PDF, palette, accessibility,
// translation and the About box.
#include "appearance.h"
#include "browseview.h"
#include "builtinknowledgebase.h"
#include "coderoles.h"
#include "compareview.h"
#include "detailpane.h"
#include "explainview.h"
#include "favouritesmodel.h"
#include "mainwindow.h"
#include "noticebar.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolTip>
#include <QTranslator>
#include <QTreeView>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

class TstDesktop : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;
    QTemporaryDir m_dir;

    QString favouritesFile() const { return m_dir.filePath(u"favourites.json"_s); }

    static QAction *action(QWidget *window, const QString &name)
    {
        auto *found = window->findChild<QAction *>(name);
        if (!found) {
            qFatal("no action %s", qPrintable(name));
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"smtp-codes-tests"_s);
        QCoreApplication::setApplicationName(u"tst_desktop"_s);
        m_base = BuiltInKnowledgeBase::load();
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(favouritesFile());
    }

    void history_walksBackAndForwardOverEntriesAndComparisons()
    {
        MainWindow window(&m_base, nullptr, favouritesFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showCode(u"250"_s));
        QVERIFY(window.showCode(u"251"_s));
        QVERIFY(window.showComparison(u"250"_s, u"251"_s));
        QVERIFY(window.showCode(u"5.1.1"_s));

        action(&window, u"backAction"_s)->trigger();
        QCOMPARE(window.currentLocation(), Location::comparison(u"250"_s, u"251"_s));
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window.currentLocation(), Location::entry(u"251"_s));
        QVERIFY(window.browseView()->detailPane()->browser()->toPlainText().contains(u"User not local"_s));
        // The mouse's back button works over any part of the window.
        QTest::mouseClick(window.browseView()->listView()->viewport(), Qt::BackButton);
        QCOMPARE(window.currentLocation(), Location::entry(u"250"_s));
        // Only the entry the window opened on is further back.
        QCOMPARE(window.history().backList().size(), 1);

        QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(window.currentLocation(), Location::entry(u"251"_s));
        QTest::mouseClick(window.compareView(), Qt::ForwardButton);
        QCOMPARE(window.currentLocation(), Location::comparison(u"250"_s, u"251"_s));

        // A new visit after going back drops what was ahead, as in a web browser.
        window.goBack();
        QVERIFY(window.showCode(u"550"_s));
        QVERIFY(!action(&window, u"forwardAction"_s)->isEnabled());
        window.goBack();
        QCOMPARE(window.currentLocation(), Location::entry(u"251"_s));
    }

    void history_recordsTheCodeTheUserStaysOnWhileTyping()
    {
        MainWindow window(&m_base, nullptr, favouritesFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showCode(u"421"_s));
        QTest::keyClicks(window.browseView()->findChild<QWidget *>(u"searchField"_s), u"552"_s);
        // Typing passed over 5xx and 55x codes; only 552, where the user stopped, is recorded.
        QTRY_COMPARE(window.history().current(), Location::entry(u"552"_s));
        window.goBack();
        QCOMPARE(window.currentLocation(), Location::entry(u"421"_s));
    }

    void favourites_starInTheWindowAndSurviveARestart()
    {
        {
            MainWindow window(&m_base, nullptr, favouritesFile());
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QVERIFY(window.showCode(u"550"_s));
            QAction *star = action(&window, u"favouriteAction"_s);
            QVERIFY(!star->isChecked());
            star->trigger();
            QVERIFY(star->isChecked());
            QVERIFY(window.showComparison(u"452"_s, u"552"_s));
            QVERIFY(!star->isChecked());
            QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
            QVERIFY(star->isChecked());
        }
        MainWindow window(&m_base, nullptr, favouritesFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.favourites()->locations(),
            (QList<Location> {Location::entry(u"550"_s), Location::comparison(u"452"_s, u"552"_s)}));
        action(&window, u"showFavouritesAction"_s)->trigger();
        auto *list = window.findChild<QListView *>(u"favouritesList"_s);
        QVERIFY(list->isVisible());
        list->setCurrentIndex(window.favourites()->index(1));
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(window.currentLocation(), Location::comparison(u"452"_s, u"552"_s));
        list->setCurrentIndex(window.favourites()->index(0));
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(window.favourites()->rowCount(), 1);
        QFile file(favouritesFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("\"550\""));
    }

    // Ctrl+B where nothing can be starred says why rather than nothing.
    void star_whereNothingCanBeStarred_saysWhy()
    {
        MainWindow window(&m_base, nullptr, favouritesFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.findChild<QTabWidget *>(u"tabs"_s)->currentWidget(), window.explainView());
        QTest::keyClick(&window, Qt::Key_B, Qt::ControlModifier);
        QCOMPARE(window.favourites()->rowCount(), 0);
        QCOMPARE(window.statusBar()->currentMessage(),
            u"Only entries and comparisons can be starred; the explain view shows neither."_s);
        QVERIFY(!window.showComparison(u"250"_s, u"999"_s));
        action(&window, u"favouriteAction"_s)->trigger();
        QCOMPARE(window.favourites()->rowCount(), 0);
        QCOMPARE(window.statusBar()->currentMessage(), u"Nothing to star: choose two codes to compare."_s);
    }

    // At 800x600 with the favourites dock open the list still shows the codes and most of each
    // title: the code column is as wide as the widest code and no wider, a title of median
    // length is whole, a longer one is cut with the whole title in its tooltip, and the dock
    // wraps its items instead of scrolling sideways.
    void smallWindow_withFavourites_showsWhatTheUserNeeds_data()
    {
        // German labels are longer: the buttons of the detail pane must not squeeze the list.
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("German") << u"de"_s;
    }

    void smallWindow_withFavourites_showsWhatTheUserNeeds()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (language != u"en") {
            QVERIFY(translator.load(QLocale(language), u"smtp-codes"_s, u"_"_s, u":/i18n"_s));
            QCoreApplication::installTranslator(&translator);
        }
        const auto untranslate
            = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        MainWindow window(&m_base, nullptr, favouritesFile());
        window.favourites()->add(Location::entry(u"211"_s));
        window.favourites()->add(Location::comparison(u"450"_s, u"550"_s));
        window.favourites()->add(Location::entry(u"X.7.26"_s));
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Built on first use, the compare and explain views take the width their controls need
        // (more in German) once they are opened; the list keeps what it needs with them too.
        window.compareView();
        window.explainView();
        action(&window, u"showFavouritesAction"_s)->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(window.size(), QSize(800, 600));

        QTreeView *list = window.browseView()->listView();
        const QFontMetrics metrics(list->font());
        QStringList titles;
        for (const Entry &entry : m_base.entries()) {
            titles.append(entry.title);
        }
        std::sort(titles.begin(), titles.end(), [&metrics](const QString &a, const QString &b) {
            return metrics.horizontalAdvance(a) < metrics.horizontalAdvance(b);
        });
        const QString median = titles.at(titles.size() / 2);
        QVERIFY2(list->header()->sectionSize(1) > metrics.horizontalAdvance(median),
            qPrintable(u"title column %1 px, \"%2\" needs %3"_s.arg(list->header()->sectionSize(1))
                           .arg(median)
                           .arg(metrics.horizontalAdvance(median))));
        // The widest code (a provider's range such as 550 5.7.606–5.7.649) fits with a few
        // pixels to spare.
        int widestCode = 0;
        for (const Entry &entry : m_base.entries()) {
            widestCode = std::max(widestCode, metrics.horizontalAdvance(entry.displayCode()));
        }
        QVERIFY(list->header()->sectionSize(0) > widestCode);
        QVERIFY(list->header()->sectionSize(0) < widestCode + 40);
        // The detail pane keeps lines of about fifty characters, and its buttons, wrapped
        // when they must, are whole inside it.
        DetailPane *detail = window.browseView()->detailPane();
        QVERIFY(detail->browser()->width() >= 45 * detail->browser()->fontMetrics().averageCharWidth());
        for (auto *button : detail->findChildren<QPushButton *>()) {
            QVERIFY2(detail->rect().contains(button->geometry()), qPrintable(button->text()));
            QVERIFY(button->width() >= button->sizeHint().width());
        }

        // The longest title is cut here, and its tooltip has it whole.
        const Entry *longest = nullptr;
        for (const Entry &entry : m_base.entries()) {
            if (!longest
                || metrics.horizontalAdvance(entry.title) > metrics.horizontalAdvance(longest->title)) {
                longest = &entry;
            }
        }
        QVERIFY(window.showCode(longest->code));
        const QModelIndex title = list->currentIndex().siblingAtColumn(1);
        const QRect cell = list->visualRect(title);
        QVERIFY(metrics.horizontalAdvance(longest->title) > cell.width());
        QHelpEvent help(QEvent::ToolTip, cell.center(), list->viewport()->mapToGlobal(cell.center()));
        QCoreApplication::sendEvent(list->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(longest->title), qPrintable(QToolTip::text()));
        QToolTip::hideText();

        auto *favourites = window.findChild<QListView *>(u"favouritesList"_s);
        QVERIFY(favourites->isVisible());
        QVERIFY(!favourites->horizontalScrollBar()->isVisible());
        for (int row = 0; row < window.favourites()->rowCount(); ++row) {
            const QRect item = favourites->visualRect(window.favourites()->index(row));
            QVERIFY2(item.right() < favourites->viewport()->width(), qPrintable(QString::number(row)));
            // Wrapped, not cut: the item is as tall as its lines need.
            const QString text = window.favourites()->index(row).data().toString();
            const QRect needed
                = QFontMetrics(favourites->font())
                      .boundingRect(QRect(0, 0, item.width() - 8, 1000), Qt::TextWordWrap, text);
            QVERIFY2(item.height() >= needed.height(), qPrintable(text));
        }
    }

    void corruptFavourites_giveDefaultsAndAMessage()
    {
        QFile file(favouritesFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        MainWindow window(&m_base, nullptr, favouritesFile());
        window.show();
        QCOMPARE(window.favourites()->rowCount(), 0);
        QVERIFY(window.statusBar()->currentMessage().contains(u"could not be read"_s));
        QVERIFY(!QFile::exists(favouritesFile()));
        QDir dir(m_dir.path());
        const QStringList aside = dir.entryList({u"favourites.json.corrupt-*"_s});
        QCOMPARE(aside.size(), 1);
        QVERIFY(dir.remove(aside.first()));
    }

    void exportPdf_writesAPdfContainingTheCode_data()
    {
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("expected");
        QTest::newRow("entry") << u"550"_s << u"mailbox unavailable"_s;
        // Not "Key differences": the PDF's font sets "ff" as a ligature.
        QTest::newRow("comparison") << u"250 251"_s << u"When to use which"_s;
        QTest::newRow("explanation") << u"paste"_s << u"5.1.1"_s;
    }

    void exportPdf_writesAPdfContainingTheCode()
    {
        QFETCH(QString, place);
        QFETCH(QString, expected);
        MainWindow window(&m_base, nullptr, favouritesFile());
        window.show();
        const QStringList codes = place.split(u' ');
        if (place == u"paste") {
            window.findChild<QTabWidget *>(u"tabs"_s)->setCurrentWidget(window.explainView());
            window.explainView()->setText(u"550 5.1.1 <nobody@example.com>: Recipient address rejected"_s);
            window.explainView()->explainNow();
        } else if (codes.size() == 2) {
            QVERIFY(window.showComparison(codes.at(0), codes.at(1)));
        } else {
            QVERIFY(window.showCode(place));
        }
        const QString pdf = m_dir.filePath(u"export.pdf"_s);
        QVERIFY(window.exportPdf(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY2(
            pdftotext.waitForFinished(30000), "pdftotext (poppler-utils) is needed to read the PDF back");
        QCOMPARE(pdftotext.exitCode(), 0);
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains(expected), qPrintable(text.left(400)));
        if (place != u"paste") {
            QVERIFY(text.contains(codes.first()));
        }
    }

    void exportPdf_withNothingOnScreen_says()
    {
        MainWindow window(&m_base, nullptr, favouritesFile());
        window.show();
        window.findChild<QTabWidget *>(u"tabs"_s)->setCurrentWidget(window.explainView());
        QVERIFY(!window.exportPdf(m_dir.filePath(u"none.pdf"_s)));
        QVERIFY(window.statusBar()->currentMessage().startsWith(u"Nothing to export"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"none.pdf"_s)));
    }

    void paletteChange_rerendersThePanes()
    {
        MainWindow window(&m_base, nullptr, favouritesFile());
        window.show();
        QVERIFY(window.showComparison(u"250"_s, u"251"_s));
        QVERIFY(window.showCode(u"550"_s));
        window.explainView()->setText(u"421 4.7.0 Try again later"_s);
        window.explainView()->explainNow();
        const QList<QTextBrowser *> panes {window.browseView()->detailPane()->browser(),
            window.compareView()->browser(), window.explainView()->browser()};
        const QString darkText = Appearance::palette(Appearance::Theme::Dark).color(QPalette::Text).name();
        for (QTextBrowser *pane : panes) {
            QVERIFY(!pane->document()->defaultStyleSheet().contains(darkText));
        }
        Appearance::apply(Appearance::Theme::Dark);
        QCoreApplication::processEvents();
        for (QTextBrowser *pane : panes) {
            QVERIFY2(
                pane->document()->defaultStyleSheet().contains(darkText), qPrintable(pane->objectName()));
            // Re-rendered, not only restyled: the text is still there.
            QVERIFY(!pane->toPlainText().isEmpty());
        }
        QVERIFY(window.browseView()->detailPane()->browser()->toPlainText().contains(u"550"_s));
        Appearance::apply(Appearance::Theme::System);
        QCoreApplication::processEvents();
        for (QTextBrowser *pane : panes) {
            QVERIFY(!pane->document()->defaultStyleSheet().contains(darkText));
        }
    }

    void appearanceChoice_isRemembered()
    {
        {
            MainWindow window(&m_base, nullptr, favouritesFile());
            action(&window, u"theme-dark"_s)->trigger();
            QCOMPARE(QApplication::palette().color(QPalette::Base),
                Appearance::palette(Appearance::Theme::Dark).color(QPalette::Base));
            window.close();
        }
        Appearance::apply(Appearance::Theme::System);
        MainWindow restored(&m_base, nullptr, favouritesFile());
        restored.restoreSettings();
        QVERIFY(action(&restored, u"theme-dark"_s)->isChecked());
        QCOMPARE(QApplication::palette().color(QPalette::Base),
            Appearance::palette(Appearance::Theme::Dark).color(QPalette::Base));
        Appearance::apply(Appearance::Theme::System);
    }

    void everyControl_hasAnAccessibleName()
    {
        MainWindow window(&m_base, nullptr, favouritesFile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList unnamed;
        for (QWidget *widget : window.findChildren<QWidget *>()) {
            // Popups (menus, combo box lists) are separate windows with their own names.
            if (widget->focusPolicy() == Qt::NoFocus || widget->window() != &window) {
                continue;
            }
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty()) {
                unnamed.append(
                    QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName());
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

    void germanTranslation_loadsAndTranslatesTheWindow()
    {
        QTranslator translator;
        QVERIFY(translator.load(
            QLocale(QLocale::German, QLocale::Germany), u"smtp-codes"_s, u"_"_s, u":/i18n"_s));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        {
            MainWindow window(&m_base, nullptr, favouritesFile());
            QStringList menus;
            for (QAction *menu : window.menuBar()->actions()) {
                menus.append(menu->text());
            }
            QCOMPARE(menus.first(), u"&Datei"_s);
            QVERIFY(!menus.contains(u"&File"_s));
            QVERIFY(!menus.contains(u"&Help"_s));
            QCOMPARE(action(&window, u"backAction"_s)->text(), u"&Zurück"_s);
        }
        QCoreApplication::removeTranslator(&translator);
    }

    void overlayProblems_showANoticeAndReloadFixesThem()
    {
        QTemporaryDir overlay;
        const QString file = overlay.filePath(u"ours.json"_s);
        QVERIFY(QFile::copy(QStringLiteral(SMTPCODES_TEST_DATA "/overlay/malformed-code.json"), file));
        KnowledgeBaseSources sources;
        sources.setOverlayDirectory(overlay.path());
        auto loaded = std::make_unique<LoadedKnowledgeBase>(sources.load());
        QVERIFY(!loaded->problems.isEmpty());
        MainWindow window(&loaded->base, nullptr, favouritesFile());
        window.adoptKnowledgeBase(std::move(loaded), sources);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        NoticeBar *notice = window.noticeBar();
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->summary().contains(u"ours.json"_s), qPrintable(notice->summary()));
        QVERIFY(notice->details().join(u'\n').contains(u"55O"_s));
        // The valid neighbour of the bad entries serves, marked as local.
        QVERIFY(window.showCode(u"5.7.701"_s));
        const QString detail = window.browseView()->detailPane()->browser()->toPlainText();
        QVERIFY2(detail.contains(u"Local entry"_s), qPrintable(detail.left(300)));
        QVERIFY(window.browseView()->listView()->currentIndex().data(LocalRole).toBool());
        QVERIFY(window.showCode(u"550"_s));

        QFile::remove(file);
        QVERIFY(QFile::copy(QStringLiteral(SMTPCODES_TEST_DATA "/overlay/good.json"), file));
        action(&window, u"reloadAction"_s)->trigger();
        QVERIFY(!notice->isVisible());
        QCOMPARE(window.currentLocation(), Location::entry(u"550"_s));
        QVERIFY(window.showCode(u"5.7.606"_s));
        // The bad file's local X.7.701 is gone; the code now opens Microsoft's range it is in.
        window.showCode(u"5.7.701"_s);
        QVERIFY(!(window.currentLocation() == Location::entry(u"X.7.701"_s)));
    }

    void corruptSettings_giveDefaultsAndAreKeptAside()
    {
        const QString path = QSettings().fileName();
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            static const char corrupt[] = "[window]\ngeometry=\x00\x01\x02garbage";
            file.write(corrupt, sizeof corrupt - 1);
        }
        MainWindow window(&m_base, nullptr, favouritesFile());
        window.restoreSettings();
        QVERIFY(window.noticeBar()->isVisibleTo(&window));
        QVERIFY(window.noticeBar()->summary().contains(u"binary data"_s));
        const QStringList aside
            = QDir(QFileInfo(path).absolutePath()).entryList({QFileInfo(path).fileName() + u".corrupt-*"_s});
        QCOMPARE(aside.size(), 1);
        QFile kept(QFileInfo(path).absolutePath() + u'/' + aside.first());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll().contains("garbage"));
        kept.remove();
    }

    void hugePastes_doNotFreezeTheWindow()
    {
        MainWindow window(&m_base, nullptr, favouritesFile());
        window.show();
        QByteArray block("550-5.1.1 <someone@example.com>: Recipient address rejected\n");
        QString paste = QString::fromLatin1(block.repeated(10 * 1024 * 1024 / block.size()));
        QVERIFY(paste.size() >= 10 * 1000 * 1000);
        auto *search = window.browseView()->findChild<QLineEdit *>(u"searchField"_s);
        search->setText(paste);
        QCoreApplication::processEvents();
        // The search field keeps what a search can use, and the list still answers.
        QVERIFY(search->text().size() <= search->maxLength());
        QVERIFY(window.showCode(u"550"_s));

        ExplainView *explain = window.explainView();
        QSignalSpy explained(explain, &ExplainView::explained);
        explain->setText(paste);
        // Explained on a worker thread: the window's thread is free meanwhile.
        QVERIFY(explain->isBusy());
        QVERIFY(explained.wait(120000));
        QVERIFY(!explain->explanation().replies.isEmpty());
    }

    void about_namesVersionsRegistryDateAndLicence()
    {
        MainWindow window(&m_base, nullptr, favouritesFile());
        const QString about = window.aboutText();
        QVERIFY(about.contains(m_base.info().version));
        QVERIFY(about.contains(m_base.info().ianaRegistryChecked));
        QVERIFY(about.contains(QString::fromLatin1(qVersion())));
        QVERIFY(about.contains(u"GNU General Public License"_s));
        QVERIFY(about.contains(QString::number(m_base.entries().size())));
    }
};

QTEST_MAIN(TstDesktop)
#include "tst_desktop.moc"
