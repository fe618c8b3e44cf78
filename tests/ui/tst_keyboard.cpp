// SPDX-License-Identifier: GPL-3.0-or-later
// The window from the keyboard: Alt+letter mnemonics that never clash in any view, menus that
// open with Alt+letter wherever the focus is, one spelling per action, the list of shortcuts
// and zooming the text.
#include "browseview.h"
#include "builtinknowledgebase.h"
#include "compareview.h"
#include "detailpane.h"
#include "explainview.h"
#include "mainwindow.h"
#include "noticebar.h"
#include "shortcutlistmodel.h"
#include "shortcutsdialog.h"
#include "textzoom.h"
#include "viewtabs.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <QTranslator>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {
// The letter Alt presses for text ("Copy &fix" gives F); a null QChar when there is none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&') {
            continue;
        }
        if (text.at(i + 1) == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

QString withoutMnemonic(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

// Letter -> every place that claims it ("menu File", "button copyFixButton \"Copy &fix advice\"").
using Claims = QMap<QChar, QStringList>;

void claim(Claims &claims, const QString &text, const QString &where)
{
    const QChar letter = mnemonicOf(text);
    if (!letter.isNull()) {
        claims[letter].append(where + u" \""_s + text + u'"');
    }
}

QStringList clashes(const Claims &claims)
{
    QStringList found;
    for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
        if (it.value().size() > 1) {
            found.append(u"Alt+"_s + it.key() + u": "_s + it.value().join(u", "_s));
        }
    }
    return found;
}

// What Alt+letter can reach in the window as it is on screen: the menu bar's titles, the tabs,
// and every visible button and buddied label.
Claims windowClaims(MainWindow &window)
{
    Claims claims;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->isVisible()) {
            claim(claims, menu->text(), u"menu"_s);
        }
    }
    for (QTabBar *tabs : window.findChildren<QTabBar *>()) {
        for (int i = 0; tabs->isVisible() && i < tabs->count(); ++i) {
            claim(claims, tabs->tabText(i), u"tab"_s);
        }
    }
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->isVisible() && button->window() == &window) {
            claim(claims, button->text(), u"button "_s + button->objectName());
        }
    }
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy() && label->window() == &window) {
            claim(claims, label->text(), u"label for "_s + label->buddy()->objectName());
        }
    }
    return claims;
}

void collectMenuClashes(QMenu *menu, const QString &path, QStringList &found)
{
    // Menus that fill themselves when they open (Favourites) are checked as they open.
    Q_EMIT menu->aboutToShow();
    Claims claims;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible()) {
            continue;
        }
        claim(claims, action->text(), u"item"_s);
        if (action->menu()) {
            collectMenuClashes(action->menu(), path + u" \u25b8 "_s + withoutMnemonic(action->text()), found);
        }
    }
    for (const QString &clash : clashes(claims)) {
        found.append(path + u": "_s + clash);
    }
}
} // namespace

