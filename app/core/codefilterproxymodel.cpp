// SPDX-License-Identifier: GPL-3.0-or-later
#include "codefilterproxymodel.h"

#include "codelistmodel.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

CodeFilterProxyModel::CodeFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

CodeFilterProxyModel::~CodeFilterProxyModel() = default;

void CodeFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel()) {
        disconnect(sourceModel(), nullptr, this, nullptr);
    }
    QSortFilterProxyModel::setSourceModel(model);
    if (model) {
        // The base class resets itself on these signals; our row cache must be ready first,
        // and Qt connects its own slots before ours, so rebuild on the "about to" signals.
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_rows.clear(); });
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            rebuildRows();
            invalidate();
        });
    }
    rebuildRows();
    sort(0);
}

void CodeFilterProxyModel::rebuildRows()
{
    m_rows.clear();
    const auto *codes = qobject_cast<const CodeListModel *>(sourceModel());
    if (codes && codes->knowledgeBase()) {
        // Lower-cased once here, so a keystroke only compares strings and allocates nothing per row.
        const auto &entries = codes->knowledgeBase()->entries();
        m_rows.reserve(entries.size());
        for (const Entry &entry : entries) {
            Row row;
            row.key = entry.code.toLower();
            row.title = entry.title.toLower();
            row.body = QStringList {entry.description, entry.whenYouSeeIt, entry.howToFix, entry.useWhen,
                entry.notes.join(u' '), entry.commands.join(u' ')}
                           .join(u' ')
                           .toLower();
            row.classes = entry.classes;
            row.basic = entry.isBasic();
            row.commands = entry.commands;
            m_rows.append(row);
        }
    }
    rerank();
}

void CodeFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText) {
        return;
    }
    m_searchText = text;
    // Words longer than any entry cannot match; capping keeps a pasted novel from costing more
    // than a search for one long word.
    m_words = text.left(1000).toLower().split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    static const QRegularExpression enhanced(u"^[245]\\.(.*)$"_s);
    m_codeForms.clear();
    for (const QString &word : std::as_const(m_words)) {
        const auto match = enhanced.match(word);
        m_codeForms.append(
            match.hasMatch() && !word.contains(u"xxx.xxx"_s) ? u"x."_s + match.captured(1) : QString());
    }
    rerank();
    invalidate();
}

void CodeFilterProxyModel::setClassFilter(std::optional<CodeClass> codeClass)
{
    m_classFilter = codeClass;
    invalidateFilter();
}

void CodeFilterProxyModel::setKindFilter(Kind kind)
{
    m_kindFilter = kind;
    invalidateFilter();
}

void CodeFilterProxyModel::setCommandFilter(const QString &command)
{
    m_commandFilter = command;
    invalidateFilter();
}

CodeFilterProxyModel::Score CodeFilterProxyModel::scoreRow(const Row &row) const
{
    int worst = ExactCode;
    int sum = 0;
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        const QString &word = m_words.at(i);
        const QString &codeForm = m_codeForms.at(i);
        int best = NoMatch;
        if (row.key == word || (!codeForm.isEmpty() && row.key == codeForm)) {
            best = ExactCode;
        } else if (row.key.startsWith(word) || (!codeForm.isEmpty() && row.key.startsWith(codeForm))) {
            best = CodePrefix;
        } else if (row.title.contains(word)) {
            best = TitleWord;
        } else if (row.body.contains(word)) {
            best = BodyWord;
        }
        if (best == NoMatch) {
            return {NoMatch, 0};
        }
        worst = std::max(worst, best);
        sum += best;
    }
    return {worst, sum};
}

void CodeFilterProxyModel::rerank()
{
    m_scores.resize(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        m_scores[i] = scoreRow(m_rows.at(i));
    }
}

int CodeFilterProxyModel::rank(int sourceRow) const
{
    return sourceRow >= 0 && sourceRow < m_scores.size() ? m_scores.at(sourceRow).rank : NoMatch;
}

bool CodeFilterProxyModel::passesFilters(const Row &row) const
{
    if (m_classFilter && !row.classes.contains(*m_classFilter)) {
        return false;
    }
    if ((m_kindFilter == Kind::Basic && !row.basic) || (m_kindFilter == Kind::Enhanced && row.basic)) {
        return false;
    }
    if (!m_commandFilter.isEmpty() && !row.commands.contains(m_commandFilter)
        && !row.commands.contains(u"ANY"_s)) {
        return false;
    }
    return true;
}

bool CodeFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || sourceRow < 0 || sourceRow >= m_rows.size()) {
        return false;
    }
    return m_scores.at(sourceRow).rank != NoMatch && passesFilters(m_rows.at(sourceRow));
}

bool CodeFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Score &a = m_scores.at(left.row());
    const Score &b = m_scores.at(right.row());
    if (a.rank != b.rank) {
        return a.rank < b.rank;
    }
    // Among equals, the row whose other words matched better comes first ("550 relay": 550).
    if (a.sum != b.sum) {
        return a.sum < b.sum;
    }
    return left.row() < right.row();
}

} // namespace SmtpCodes
