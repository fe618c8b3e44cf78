// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"
#include "codefilterproxymodel.h"
#include "codelistmodel.h"
#include "coderoles.h"
#include "vocabulary.h"
#include "wordforms.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
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

    struct ReferenceTexts
    {
        QString key;
        QString title;
        QString keywords;
        QString body;
        qsizetype descriptionLength = 0;
    };

    ReferenceTexts referenceTexts(const Entry &entry) const
    {
        ReferenceTexts texts;
        texts.key = entry.isCode() ? entry.code.toLower() : QString(); // a name is no code
        texts.title = entry.title.toLower();
        texts.keywords = entry.keywords.join(u" | "_s).toLower();
        texts.body = QStringList {entry.description, entry.whenYouSeeIt, entry.howToFix, entry.useWhen,
            entry.notes.join(u' '), entry.commands.join(u' ')}
                         .join(u' ')
                         .toLower();
        texts.descriptionLength = entry.description.size();
        return texts;
    }

    // The rank of one word in one row, by the word itself or one of its alternatives; -1 for none.
    static int referenceRank(
        const ReferenceTexts &texts, const QString &word, const QStringList &alternatives)
    {
        static const QRegularExpression enhanced(u"^[245]\\.(.*)$"_s);
        const auto match = enhanced.match(word);
        const QString form
            = match.hasMatch() && !word.contains(u"xxx.xxx"_s) ? u"x."_s + match.captured(1) : QString();
        if (texts.key == word || (!form.isEmpty() && texts.key == form)) {
            return 0;
        }
        if (texts.key.startsWith(word) || (!form.isEmpty() && texts.key.startsWith(form))) {
            return 1;
        }
        int best = -1;
        for (const QString &text : QStringList {word} + alternatives) {
            const qsizetype at = texts.body.indexOf(text);
            const int rank = texts.title.contains(text) ? 2
                : texts.keywords.contains(text)         ? 3
                : at < 0                                ? -1
                : at < texts.descriptionLength          ? 4
                                                        : 5;
            if (rank >= 0 && (best < 0 || rank < best)) {
                best = rank;
            }
        }
        return best;
    }

    // The search written plainly, one row at a time with nothing cached, to hold the proxy's
    // indexes and narrowing to: the rows it must show, each with its rank.
    QMap<int, int> referenceSearch(const QString &text) const
    {
        const QStringList words
            = text.left(1000).toLower().split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        QList<ReferenceTexts> rows;
        Vocabulary vocabulary;
        for (const Entry &entry : m_base.entries()) {
            rows.append(referenceTexts(entry));
            vocabulary.add(rows.last().title);
            vocabulary.add(rows.last().keywords);
            vocabulary.add(rows.last().body);
        }
        QList<QStringList> alternatives;
        for (const QString &word : words) {
            QStringList forms;
            if (!QRegularExpression(u"^[245]\\.(.*)$"_s).match(word).hasMatch()) {
                forms = WordForms::stems(word);
                for (const QString &base : QStringList {word} + WordForms::stems(word)) {
                    forms += m_base.synonyms().synonymsOf(base);
                }
            }
            alternatives.append(forms);
        }
        QMap<int, int> found = scoredRows(rows, words, alternatives);
        if (found.isEmpty() && !words.isEmpty()) {
            // Each word that matches no row at all is read as the vocabulary words a typo away.
            bool corrected = false;
            for (qsizetype i = 0; i < words.size(); ++i) {
                const bool matches = std::any_of(rows.cbegin(), rows.cend(), [&](const ReferenceTexts &row) {
                    return referenceRank(row, words.at(i), alternatives.at(i)) >= 0;
                });
                const bool code = QRegularExpression(u"^[245]\\.(.*)$"_s).match(words.at(i)).hasMatch();
                if (!matches && !code && !vocabulary.closest(words.at(i)).isEmpty()) {
                    alternatives[i] = vocabulary.closest(words.at(i));
                    corrected = true;
                }
            }
            if (corrected) {
                found = scoredRows(rows, words, alternatives);
            }
        }
        return found;
    }

    // Each matching row with its rank, that of its weakest word.
    static QMap<int, int> scoredRows(
        const QList<ReferenceTexts> &rows, const QStringList &words, const QList<QStringList> &alternatives)
    {
        QMap<int, int> result;
        for (int row = 0; row < rows.size(); ++row) {
            int worst = 0;
            for (qsizetype i = 0; i < words.size(); ++i) {
                const int best = referenceRank(rows.at(row), words.at(i), alternatives.at(i));
                if (best < 0) {
                    worst = -1;
                    break;
                }
                worst = std::max(worst, best);
            }
            if (worst >= 0) {
                result.insert(row, worst);
            }
        }
        return result;
    }

    // The rows a proxy shows with their ranks, and that code matches come first by rank: the
    // order of word matches is the relevance tests' business.
    static QMap<int, int> shownRanks(const CodeFilterProxyModel &proxy)
    {
        QMap<int, int> result;
        int previousCodeRank = 0;
        bool wordsBegun = false;
        for (const int row : sourceRows(proxy)) {
            const int rank = proxy.rank(row);
            result.insert(row, rank);
            if (rank <= SearchRank::CodePrefix) {
                if (wordsBegun || rank < previousCodeRank) {
                    qWarning("code match %d after a weaker match", row);
                    result.insert(-1, -1);
                }
                previousCodeRank = rank;
            } else {
                wordsBegun = true;
            }
        }
        return result;
    }

    static QList<int> sourceRows(const CodeFilterProxyModel &proxy)
    {
        QList<int> rows;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            rows.append(proxy.mapToSource(proxy.index(row, CodeColumnCode)).row());
        }
        return rows;
    }

    // What one search shows, with each shown row's rank, so that a stale cached rank fails too.
    static QStringList shown(const CodeFilterProxyModel &proxy)
    {
        QStringList result;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex index = proxy.index(row, CodeColumnCode);
            result.append(index.data(CodeKeyRole).toString() + u'/'
                + QString::number(proxy.rank(proxy.mapToSource(index).row())));
        }
        return result;
    }

