// SPDX-License-Identifier: GPL-3.0-or-later
#include "browseview.h"

#include "browsefilters.h"
#include "codefilterproxymodel.h"
#include "codelistmodel.h"
#include "codelistview.h"
#include "coderoles.h"
#include "commandtexts.h"
#include "detailpane.h"
#include "searchfield.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
// What history, favourites and the settings keep of a lookup, and what resolve() takes back: the
// code as written for a code (5.1.1), the key for a reason or a provider's response, whose
// shown codes ("550 5.7.606–5.7.649") are no key.
QString codeOf(const Lookup &lookup)
{
    if (!lookup) {
        return {};
    }
    return lookup.entry->isCode() ? lookup.code : lookup.entry->code;
}

// A code as lookup() reads it, with its precise reasons when it is none; else a reason or a
// provider's response by its key ("MailboxFull", "microsoft/banned-sending-ip"), which are
// entries but no codes.
Lookup resolve(const KnowledgeBase *base, const QString &text)
{
    if (!base) {
        return {};
    }
    return base->find(text);
}

bool firstEntryDeferred = false;

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

void BrowseView::deferFirstEntry()
{
    firstEntryDeferred = true;
}

BrowseView::BrowseView(CodeListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new CodeFilterProxyModel(this))
    , m_search(new SearchField(this))
    , m_filters(new BrowseFilters(this))
    , m_list(new CodeListView(this))
    , m_detail(new DetailPane(model->knowledgeBase(), this))
    , m_splitter(new QSplitter(this))
{
    m_proxy->setSourceModel(m_model);
    m_hadBase = m_model->knowledgeBase() != nullptr;

    m_search->setObjectName(u"searchField"_s);
    m_search->setPlaceholderText(tr("Code or words: 550, 5.7, mailbox full, relay"));
    m_search->setAccessibleName(tr("Search codes"));
    m_search->setNavigationTarget(m_list);
    if (const KnowledgeBase *base = m_model->knowledgeBase()) {
        m_filters->setProviders(base->providers());
    }

    m_list->setModel(m_proxy);
    m_list->fitToContents(m_model);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);

    m_splitter->setObjectName(u"browseSplitter"_s);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_detail);
    // The list keeps the width its titles need (its size hint); the detail pane takes what the
    // window gains or loses, down to its own minimum, so a dock opening does not cut titles.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(buddyLabel(tr("Sea&rch:"), m_search, this));
    searchRow->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    // Filters get their own row so the search field keeps its width on small screens.
    layout->addWidget(m_filters);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_search, m_filters->firstCombo());
    setTabOrder(m_filters->lastCombo(), m_list);
    setTabOrder(m_list, m_detail->browser());

    connect(m_search, &QLineEdit::textChanged, this, &BrowseView::searchChanged);
    connect(m_search, &SearchField::activated, m_list, qOverload<>(&QWidget::setFocus));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { currentChanged(current); });
    connect(m_list, &QWidget::customContextMenuRequested, this, &BrowseView::showContextMenu);
    connect(m_detail, &DetailPane::codeActivated, this, [this](const QString &code) { showCode(code); });
    connect(m_detail, &DetailPane::compareRequested, this, &BrowseView::compareRequested);
    connect(m_filters, &BrowseFilters::changed, this, &BrowseView::applyFilters);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BrowseView::knowledgeBaseReset);
    if (firstEntryDeferred) {
        firstEntryDeferred = false;
        m_detail->renderAfterPaintOf(m_list->viewport());
    }
    if (!showCode(QString::fromLatin1(firstCode))) {
        selectFirstRow();
    }
    updateCount();
}

BrowseView::~BrowseView() = default;

void BrowseView::knowledgeBaseReset()
{
    const bool firstBase = !m_hadBase;
    m_hadBase = m_model->knowledgeBase() != nullptr;
    m_list->fitToContents(m_model);
    m_detail->setKnowledgeBase(m_model->knowledgeBase());
    if (const KnowledgeBase *base = m_model->knowledgeBase()) {
        // A provider the new data lacks falls back to all, and the proxy must follow.
        m_filters->setProviders(base->providers());
    }
    // A window built before its knowledge base opens on the code a start shows.
    if (firstBase && m_hadBase && showCode(QString::fromLatin1(firstCode))) {
        updateCount();
        return;
    }
    applyFilters();
}

void BrowseView::applyFilters()
{
    m_filters->applyTo(*m_proxy);
    if (!m_list->currentIndex().isValid()) {
        selectFirstRow();
    }
    updateCount();
}

void BrowseView::searchChanged(const QString &text)
{
    // Emptying the search (Escape, the clear button, deleting the last letter) keeps the entry
    // on screen: the user is done with the words, not with what they were reading.
    const QString shown = text.trimmed().isEmpty() ? currentCode() : QString();
    m_requestedCode.clear();
    m_proxy->setSearchText(text);
    // Otherwise the best match is on screen before the user finishes typing.
    if (shown.isEmpty() || !selectShown(shown)) {
        selectFirstRow();
    }
    updateCount();
}

