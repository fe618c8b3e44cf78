// SPDX-License-Identifier: GPL-3.0-or-later
#include "browseview.h"
#include "builtinknowledgebase.h"
#include "codefilterproxymodel.h"
#include "codelistmodel.h"
#include "codelistview.h"
#include "coderoles.h"
#include "detailpane.h"
#include "explainview.h"
#include "mainwindow.h"
#include "statussummary.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

class TstMainWindow : public QObject
{
    Q_OBJECT

private:
    KnowledgeBase m_base;

    template<typename T> static T *child(QWidget *window, const QString &name)
    {
        auto *found = window->findChild<T *>(name);
        if (!found) {
            qFatal("no child %s", qPrintable(name));
        }
        return found;
    }

    static QString currentKey(QWidget *window)
    {
        return child<QTreeView>(window, u"codeList"_s)->currentIndex().data(CodeKeyRole).toString();
    }

    static QString detailText(QWidget *window)
    {
        return child<QTextBrowser>(window, u"detailBrowser"_s)->toPlainText();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"smtp-codes-tests"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        m_base = BuiltInKnowledgeBase::load();
    }

    void init() { QSettings().clear(); }

    // The list's widths, worked out from estimates and a few exact measures, are those that
    // measuring every code and title exactly gives: the widest code's badge, and nine titles
    // in ten whole at the preferred width.
    void codeList_fitsAsMeasuringEveryTextWould()
    {
        CodeListModel model(&m_base);
        CodeListView list;
        list.setModel(&model);
        list.fitToContents(&model);
        const QFontMetrics metrics(list.font());
        QModelIndex widest;
        std::vector<int> titles;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex code = model.index(row, CodeColumnCode);
            if (!widest.isValid()
                || metrics.horizontalAdvance(code.data().toString())
                    > metrics.horizontalAdvance(widest.data().toString())) {
                widest = code;
            }
            titles.push_back(metrics.horizontalAdvance(model.index(row, CodeColumnTitle).data().toString()));
        }
        QStyleOptionViewItem option;
        option.initFrom(&list);
        option.font = list.font();
        const int codeWidth = std::max(list.header()->sectionSizeHint(CodeColumnCode),
            list.itemDelegateForColumn(CodeColumnCode)->sizeHint(option, widest).width());
        QCOMPARE(list.header()->sectionSize(CodeColumnCode), codeWidth);
        std::sort(titles.begin(), titles.end());
        const int title = titles.at(std::size_t(double(titles.size() - 1) * 0.9));
        const int margin = 2 * (list.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &list) + 1);
        QCOMPARE(list.sizeHint().width(),
            2 * list.frameWidth() + codeWidth + title + 2 * margin
                + list.verticalScrollBar()->sizeHint().width());
    }

    void startsWithSearchFocusedAndFirstEntryShown()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&window, u"searchField"_s));
        QVERIFY(!currentKey(&window).isEmpty());
        QVERIFY(detailText(&window).contains(u"How to fix"_s));
    }

    // A first start (no settings) opens on 550 with a hint that names the keys which really
    // open Explain; typing replaces the hint with the count. A later start has no hint.
    void firstStart_opensOn550WithAHint()
    {
        {
            MainWindow window(&m_base);
            window.restoreSettings();
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QCOMPARE(currentKey(&window), u"550"_s);
            QVERIFY(detailText(&window).startsWith(u"550"_s));
            auto *summary = child<QLabel>(&window, u"viewSummary"_s);
            const QString hint = summary->text();
            QVERIFY2(hint.startsWith(u"Type a code or words"_s), qPrintable(hint));
            const QRegularExpression named(
                u"; (\\S+) opens Explain for a pasted bounce, (\\S+) pastes and explains"_s);
            const QRegularExpressionMatch keys = named.match(hint);
            QVERIFY2(keys.hasMatch(), qPrintable(hint));
            QTest::keySequence(&window, QKeySequence::fromString(keys.captured(1), QKeySequence::NativeText));
            QCOMPARE(child<QTabWidget>(&window, u"tabs"_s)->currentWidget(), window.explainView());
            QGuiApplication::clipboard()->setText(u"550 5.1.1 User unknown"_s);
            QTest::keySequence(&window, QKeySequence::fromString(keys.captured(2), QKeySequence::NativeText));
            QCOMPARE(window.explainView()->explanation().replies.size(), 1);
            QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
            QTest::keyClicks(child<QLineEdit>(&window, u"searchField"_s), u"55"_s);
            QVERIFY2(summary->text().contains(u" entries match"_s), qPrintable(summary->text()));
            QVERIFY(window.showCode(u"421"_s));
            window.close();
        }
        MainWindow again(&m_base);
        again.restoreSettings();
        QCOMPARE(currentKey(&again), u"421"_s);
        QVERIFY(!child<QLabel>(&again, u"viewSummary"_s)->text().startsWith(u"Type"_s));
    }

    // Escape empties the search and keeps the entry on screen, as the user wrote its code.
    void escape_clearsTheSearchAndKeepsTheEntry()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *search = child<QLineEdit>(&window, u"searchField"_s);
        QTest::keyClicks(search, u"mailbox full"_s);
        QTest::keyClick(search, Qt::Key_Down);
        const QString chosen = currentKey(&window);
        QVERIFY(!chosen.isEmpty());
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        QCOMPARE(currentKey(&window), chosen);
        QVERIFY(detailText(&window).startsWith(window.browseView()->currentCode()));
        QCOMPARE(window.browseView()->proxyModel()->rowCount(), m_base.entries().size());
        auto *list = child<QTreeView>(&window, u"codeList"_s);
        QVERIFY(list->viewport()->rect().intersects(list->visualRect(list->currentIndex())));

        QTest::keyClicks(search, u"5.1.1"_s);
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(currentKey(&window), u"X.1.1"_s);
        QVERIFY2(detailText(&window).startsWith(u"5.1.1"_s), qPrintable(detailText(&window).left(60)));
        QCOMPARE(window.browseView()->currentCode(), u"5.1.1"_s);
    }

    void typing_filtersAndRanks_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("selected");
        QTest::newRow("code prefix") << u"55"_s << u"550"_s;
        QTest::newRow("enhanced code") << u"5.1.1"_s << u"X.1.1"_s;
        QTest::newRow("title words") << u"mailbox full"_s << u"X.2.2"_s;
    }

    void typing_filtersAndRanks()
    {
        QFETCH(QString, typed);
        QFETCH(QString, selected);
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClicks(child<QLineEdit>(&window, u"searchField"_s), typed);
        QCOMPARE(currentKey(&window), selected);
        QVERIFY(detailText(&window).contains(m_base.entry(selected)->title));
    }

    void enhancedCodeWithClass_isShownWithThatClass()
    {
        MainWindow window(&m_base);
        window.show();
        QTest::keyClicks(child<QLineEdit>(&window, u"searchField"_s), u"5.1.1"_s);
        const QString text = detailText(&window);
        QVERIFY2(text.startsWith(u"5.1.1"_s), qPrintable(text.left(80)));
        QVERIFY(text.contains(u"Permanent Failure"_s));
    }

    void detail_showsSectionTitlesOfReferences()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(window.showCode(u"550"_s));
        QVERIFY2(detailText(&window).contains(u"RFC 5321 §4.2.3 Reply Codes in Numeric Order"_s),
            qPrintable(detailText(&window).right(600)));
    }

    void arrowKeysInSearch_moveTheSelection()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *search = child<QLineEdit>(&window, u"searchField"_s);
        QTest::keyClicks(search, u"55"_s);
        QCOMPARE(currentKey(&window), u"550"_s);
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(currentKey(&window), u"551"_s);
        QVERIFY(detailText(&window).contains(m_base.entry(u"551"_s)->title));
        QCOMPARE(QApplication::focusWidget(), search);
        QTest::keyClick(search, Qt::Key_Up);
        QCOMPARE(currentKey(&window), u"550"_s);
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
    }

    void shortcutsFocusTheSearch()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *list = child<QTreeView>(&window, u"codeList"_s);
        list->setFocus();
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&window, u"searchField"_s));
        list->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&window, u"searchField"_s));
    }

    void relatedLink_selectsThatCode()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(window.showCode(u"251"_s));
        auto *pane = child<DetailPane>(&window, u"detailPane"_s);
        Q_EMIT pane->browser()->anchorClicked(QUrl(u"code:551"_s));
        QCOMPARE(currentKey(&window), u"551"_s);
        QVERIFY(detailText(&window).startsWith(u"551"_s));
    }

    void copyFixAdvice_putsTheFixOnTheClipboard()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showCode(u"552"_s));
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(u"552  "_s), qPrintable(copied));
        QVERIFY(copied.contains(u"How to fix:"_s));
        QVERIFY(copied.simplified().contains(m_base.entry(u"552"_s)->howToFix.left(40).simplified()));
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasHtml());

        QGuiApplication::clipboard()->clear();
        child<QPushButton>(&window, u"copyFixButton"_s)->click();
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"552  "_s));
    }

    void ctrlCOnTheList_copiesTheEntry()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showCode(u"421"_s));
        auto *list = child<QTreeView>(&window, u"codeList"_s);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_C, Qt::ControlModifier);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.startsWith(u"421  "_s));
        QVERIFY(copied.contains(u"\nReferences\n"_s));
        child<QPushButton>(&window, u"copyMarkdownButton"_s)->click();
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"# 421"_s));
    }

    // Every copy says in the status bar what it put on the clipboard, for a few seconds.
    void copies_sayWhatWasCopied()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.showCode(u"550"_s));
        QStatusBar *status = window.statusBar();
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(status->currentMessage(), u"Fix advice for 550 copied"_s);
        status->clearMessage();
        child<QPushButton>(&window, u"copyEntryButton"_s)->click();
        QCOMPARE(status->currentMessage(), u"Entry 550 copied"_s);
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"550  "_s));
        child<QPushButton>(&window, u"copyMarkdownButton"_s)->click();
        QCOMPARE(status->currentMessage(), u"Entry 550 copied as Markdown"_s);
        status->clearMessage();
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(status->currentMessage(), u"Entry 550 copied"_s);
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(status->currentMessage(), u"Entry 550 copied as Markdown"_s);
        // The code as the user wrote it, not the entry's key.
        QVERIFY(window.showCode(u"5.1.1"_s));
        auto *list = child<QTreeView>(&window, u"codeList"_s);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(status->currentMessage(), u"Entry 5.1.1 copied"_s);
        child<QPushButton>(&window, u"copyFixButton"_s)->click();
        QCOMPARE(status->currentMessage(), u"Fix advice for 5.1.1 copied"_s);
        // A few seconds, then the status bar is free again.
        QTRY_VERIFY_WITH_TIMEOUT(status->currentMessage().isEmpty(), 6000);
    }

    void nothingToCopy_saysWhyAndLeavesTheClipboard()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QGuiApplication::clipboard()->setText(u"kept"_s);
        QVERIFY(!window.showCode(u"999"_s));
        QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.statusBar()->currentMessage(), u"Nothing to copy: no entry is shown."_s);
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(window.statusBar()->currentMessage(), u"Nothing to copy: no entry is shown."_s);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"kept"_s);
    }

    void filtersCombineWithSearch()
    {
        MainWindow window(&m_base);
        window.show();
        auto *classFilter = child<QComboBox>(&window, u"classFilter"_s);
        classFilter->setCurrentIndex(classFilter->findData(u"transient-negative"_s));
        QTest::keyClicks(child<QLineEdit>(&window, u"searchField"_s), u"storage"_s);
        QCOMPARE(currentKey(&window), u"452"_s);
        auto *proxy = window.browseView()->proxyModel();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            QVERIFY(proxy->index(row, 0).data(Qt::DisplayRole).toString().startsWith(u'4'));
        }
    }

    void unknownCode_explainsWhy()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(!window.showCode(u"999"_s));
        QVERIFY(detailText(&window).contains(u"not an SMTP reply code"_s));
        QVERIFY(!child<QPushButton>(&window, u"copyFixButton"_s)->isEnabled());
    }

    // An empty list says why: the word no code has (with what it may have meant), the filters
    // when they are set and only then, or that the words are found apart but never together.
    void emptyResult_saysWhy()
    {
        MainWindow window(&m_base);
        window.show();
        auto *search = child<QLineEdit>(&window, u"searchField"_s);
        search->setText(u"mailbx qzxqzxqzx"_s);
        QString text = detailText(&window);
        QVERIFY2(
            text.contains(u"No code has \u201cmailbx\u201d, \u201cqzxqzxqzx\u201d."_s), qPrintable(text));
        QVERIFY2(text.contains(u"Did you mean mailbox"_s), qPrintable(text));
        QVERIFY(!text.contains(u"filter"_s));

        search->setText(u"etrn spamhaus"_s);
        text = detailText(&window);
        QVERIFY2(text.contains(u"no code has them all"_s), qPrintable(text));

        auto *classes = child<QComboBox>(&window, u"classFilter"_s);
        classes->setCurrentIndex(classes->findData(u"positive-completion"_s));
        search->setText(u"spamhaus"_s);
        QVERIFY2(detailText(&window).contains(u"with the filters set"_s), qPrintable(detailText(&window)));
    }

    void settings_roundTrip()
    {
        {
            MainWindow window(&m_base);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 640);
            auto *kind = child<QComboBox>(&window, u"kindFilter"_s);
            kind->setCurrentIndex(kind->findData(int(CodeFilterProxyModel::Kind::Basic)));
            QVERIFY(window.showCode(u"530"_s));
            window.close();
        }
        MainWindow restored(&m_base);
        restored.restoreSettings();
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QCOMPARE(restored.size(), QSize(900, 640));
        QCOMPARE(child<QComboBox>(&restored, u"kindFilter"_s)->currentData().toInt(),
            int(CodeFilterProxyModel::Kind::Basic));
        QCOMPARE(currentKey(&restored), u"530"_s);
    }

    // A provider narrows the list to its responses and says so in the kind; a kind that has no
    // provider lets it go; reasons have no class and no commands to filter by.
    void providerFilter_narrowsToItsResponses()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *providers = child<QComboBox>(&window, u"providerFilter"_s);
        auto *kind = child<QComboBox>(&window, u"kindFilter"_s);
        QVERIFY(!providers->accessibleName().isEmpty());
        QCOMPARE(providers->count(), int(m_base.providers().providers().size()) + 1);
        QCOMPARE(providers->itemData(0).toString(), QString());
        for (int item = 2; item < providers->count(); ++item) {
            QVERIFY(
                providers->itemText(item - 1).compare(providers->itemText(item), Qt::CaseInsensitive) < 0);
        }

        // Alt+P reaches the combo; Down picks the first provider in it.
        QTest::keyClick(&window, Qt::Key_P, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), providers);
        providers->setCurrentIndex(providers->findData(u"google"_s));
        QCOMPARE(kind->currentData().toInt(), int(CodeFilterProxyModel::Kind::ProviderResponse));
        auto *proxy = window.browseView()->proxyModel();
        QVERIFY2(proxy->rowCount() >= 100, qPrintable(QString::number(proxy->rowCount())));
        for (int row = 0; row < proxy->rowCount(); ++row) {
            QCOMPARE(proxy->index(row, 0).data(ProviderRole).toString(), u"google"_s);
        }
        QVERIFY(currentKey(&window).startsWith(u"google/"_s));
        QVERIFY(!child<QComboBox>(&window, u"commandFilter"_s)->isEnabled());

        kind->setCurrentIndex(kind->findData(int(CodeFilterProxyModel::Kind::Reason)));
        QCOMPARE(providers->currentData().toString(), QString());
        QCOMPARE(proxy->rowCount(), 34);
        QVERIFY(!child<QComboBox>(&window, u"classFilter"_s)->isEnabled());
        QVERIFY(!child<QComboBox>(&window, u"commandFilter"_s)->isEnabled());

        // Showing a code the filters hide sets them all back.
        providers->setCurrentIndex(providers->findData(u"microsoft"_s));
        QVERIFY(window.showCode(u"250"_s));
        QCOMPARE(providers->currentData().toString(), QString());
        QCOMPARE(kind->currentData().toInt(), int(CodeFilterProxyModel::Kind::Any));
        QCOMPARE(proxy->rowCount(), int(m_base.entries().size()));
    }

    void providerFilter_isRemembered()
    {
        {
            MainWindow window(&m_base);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *providers = child<QComboBox>(&window, u"providerFilter"_s);
            providers->setCurrentIndex(providers->findData(u"microsoft"_s));
            QVERIFY(window.showCode(u"microsoft/banned-sending-ip"_s));
            window.close();
        }
        MainWindow restored(&m_base);
        restored.restoreSettings();
        restored.show();
        QVERIFY(QTest::qWaitForWindowExposed(&restored));
        QCOMPARE(child<QComboBox>(&restored, u"providerFilter"_s)->currentData().toString(), u"microsoft"_s);
        QCOMPARE(child<QComboBox>(&restored, u"kindFilter"_s)->currentData().toInt(),
            int(CodeFilterProxyModel::Kind::ProviderResponse));
        QCOMPARE(currentKey(&restored), u"microsoft/banned-sending-ip"_s);
        QCOMPARE(restored.browseView()->proxyModel()->providerFilter(), u"microsoft"_s);
    }

    void statusBar_countsMatches()
    {
        MainWindow window(&m_base);
        window.show();
        auto *count = child<QLabel>(&window, u"viewSummary"_s);
        QCOMPARE(count->text(), u"%1 entries"_s.arg(m_base.entries().size()));
        QTest::keyClicks(child<QLineEdit>(&window, u"searchField"_s), u"55"_s);
        QVERIFY2(count->text().contains(u" of %1 entries match"_s.arg(m_base.entries().size())),
            qPrintable(count->text()));
    }

    // A word read as a typo is named with what it was read as.
    void statusBar_namesTypoCorrections()
    {
        MainWindow window(&m_base);
        window.show();
        auto *count = child<QLabel>(&window, u"viewSummary"_s);
        QTest::keyClicks(child<QLineEdit>(&window, u"searchField"_s), u"mailbx"_s);
        QTRY_VERIFY2(count->toolTip().contains(u"reading mailbx \u2192 mailbox"_s)
                || count->text().contains(u"reading mailbx \u2192 mailbox"_s),
            qPrintable(count->text()));
    }

    // A summary or hint too long for the status bar is cut with its whole text in the tooltip;
    // it never makes the window wider.
    void statusBar_cutsALongSummary()
    {
        MainWindow window(&m_base);
        window.resize(800, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *summary = child<StatusSummary>(&window, u"viewSummary"_s);
        const QString hint = QStringList(60, u"word"_s).join(u' ');
        summary->showHint(hint);
        QCoreApplication::processEvents();
        QCOMPARE(window.width(), 800);
        QCOMPARE(summary->fullText(), hint);
        QVERIFY(summary->text().endsWith(u'\u2026'));
        QVERIFY(summary->text().size() < hint.size());
        QCOMPARE(summary->toolTip(), hint);
        QVERIFY(window.showComparison(u"250"_s, u"251"_s));
        QVERIFY(summary->toolTip().isEmpty());
    }

    // The status bar speaks of the view in front, and switches when the view does.
    void statusBar_summarisesTheViewInFront()
    {
        MainWindow window(&m_base);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *summary = child<QLabel>(&window, u"viewSummary"_s);
        QTest::keyClicks(child<QLineEdit>(&window, u"searchField"_s), u"55"_s);
        const QString matches = summary->text();
        QVERIFY2(
            matches.endsWith(u" of %1 entries match"_s.arg(m_base.entries().size())), qPrintable(matches));

        QVERIFY(window.showComparison(u"450"_s, u"550"_s));
        QCOMPARE(
            summary->text(), u"450 vs 550: temporary failure vs permanent failure; a pair often confused"_s);
        QVERIFY(window.showComparison(u"250"_s, u"354"_s));
        QCOMPARE(summary->text(), u"250 vs 354: success vs intermediate"_s);
        QVERIFY(window.showComparison(u"5.1.1"_s, u"550"_s));
        QCOMPARE(summary->text(), u"5.1.1 vs 550: same class (permanent failure)"_s);
        QVERIFY(!window.showComparison(u"250"_s, u"999"_s));
        QCOMPARE(summary->text(), u"Choose two codes to compare"_s);

        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(summary->text(), u"Nothing to explain yet"_s);
        window.explainView()->setText(
            u"250 2.0.0 Ok: queued\n421 4.7.0 Try again later\n550 5.1.1 User unknown\n"
            u"550 5.7.1 Relaying denied\n"_s);
        QCOMPARE(
            summary->text(), u"4 replies found: 2 permanent failures, 1 temporary failure, 1 delivered"_s);
        window.explainView()->setText(u"452 4.5.3 Too many recipients"_s);
        QCOMPARE(summary->text(), u"1 reply found: 1 temporary failure"_s);
        window.explainView()->setText(u"nothing here"_s);
        QCOMPARE(summary->text(), u"No SMTP reply found"_s);

        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(summary->text(), matches);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(summary->text(), u"Choose two codes to compare"_s);
    }
};

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