private Q_SLOTS:
    void initTestCase() { m_base = BuiltInKnowledgeBase::load(); }

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

    void search_matchesReferenceScoring_data()
    {
        QTest::addColumn<QString>("search");
        for (const QString &search :
            {u""_s, u"5"_s, u"55"_s, u"550"_s, u"5."_s, u"5.1"_s, u"5.1.1"_s, u"x.1.1"_s, u"5.7"_s, u"2."_s,
                u"4.xxx.xxx"_s, u"x.7.xxx"_s, u"mailbox full"_s, u"FULL Mailbox"_s, u"relay"_s,
                u"550 relay"_s, u"qzx"_s, u"e"_s, u"auth 5"_s, u"  spam   5.7  "_s}) {
            QTest::newRow(qPrintable(search.isEmpty() ? u"(empty)"_s : search)) << search;
        }
    }

    void search_matchesReferenceScoring()
    {
        QFETCH(QString, search);
        CodeListModel model(&m_base);
        CodeFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSearchText(search);
        QCOMPARE(shownRanks(proxy), referenceSearch(search));
    }

    // Typing and Backspace reuse earlier results; each step must show what a fresh search shows.
    void search_typingAndDeleting_matchFreshSearch_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("words") << u"mailbox full"_s;
        QTest::newRow("enhanced code") << u"5.1.1"_s;
        QTest::newRow("code then word") << u"550 relay"_s;
        QTest::newRow("subject wildcard") << u"5.xxx.xxx"_s;
        QTest::newRow("code after word") << u"relay 4.7"_s;
    }

    void search_typingAndDeleting_matchFreshSearch()
    {
        QFETCH(QString, text);
        CodeListModel model(&m_base);
        CodeFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList steps;
        for (qsizetype length = 1; length <= text.size(); ++length) {
            steps.append(text.left(length));
        }
        for (qsizetype length = text.size() - 1; length >= 0; --length) {
            steps.append(text.left(length));
        }
        // Typed again after deleting, and edits that are not at the end.
        steps.append(text);
        steps.append(text.mid(1));
        steps.append(text.left(text.size() / 2) + text.mid(text.size() / 2 + 1));
        steps.append(text + u'x');
        steps.append(text);
        for (const QString &step : std::as_const(steps)) {
            proxy.setSearchText(step);
            CodeFilterProxyModel fresh;
            fresh.setSourceModel(&model);
            fresh.setSearchText(step);
            QVERIFY2(shown(proxy) == shown(fresh), qPrintable(u"after \u201c"_s + step + u"\u201d"_s));
            QCOMPARE(shownRanks(fresh), referenceSearch(step));
        }
    }

    void search_keepsPersistentIndexesOnTheirRows()
    {
        CodeListModel model(&m_base);
        CodeFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        const QPersistentModelIndex full(proxy.mapFromSource(model.indexOf(u"X.2.2"_s)));
        const QPersistentModelIndex hello(proxy.mapFromSource(model.indexOf(u"250"_s)));
        QVERIFY(full.isValid());
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        proxy.setSearchText(u"mailbox full"_s);
        QCOMPARE(layout.size(), 1);
        QCOMPARE(full.row(), 0);
        QCOMPARE(proxy.mapToSource(full), model.indexOf(u"X.2.2"_s));
        QVERIFY(!hello.isValid());
        // The same words again: nothing moves, so nothing is announced.
        proxy.setSearchText(u"mailbox  full "_s);
        QCOMPARE(layout.size(), 1);
    }

    void filters_combineWithSearch()
    {
        CodeListModel model(&m_base);
        CodeFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setClassFilter(CodeClass::TransientNegative);
        for (const QString &code : codes(proxy)) {
            QVERIFY2(m_base.entry(code)->displayCode().startsWith(u'4'), qPrintable(code));
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

    // Each kind shows its entries and no other; together they make up the whole base, which is
    // what "all kinds" shows.
    void kindFilter_splitsTheBaseByKind()
    {
        CodeListModel model(&m_base);
        CodeFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), model.rowCount());
        const QList<std::pair<CodeFilterProxyModel::Kind, QList<CodeKind>>> kinds {
            {CodeFilterProxyModel::Kind::Basic, {CodeKind::Basic}},
            {CodeFilterProxyModel::Kind::Enhanced,
                {CodeKind::EnhancedClass, CodeKind::EnhancedSubject, CodeKind::EnhancedDetail}},
            {CodeFilterProxyModel::Kind::ProviderResponse, {CodeKind::ProviderResponse}},
            {CodeFilterProxyModel::Kind::Reason, {CodeKind::Reason}},
        };
        QMap<CodeFilterProxyModel::Kind, int> counts;
        int total = 0;
        for (const auto &[kind, entryKinds] : kinds) {
            proxy.setKindFilter(kind);
            counts.insert(kind, proxy.rowCount());
            total += proxy.rowCount();
            for (int row = 0; row < proxy.rowCount(); ++row) {
                const auto shownKind = CodeKind(proxy.index(row, CodeColumnCode).data(KindRole).toInt());
                QVERIFY2(entryKinds.contains(shownKind),
                    qPrintable(proxy.index(row, 0).data(CodeKeyRole).toString()));
            }
        }
        QCOMPARE(counts.value(CodeFilterProxyModel::Kind::Reason), 34);
        QCOMPARE(counts.value(CodeFilterProxyModel::Kind::ProviderResponse), 683);
        QVERIFY(counts.value(CodeFilterProxyModel::Kind::Basic) >= 40);
        QVERIFY(counts.value(CodeFilterProxyModel::Kind::Enhanced) >= 80);
        QCOMPARE(total, model.rowCount());
        proxy.setKindFilter(CodeFilterProxyModel::Kind::Any);
        QCOMPARE(proxy.rowCount(), model.rowCount());
    }

    void providerFilter_keepsOnlyThatProvidersResponses()
    {
        CodeListModel model(&m_base);
        CodeFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!proxy.hasFilters());
        proxy.setProviderFilter(u"google"_s);
        QVERIFY(proxy.hasFilters());
        QVERIFY2(proxy.rowCount() >= 100, qPrintable(QString::number(proxy.rowCount())));
        QCOMPARE(proxy.rowCount(),
            int(m_base.providers().responsesOf(*m_base.providers().provider(u"google"_s)).size()));
        for (const QString &key : codes(proxy)) {
            QVERIFY2(key.startsWith(u"google/"_s), qPrintable(key));
        }
        // With the kind as the browse view sets it, and under a search, still only Google's.
        proxy.setKindFilter(CodeFilterProxyModel::Kind::ProviderResponse);
        proxy.setSearchText(u"mailbox full"_s);
        QVERIFY(proxy.rowCount() >= 1);
        for (int row = 0; row < proxy.rowCount(); ++row) {
            QCOMPARE(proxy.index(row, CodeColumnCode).data(ProviderRole).toString(), u"google"_s);
        }
        // A kind no response is, under a provider, shows nothing; no provider shows all again.
        proxy.setSearchText({});
        proxy.setKindFilter(CodeFilterProxyModel::Kind::Basic);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setKindFilter(CodeFilterProxyModel::Kind::Any);
        proxy.setProviderFilter(u"microsoft"_s);
        QVERIFY(proxy.rowCount() >= 100);
        QVERIFY(proxy.mapFromSource(model.indexOf(u"microsoft/banned-sending-ip"_s)).isValid());
        QVERIFY(!proxy.mapFromSource(model.indexOf(u"550"_s)).isValid());
        proxy.setProviderFilter({});
        QCOMPARE(proxy.rowCount(), model.rowCount());
        proxy.setProviderFilter(u"no-such-provider"_s);
        QCOMPARE(proxy.rowCount(), 0);
    }

    // The list names a response's provider before its title, unless the provider filter
    // already names it; the code column shows the codes, not the key.
    void providerResponse_showsCodesAndProvider()
    {
        CodeListModel model(&m_base);
        CodeFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        const QModelIndex source = model.indexOf(u"microsoft/banned-sending-ip"_s);
        QVERIFY(source.isValid());
        const Entry *entry = model.entry(source);
        QCOMPARE(source.data().toString(), u"550 5.7.606\u20135.7.649"_s);
        QCOMPARE(source.data(CodeKeyRole).toString(), u"microsoft/banned-sending-ip"_s);
        const QModelIndex title = source.siblingAtColumn(CodeColumnTitle);
        QCOMPARE(title.data().toString(), u"Microsoft 365: "_s + entry->title);
        QCOMPARE(title.data(TitleRole).toString(), entry->title);
        QVERIFY(title.data(Qt::ToolTipRole).toString().contains(u"\nMicrosoft 365 / Exchange Online\n"_s));
        QVERIFY(
            title.data(Qt::AccessibleTextRole).toString().endsWith(u", Microsoft 365 / Exchange Online"_s));
        QCOMPARE(proxy.mapFromSource(title).data().toString(), title.data().toString());

        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        proxy.setProviderFilter(u"microsoft"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(proxy.mapFromSource(title).data().toString(), entry->title);
        proxy.setProviderFilter(u"outlook"_s);
        QCOMPARE(changed.size(), 1);

        // A reason has no class: no class line in its tooltip, no digit for the badge.
        const QModelIndex reason = model.indexOf(u"MailboxFull"_s);
        QVERIFY(reason.isValid());
        QCOMPARE(reason.data().toString(), u"MailboxFull"_s);
        QCOMPARE(reason.data(ClassDigitRole).toInt(), 0);
        QVERIFY(!reason.data(Qt::ToolTipRole).toString().contains(u'\n'));
    }
};

QTEST_GUILESS_MAIN(TstCodeFilterProxyModel)
#include "tst_codefilterproxymodel.moc"
