// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codeclass.h"

#include <QList>
#include <QSortFilterProxyModel>
#include <optional>

namespace SmtpCodes {

// Search-as-you-type and filters over a CodeListModel.
//
// Every word of the search must match, in any order and any case. A row's rank is that of its
// weakest word: 0 the exact code (5.1.1 is X.1.1), 1 a code prefix (55, 5.7), 2 a title word,
// 3 a body word. Rows sort by rank, then by how well the other words matched, then keep
// knowledge-base order.
class CodeFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeFilterProxyModel)

public:
    enum class Kind { Any, Basic, Enhanced };
    enum Rank { ExactCode = 0, CodePrefix, TitleWord, BodyWord, NoMatch = -1 };

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

    // The rank of a source row for the current search; NoMatch when a word does not match.
    int rank(int sourceRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct Row
    {
        QString key; // lower case: "x.1.1", "550"
        QString title;
        QString body;
        QList<CodeClass> classes;
        bool basic = true;
        QStringList commands;
    };
    struct Score
    {
        int rank = NoMatch; // the weakest word's rank
        int sum = 0; // all words' ranks added, to order rows of equal rank
    };
    void rebuildRows();
    void rerank();
    Score scoreRow(const Row &row) const;
    bool passesFilters(const Row &row) const;

    QList<Row> m_rows;
    QList<Score> m_scores;
    QString m_searchText;
    QStringList m_words;
    QStringList m_codeForms; // per word: the word as a registry key ("5.1.1" -> "x.1.1"), or empty
    std::optional<CodeClass> m_classFilter;
    Kind m_kindFilter = Kind::Any;
    QString m_commandFilter;
};

} // namespace SmtpCodes