class TstKeyboard : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;

    QTranslator m_translator;

    // Speaks language until the test function ends (cleanup() removes it); false when the
    // translation is missing.
    bool speak(const QString &language)
    {
        return language == u"en"
            || (m_translator.load(QLocale(language), u"smtp-codes"_s, u"_"_s, u":/i18n"_s)
                && QCoreApplication::installTranslator(&m_translator));
    }

    template<typename T> static T *child(QWidget *window, const QString &name)
    {
        auto *found = window->findChild<T *>(name);
        if (!found) {
            qFatal("no child %s", qPrintable(name));
        }
        return found;
    }

    QTemporaryDir m_dir;

    // Each view as the user meets it, with the focus where the view puts it; view 3 is the
    // explain view busy with a large file, its Cancel button showing.
    void showView(MainWindow &window, int view)
    {
        ViewTabs *tabs = window.viewTabs();
        if (view == 0) {
            tabs->showBrowse();
            window.browseView()->focusSearch();
        } else if (view == 1) {
            window.showComparison(u"250"_s, u"251"_s);
            window.compareView()->focusLeftPicker();
        } else if (view == 2) {
            tabs->showExplain();
            window.explainView()->setText(u"550 5.1.1 <nobody@example.com>: Recipient address rejected"_s);
        } else {
            tabs->showExplain();
            window.explainView()->setDataExplainer([](const QByteArray &, const ExplainProgress &progress) {
                Explanation explanation;
                while (progress(0, 1)) {
                    QThread::msleep(5);
                }
                explanation.cancelled = true;
                return explanation;
            });
            const QString path = m_dir.filePath(u"large.mbox"_s);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly)
                || file.write(QByteArray(2 * ExplainView::fileSynchronousLimit, 'x')) < 0) {
                qFatal("cannot write %s", qPrintable(path));
            }
            file.close();
            window.explainView()->openFile(path);
            window.explainView()->focusPasteArea();
        }
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"smtp-codes-tests"_s);
        QCoreApplication::setApplicationName(u"tst_keyboard"_s);
        m_base = BuiltInKnowledgeBase::load();
    }

    void init() { QSettings().clear(); }
    void cleanup() { QCoreApplication::removeTranslator(&m_translator); }

    // Every view in every language of the window: a translation picks its own letters.
    void views_data()
    {
        QTest::addColumn<int>("view");
        QTest::addColumn<QString>("language");
        for (const QString &language : {u"en"_s, u"de"_s}) {
            QTest::addRow("browse, %s", qPrintable(language)) << 0 << language;
            QTest::addRow("compare, %s", qPrintable(language)) << 1 << language;
            QTest::addRow("explain, %s", qPrintable(language)) << 2 << language;
            QTest::addRow("explain busy, %s", qPrintable(language)) << 3 << language;
        }
    }

    // No two things in front of the user answer the same Alt+letter, with the notice bar (which
    // can show in any view) and the favourites dock open as well.
    void mnemonics_neverClashInAView_data() { views_data(); }
    void mnemonics_neverClashInAView()
    {
        QFETCH(int, view);
        QFETCH(QString, language);
        QVERIFY(speak(language));
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.noticeBar()->showNotice(u"A problem"_s, {u"one"_s});
        child<QAction>(&window, u"showFavouritesAction"_s)->trigger();
        showView(window, view);
        const Claims claims = windowClaims(window);
        // The check has something to check: the menus and the view's own controls.
        QVERIFY(claims.size() >= 10);
        const QStringList found = clashes(claims);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void mnemonics_neverClashWithinAMenu_data() { views_data(); }
    void mnemonics_neverClashWithinAMenu()
    {
        QFETCH(int, view);
        QFETCH(QString, language);
        QVERIFY(speak(language));
        MainWindow window(&m_base);
        window.show();
        showView(window, view);
        QStringList found;
        for (QAction *menu : window.menuBar()->actions()) {
            QVERIFY(menu->menu());
            collectMenuClashes(menu->menu(), withoutMnemonic(menu->text()), found);
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    // Alt+letter opens each menu from the widget that has the focus in each view.
    void menus_openWithAltAndTheirLetter_data() { views_data(); }
    void menus_openWithAltAndTheirLetter()
    {
        QFETCH(int, view);
        QFETCH(QString, language);
        QVERIFY(speak(language));
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        showView(window, view);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        for (QAction *menu : window.menuBar()->actions()) {
            const QChar letter = mnemonicOf(menu->text());
            QVERIFY2(!letter.isNull(), qPrintable(menu->text()));
            QTest::keyClick(focus, letter.toLower().toLatin1(), Qt::AltModifier);
            QWidget *popup = QApplication::activePopupWidget();
            QVERIFY2(popup == menu->menu(),
                qPrintable(u"Alt+%1 did not open %2"_s.arg(letter, withoutMnemonic(menu->text()))));
            QTest::keyClick(popup, Qt::Key_Escape);
            QVERIFY(!QApplication::activePopupWidget());
            // Escape leaves the menu bar in keyboard mode, as for a user; a second one quits it.
            if (QApplication::focusWidget() != focus) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            }
            QCOMPARE(QApplication::focusWidget(), focus);
        }
    }

    // A button and the menu item that do the same thing say it the same way, mnemonic included.
    void buttonsAndMenuItems_spellAnActionAlike_data()
    {
        QTest::addColumn<int>("view");
        QTest::addColumn<QString>("button");
        QTest::addColumn<QString>("action");
        QTest::newRow("browse: fix advice") << 0 << u"copyFixButton"_s << u"copyFixAction"_s;
        QTest::newRow("browse: entry") << 0 << u"copyEntryButton"_s << u"copyTextAction"_s;
        QTest::newRow("browse: Markdown") << 0 << u"copyMarkdownButton"_s << u"copyMarkdownAction"_s;
        QTest::newRow("compare: comparison") << 1 << u"copyComparisonButton"_s << u"copyTextAction"_s;
        QTest::newRow("compare: Markdown")
            << 1 << u"copyComparisonMarkdownButton"_s << u"copyMarkdownAction"_s;
        QTest::newRow("compare: swap") << 1 << u"swapButton"_s << u"swapAction"_s;
        QTest::newRow("explain: paste") << 2 << u"pasteAndExplainButton"_s << u"pasteAndExplainAction"_s;
        QTest::newRow("explain: open file") << 2 << u"openFileButton"_s << u"openFileAction"_s;
        QTest::newRow("explain: cancel") << 2 << u"cancelExplainButton"_s << u"cancelExplainAction"_s;
        QTest::newRow("explain: explanation") << 2 << u"copyExplanationButton"_s << u"copyTextAction"_s;
        QTest::newRow("explain: Markdown")
            << 2 << u"copyExplanationMarkdownButton"_s << u"copyMarkdownAction"_s;
    }

    void buttonsAndMenuItems_spellAnActionAlike()
    {
        QFETCH(int, view);
        QFETCH(QString, button);
        QFETCH(QString, action);
        MainWindow window(&m_base);
        window.show();
        showView(window, view);
        const QString buttonText = child<QAbstractButton>(&window, button)->text();
        const QString actionText = child<QAction>(&window, action)->text();
        QVERIFY(!mnemonicOf(actionText).isNull());
        // A button may lead with a symbol (the swap arrows); the words and the letter are the same.
        QVERIFY2(buttonText == actionText || buttonText.endsWith(u' ' + actionText),
            qPrintable(u"button \"%1\", menu \"%2\""_s.arg(buttonText, actionText)));
    }

    // Help ▸ Keyboard shortcuts lists what the window's actions say, read from them when it
    // opens: every action with a shortcut is a row with its keys, and a new one appears.
    void shortcutsWindow_listsEveryShortcutOfTheActions()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        auto *dialog = window.findChild<ShortcutsDialog *>(u"shortcutsDialog"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QMultiMap<QString, QString> listed; // command -> keys
        const ShortcutListModel *model = dialog->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            listed.insert(model->index(row, ShortcutListModel::CommandColumn).data().toString(),
                model->index(row, ShortcutListModel::KeysColumn).data().toString());
        }
        int actions = 0;
        for (QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &sequence : action->shortcuts()) {
                const QString command = withoutMnemonic(action->text()).remove(u'\u2026');
                const QString keys = sequence.toString(QKeySequence::NativeText);
                bool found = false;
                for (const QString &row : listed.values(command)) {
                    found = found || row.split(u", "_s).contains(keys);
                }
                QVERIFY2(found, qPrintable(u"%1 (%2) is not listed"_s.arg(command, keys)));
                ++actions;
            }
        }
        // The window's commands, the list's own Ctrl+C and the search field's keys.
        QVERIFY2(actions >= 25, qPrintable(QString::number(actions)));
        QVERIFY(listed.values(u"Zoom in"_s)
                    .first()
                    .contains(QKeySequence(QKeySequence::ZoomIn).toString(QKeySequence::NativeText)));
        QVERIFY(listed.contains(u"Copy entry"_s));
        QCOMPARE(listed.value(u"Open file"_s),
            QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
        QCOMPARE(listed.value(u"Cancel"_s), u"Esc"_s);
        QVERIFY(listed.contains(u"Clear the search; the entry shown stays"_s));
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ShortcutListModel::CommandColumn).data() == u"Swap codes"_s) {
                QCOMPARE(model->index(row, ShortcutListModel::PlaceColumn).data().toString(), u"Go"_s);
            }
            if (model->index(row, ShortcutListModel::CommandColumn).data() == u"Cancel"_s) {
                QCOMPARE(model->index(row, ShortcutListModel::PlaceColumn).data().toString(),
                    u"in the view \u201cExplain\u201d"_s);
            }
        }

        auto *added = new QAction(u"&Frobnicate"_s, &window);
        added->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
        window.menuBar()->actions().last()->menu()->addAction(added);
        QTest::keyClick(&window, Qt::Key_F1);
        QCOMPARE(window.findChildren<ShortcutsDialog *>().size(), 1);
        bool frobnicate = false;
        for (int row = 0; row < dialog->model()->rowCount(); ++row) {
            frobnicate = frobnicate
                || (dialog->model()->index(row, ShortcutListModel::CommandColumn).data() == u"Frobnicate"_s
                    && dialog->model()->index(row, ShortcutListModel::PlaceColumn).data() == u"Help"_s);
        }
        QVERIFY(frobnicate);
    }

    // View ▸ Zoom sizes the text of the three panes together, and the size survives a restart.
    void zoom_sizesTheTextPanesAndIsRemembered()
    {
        qreal base = 0;
        {
            MainWindow window(&m_base);
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QVERIFY(window.showCode(u"550"_s));
            window.compareView()->compare(u"250"_s, u"251"_s);
            window.explainView()->setText(u"550 5.1.1 User unknown"_s);
            const QList<QTextBrowser *> panes {window.browseView()->detailPane()->browser(),
                window.compareView()->browser(), window.explainView()->browser()};
            base = panes.first()->font().pointSizeF();
            QVERIFY(base > 0);
            const qreal height = panes.first()->document()->size().height();
            QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
            QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
            QCOMPARE(window.statusBar()->currentMessage(), u"Text size 125%"_s);
            for (QTextBrowser *pane : panes) {
                QCOMPARE(pane->font().pointSizeF(), base * 1.25);
                QCOMPARE(pane->document()->defaultFont().pointSizeF(), base * 1.25);
            }
            QVERIFY(panes.first()->document()->size().height() > height * 1.1);
            QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
            QCOMPARE(panes.at(1)->font().pointSizeF(), base * 1.1);
            QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
            QCOMPARE(panes.at(2)->font().pointSizeF(), base);
            // Ctrl and the wheel over one pane zoom them all.
            QWheelEvent wheel(QPointF(20, 20), panes.at(1)->viewport()->mapToGlobal(QPointF(20, 20)), {},
                {0, 240}, Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(panes.at(1)->viewport(), &wheel);
            QCOMPARE(panes.first()->font().pointSizeF(), base * 1.25);
            for (int i = 0; i < 20; ++i) {
                QTest::keyClick(&window, Qt::Key_Plus, Qt::ControlModifier);
            }
            QCOMPARE(window.statusBar()->currentMessage(), u"Text size 300% (the largest)"_s);
            QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
            QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
            QCOMPARE(window.statusBar()->currentMessage(), u"Text size 200%"_s);
            window.close();
        }
        MainWindow restored(&m_base);
        restored.restoreSettings();
        QCOMPARE(restored.findChild<QAction *>(u"zoomInAction"_s)->isEnabled(), true);
        QCOMPARE(restored.compareView()->browser()->font().pointSizeF(), base * 2);
        QCOMPARE(restored.browseView()->detailPane()->browser()->font().pointSizeF(), base * 2);
        // Restoring the size is no news worth a message.
        QVERIFY(restored.statusBar()->currentMessage().isEmpty());
    }
};

QTEST_MAIN(TstKeyboard)
#include "tst_keyboard.moc"
