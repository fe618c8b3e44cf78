// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codeclass.h"
#include "searchindex.h"

#include <QAbstractProxyModel>
#include <QStringList>
#include <optional>
#include <vector>

namespace SmtpCodes {

struct Entry;

// Search-as-you-type and filters over a CodeListModel: the SearchIndex finds and orders the
// rows, this proxy applies the class, kind, provider and command filters and maps rows.
//
// A flat proxy rather than a QSortFilterProxyModel, so that a keystroke over a large base costs
// a scan of the rows the previous keystroke matched plus a counting sort, not a search of every
// text and a comparison sort through the source model's indexes.
class CodeFilterProxyModel final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeFilterProxyModel)

public:
    // Stored in the settings as a number: new kinds go at the end.
    enum class Kind { Any, Basic, Enhanced, ProviderResponse, Reason };

    explicit CodeFilterProxyModel(QObject *parent = nullptr);
    ~CodeFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel *model) override;

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);
    std::optional<CodeClass> classFilter() const { return m_classFilter; }
    void setClassFilter(std::optional<CodeClass> codeClass);
    Kind kindFilter() const { return m_kindFilter; }
    void setKindFilter(Kind kind);
    // A command such as "RCPT"; empty for any. Entries that "ANY" command can return always pass.
    QString commandFilter() const { return m_commandFilter; }
    void setCommandFilter(const QString &command);
    // A provider's id such as "google"; empty for any. Set, it keeps only that provider's responses.
    QString providerFilter() const { return m_providerFilter; }
    void setProviderFilter(const QString &providerId);

    // Why the search found nothing, and what it read as typos: see SearchIndex.
    QStringList unmatchedWords() const { return m_index.unmatchedWords(); }
    QStringList suggestions(const QStringList &words) const { return m_index.suggestions(words); }
    QStringList corrections() const { return m_index.corrections(); }
    bool hasFilters() const
    {
        return m_classFilter || m_kindFilter != Kind::Any || !m_commandFilter.isEmpty()
            || !m_providerFilter.isEmpty();
    }

    // The rank of a source row for the current search; SearchRank::NoMatch when a word does not match.
    int rank(int sourceRow) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const QList<Entry> *entries() const;
    void sourceReset();
    bool passesFilters(const Entry &entry) const;
    void updateFilterPasses();
    void applySearch(bool emitLayout);
    void reorder(bool emitLayout);

    SearchIndex m_index;
    std::vector<quint8> m_passes; // per source row: the class, kind, provider and command filters allow it
    std::vector<int> m_proxyToSource;
    std::vector<int> m_sourceToProxy; // -1 when filtered out
    QString m_searchText;
    std::optional<CodeClass> m_classFilter;
    Kind m_kindFilter = Kind::Any;
    QString m_commandFilter;
    QString m_providerFilter;
};

} // namespace SmtpCodes
