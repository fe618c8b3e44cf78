// SPDX-License-Identifier: GPL-3.0-or-later
#include "codefilterproxymodel.h"

#include "codelistmodel.h"
#include "coderoles.h"

using namespace Qt::StringLiterals;

namespace SmtpCodes {

CodeFilterProxyModel::CodeFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
    sourceReset();
}

CodeFilterProxyModel::~CodeFilterProxyModel() = default;

void CodeFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (sourceModel()) {
        disconnect(sourceModel(), nullptr, this, nullptr);
    }
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        // Only resets come from CodeListModel; any other structural change is rare enough to be
        // handled as one too, which keeps the row cache and the mapping simple.
        const auto begin = [this] { beginResetModel(); };
        const auto end = [this] {
            sourceReset();
            endResetModel();
        };
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, begin);
        connect(model, &QAbstractItemModel::modelReset, this, end);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
        connect(model, &QAbstractItemModel::layoutChanged, this, end);
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, begin);
        connect(model, &QAbstractItemModel::rowsInserted, this, end);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin);
        connect(model, &QAbstractItemModel::rowsRemoved, this, end);
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, begin);
        connect(model, &QAbstractItemModel::rowsMoved, this, end);
        connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, begin);
        connect(model, &QAbstractItemModel::columnsInserted, this, end);
        connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, begin);
        connect(model, &QAbstractItemModel::columnsRemoved, this, end);
        connect(model, &QAbstractItemModel::columnsAboutToBeMoved, this, begin);
        connect(model, &QAbstractItemModel::columnsMoved, this, end);
        connect(model, &QAbstractItemModel::dataChanged, this, [this] {
            // Changed texts can change any rank, so search again; the rows stay the same.
            m_index.invalidateTexts();
            updateFilterPasses();
            applySearch(true);
            if (!m_proxyToSource.empty()) {
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            }
        });
        connect(model, &QAbstractItemModel::headerDataChanged, this,
            [this](Qt::Orientation orientation, int first, int last) {
                if (orientation == Qt::Horizontal) {
                    Q_EMIT headerDataChanged(orientation, first, last);
                } else if (!m_proxyToSource.empty()) {
                    Q_EMIT headerDataChanged(orientation, 0, rowCount() - 1);
                }
            });
    }
    sourceReset();
    endResetModel();
}

const QList<Entry> *CodeFilterProxyModel::entries() const
{
    const auto *codes = qobject_cast<const CodeListModel *>(sourceModel());
    return codes && codes->knowledgeBase() ? &codes->knowledgeBase()->entries() : nullptr;
}

void CodeFilterProxyModel::sourceReset()
{
    const auto *codes = qobject_cast<const CodeListModel *>(sourceModel());
    m_index.reset(entries(), codes && codes->knowledgeBase() ? &codes->knowledgeBase()->synonyms() : nullptr);
    updateFilterPasses();
    applySearch(false);
}

void CodeFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText) {
        return;
    }
    m_searchText = text;
    applySearch(true);
}

void CodeFilterProxyModel::applySearch(bool emitLayout)
{
    m_index.search(m_searchText);
    reorder(emitLayout);
}

void CodeFilterProxyModel::setClassFilter(std::optional<CodeClass> codeClass)
{
    m_classFilter = codeClass;
    updateFilterPasses();
    reorder(true);
}

void CodeFilterProxyModel::setKindFilter(Kind kind)
{
    m_kindFilter = kind;
    updateFilterPasses();
    reorder(true);
}

void CodeFilterProxyModel::setCommandFilter(const QString &command)
{
    m_commandFilter = command;
    updateFilterPasses();
    reorder(true);
}

void CodeFilterProxyModel::setProviderFilter(const QString &providerId)
{
    if (providerId == m_providerFilter) {
        return;
    }
    const bool namesChange = m_providerFilter.isEmpty() != providerId.isEmpty();
    m_providerFilter = providerId;
    updateFilterPasses();
    reorder(true);
    if (namesChange && !m_proxyToSource.empty()) {
        // The titles lose or regain their provider's name (see data()).
        Q_EMIT dataChanged(
            index(0, CodeColumnTitle), index(rowCount() - 1, CodeColumnTitle), {Qt::DisplayRole});
    }
}