bool BrowseView::selectShown(const QString &code)
{
    const Lookup lookup = resolve(m_model->knowledgeBase(), code);
    const QModelIndex index
        = lookup ? m_proxy->mapFromSource(m_model->indexOf(lookup.entry->code)) : QModelIndex();
    if (!index.isValid()) {
        return false;
    }
    m_requestedCode = codeOf(lookup);
    m_list->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void BrowseView::selectFirstRow()
{
    const QModelIndex first = m_proxy->index(0, CodeColumnCode);
    if (!first.isValid()) {
        m_detail->showMessage(emptyResultMessage());
        return;
    }
    m_list->selectionModel()->setCurrentIndex(
        first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(first);
}

QString BrowseView::emptyResultMessage() const
{
    if (m_model->rowCount() == 0) {
        return tr("The knowledge base is empty.");
    }
    // Named only when set: the word that matches nothing, the filters that hide the rest.
    const QStringList unmatched = m_proxy->unmatchedWords();
    QString message;
    if (!unmatched.isEmpty()) {
        message = tr("No code has \u201c%1\u201d.").arg(unmatched.join(u"\u201d, \u201c"_s));
        const QStringList suggestions = m_proxy->suggestions(unmatched);
        if (!suggestions.isEmpty()) {
            message += u' ' + tr("Did you mean %1?").arg(suggestions.mid(0, 5).join(u", "_s));
        }
    } else if (m_proxy->hasFilters()) {
        message = tr("No code matches \u201c%1\u201d with the filters set; set them to all to see more.")
                      .arg(m_search->text());
    } else {
        message = tr("Each word of \u201c%1\u201d is found, but no code has them all.").arg(m_search->text());
    }
    return message;
}

void BrowseView::currentChanged(const QModelIndex &current)
{
    const KnowledgeBase *base = m_model->knowledgeBase();
    const QString key = current.data(CodeKeyRole).toString();
    if (!base || key.isEmpty()) {
        return;
    }
    // Show 5.1.1 as class 5 when that is what the user asked for or typed.
    for (const QString &candidate : {m_requestedCode, m_search->text().trimmed()}) {
        const Lookup lookup = resolve(base, candidate);
        if (lookup && lookup.entry->code == key) {
            showLookup(lookup);
            return;
        }
    }
    showLookup(resolve(base, key));
}

bool BrowseView::showCode(const QString &code)
{
    const KnowledgeBase *base = m_model->knowledgeBase();
    const Lookup lookup = resolve(base, code);
    if (!lookup) {
        m_detail->showMessage(lookup.error.isEmpty() ? tr("No knowledge base is loaded.") : lookup.error);
        return false;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(lookup.entry->code));
    if (!index.isValid()) {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        m_proxy->setSearchText({});
        m_filters->clear();
        m_filters->applyTo(*m_proxy);
        updateCount();
        index = m_proxy->mapFromSource(m_model->indexOf(lookup.entry->code));
    }
    m_requestedCode = codeOf(lookup);
    m_list->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(index);
    showLookup(lookup);
    return true;
}

void BrowseView::showLookup(const Lookup &lookup)
{
    m_detail->showLookup(lookup);
    if (lookup) {
        Q_EMIT codeShown(codeOf(lookup));
    }
}

QString BrowseView::currentCode() const
{
    return codeOf(m_detail->lookup());
}

QStringList BrowseView::selectedCodes() const
{
    QStringList codes;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows(CodeColumnCode)) {
        codes.append(index.data(CodeKeyRole).toString());
    }
    return codes;
}

void BrowseView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void BrowseView::updateCount()
{
    Q_EMIT matchCountChanged(m_proxy->rowCount(), m_model->rowCount());
}

void BrowseView::showContextMenu(const QPoint &position)
{
    if (!m_list->indexAt(position).isValid()) {
        return;
    }
    QMenu menu(this);
    menu.addAction(CommandTexts::copyFixAdvice(), m_detail, &DetailPane::copyFixAdvice);
    menu.addAction(CommandTexts::copyEntry(), m_detail, &DetailPane::copyEntryAsText);
    menu.addAction(CommandTexts::copyAsMarkdown(), m_detail, &DetailPane::copyEntryAsMarkdown);
    const QStringList codes = selectedCodes();
    if (codes.size() == 2) {
        menu.addSeparator();
        menu.addAction(tr("&Compare %1 and %2").arg(codes.at(0), codes.at(1)), this,
            [this, codes] { Q_EMIT compareRequested(codes.at(0), codes.at(1)); });
    }
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void BrowseView::saveSettings(QSettings &settings) const
{
    settings.setValue(u"browse/splitter"_s, m_splitter->saveState());
    settings.setValue(u"browse/lastCode"_s, currentCode());
    m_filters->saveSettings(settings);
}

void BrowseView::restoreSettings(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(u"browse/splitter"_s).toByteArray());
    m_filters->restoreSettings(settings);
    applyFilters();
    const QString lastCode = settings.value(u"browse/lastCode"_s).toString();
    if (!lastCode.isEmpty()) {
        selectShown(lastCode);
    }
}

} // namespace SmtpCodes