bool CodeFilterProxyModel::passesFilters(const Entry &entry) const
{
    if (m_classFilter && !entry.classes.contains(*m_classFilter)) {
        return false;
    }
    switch (m_kindFilter) {
    case Kind::Any:
        break;
    case Kind::Basic:
        if (!entry.isBasic()) {
            return false;
        }
        break;
    case Kind::Enhanced:
        if (!entry.isEnhanced()) {
            return false;
        }
        break;
    case Kind::ProviderResponse:
        if (entry.kind != CodeKind::ProviderResponse) {
            return false;
        }
        break;
    case Kind::Reason:
        if (entry.kind != CodeKind::Reason) {
            return false;
        }
        break;
    }
    if (!m_providerFilter.isEmpty() && (!entry.response || entry.response->provider != m_providerFilter)) {
        return false;
    }
    if (!m_commandFilter.isEmpty() && !entry.commands.contains(m_commandFilter)
        && !entry.commands.contains(u"ANY"_s)) {
        return false;
    }
    return true;
}

void CodeFilterProxyModel::updateFilterPasses()
{
    m_passes.clear();
    if (const QList<Entry> *list = entries()) {
        m_passes.reserve(std::size_t(list->size()));
        for (const Entry &entry : *list) {
            m_passes.push_back(passesFilters(entry));
        }
    }
}

void CodeFilterProxyModel::reorder(bool emitLayout)
{
    std::vector<int> order = m_index.order(m_passes);
    if (order == m_proxyToSource && emitLayout) {
        return;
    }
    QModelIndexList before;
    std::vector<std::pair<int, int>> cells;
    if (emitLayout) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
        before = persistentIndexList();
        cells.reserve(std::size_t(before.size()));
        for (const QModelIndex &index : std::as_const(before)) {
            cells.emplace_back(m_proxyToSource[std::size_t(index.row())], index.column());
        }
    }
    m_proxyToSource = std::move(order);
    m_sourceToProxy.assign(m_passes.size(), -1);
    for (std::size_t proxyRow = 0; proxyRow < m_proxyToSource.size(); ++proxyRow) {
        m_sourceToProxy[std::size_t(m_proxyToSource[proxyRow])] = int(proxyRow);
    }
    if (emitLayout) {
        QModelIndexList after;
        after.reserve(before.size());
        for (const auto &[sourceRow, column] : cells) {
            const int proxyRow = m_sourceToProxy[std::size_t(sourceRow)];
            after.append(proxyRow < 0 ? QModelIndex() : createIndex(proxyRow, column));
        }
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    }
}

int CodeFilterProxyModel::rank(int sourceRow) const
{
    return m_index.rank(sourceRow);
}

QModelIndex CodeFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || std::size_t(row) >= m_proxyToSource.size() || column < 0
        || column >= columnCount()) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex CodeFilterProxyModel::parent(const QModelIndex &child) const
{
    Q_UNUSED(child)
    return {};
}

int CodeFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int CodeFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool CodeFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex CodeFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this
        || std::size_t(proxyIndex.row()) >= m_proxyToSource.size()) {
        return {};
    }
    return sourceModel()->index(m_proxyToSource[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QVariant CodeFilterProxyModel::data(const QModelIndex &index, int role) const
{
    // With one provider chosen, the filter names it once; its name before every title would
    // only push the titles apart.
    if (role == Qt::DisplayRole && index.column() == CodeColumnTitle && !m_providerFilter.isEmpty()) {
        role = TitleRole;
    }
    return QAbstractProxyModel::data(index, role);
}

QModelIndex CodeFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() || sourceIndex.parent().isValid()
        || std::size_t(sourceIndex.row()) >= m_sourceToProxy.size()) {
        return {};
    }
    const int row = m_sourceToProxy[std::size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

} // namespace SmtpCodes
