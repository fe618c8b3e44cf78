// SPDX-License-Identifier: GPL-3.0-or-later
#include "summaryreplymodel.h"

#include "summaryroles.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QStringMatcher>
#include <QtConcurrent/QtConcurrentMap>

#include <tuple>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
// Orders replies by one column's field, ties by their place in the input.
bool lessBy(int column, const SummaryReply &a, const SummaryReply &b)
{
    switch (column) {
    case ReplyTimeColumn:
        return a.time < b.time;
    case ReplyPlaceColumn:
        return std::tie(a.file, a.mail, a.line) < std::tie(b.file, b.mail, b.line);
    default:
        return false;
    }
}
} // namespace

SummaryReplyModel::SummaryReplyModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

SummaryReplyModel::~SummaryReplyModel() = default;

void SummaryReplyModel::setReplies(std::shared_ptr<const Summary> summary, const QList<int> &indexes)
{
    beginResetModel();
    m_summary = std::move(summary);
    m_indexes = m_summary ? indexes : QList<int> {};
    // A row's indexes always point into its summary; one that does not is dropped, never read.
    const qsizetype replies = m_summary ? m_summary->replies.size() : 0;
    m_indexes.removeIf([replies](int index) { return index < 0 || index >= replies; });
    m_orders.assign(ReplyColumnCount, {});
    m_matches.assign(size_t(m_indexes.size()), 1);
    m_filter.clear();
    rebuildShown();
    endResetModel();
}

const SummaryReply *SummaryReplyModel::reply(int row) const
{
    if (row < 0 || row >= int(m_shown.size())) {
        return nullptr;
    }
    return &m_summary->replies.at(m_indexes.at(m_shown[size_t(row)]));
}

int SummaryReplyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int SummaryReplyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ReplyColumnCount;
}

QString SummaryReplyModel::place(const SummaryReply &reply) const
{
    const QString file = reply.file >= 0 && reply.file < m_summary->inputs.size()
        ? QFileInfo(m_summary->inputs.at(reply.file)).fileName()
        : QString();
    if (reply.line > 0) {
        return u"%1:%2"_s.arg(file).arg(reply.line);
    }
    if (reply.mail >= 0) {
        return tr("%1, mail %2").arg(file).arg(reply.mail + 1);
    }
    return file;
}

QVariant SummaryReplyModel::data(const QModelIndex &index, int role) const
{
    const SummaryReply *shown = index.isValid() ? reply(index.row()) : nullptr;
    if (!shown) {
        return {};
    }
    if (role == Qt::DisplayRole || (role == Qt::ToolTipRole && index.column() == ReplyTextColumn)) {
        switch (index.column()) {
        case ReplyTimeColumn:
            // The time as the log wrote it: the summary keeps the wall clock as if it were UTC.
            return shown->time < 0
                ? QString()
                : QDateTime::fromSecsSinceEpoch(shown->time, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        case ReplyPlaceColumn:
            return place(*shown);
        case ReplyRecipientColumn:
            return shown->recipient;
        case ReplyCodesColumn:
            return shown->codes();
        case ReplyTextColumn:
            return shown->text;
        default:
            return {};
        }
    }
    if (role == SummaryEntryRole) {
        return shown->entry;
    }
    if (role == SummaryRowRole) {
        return m_indexes.at(m_shown[size_t(index.row())]);
    }
    return {};
}

QVariant SummaryReplyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ReplyTimeColumn:
        return tr("Time");
    case ReplyPlaceColumn:
        return tr("Where");
    case ReplyRecipientColumn:
        return tr("Recipient");
    case ReplyCodesColumn:
        return tr("Codes");
    case ReplyTextColumn:
        return tr("Text");
    default:
        return {};
    }
}

const std::vector<int> &SummaryReplyModel::orderOf(int column)
{
    std::vector<int> &order = m_orders[size_t(column)];
    if (!order.empty() || m_indexes.isEmpty()) {
        return order;
    }
    order.resize(size_t(m_indexes.size()));
    std::iota(order.begin(), order.end(), 0);
    const QList<SummaryReply> &replies = m_summary->replies;
    const QList<int> &indexes = m_indexes;
    if (column == ReplyCodesColumn) {
        sortByCodes(order);
        return order;
    }
    if (column != ReplyRecipientColumn && column != ReplyTextColumn) {
        std::stable_sort(order.begin(), order.end(), [&replies, &indexes, column](int a, int b) {
            return lessBy(column, replies.at(indexes.at(a)), replies.at(indexes.at(b)));
        });
        return order;
    }
    // Words side by side, and ties by position: a hundred thousand addresses sort several
    // times faster than through the replies.
    std::vector<QStringView> keys;
    keys.reserve(order.size());
    for (const int index : indexes) {
        const SummaryReply &reply = replies.at(index);
        keys.push_back(
            column == ReplyRecipientColumn ? QStringView(reply.recipient) : QStringView(reply.text));
    }
    const Qt::CaseSensitivity cs = column == ReplyTextColumn ? Qt::CaseInsensitive : Qt::CaseSensitive;
    std::sort(order.begin(), order.end(), [&keys, cs](int a, int b) {
        const int compared = keys[size_t(a)].compare(keys[size_t(b)], cs);
        return compared != 0 ? compared < 0 : a < b;
    });
    return order;
}

void SummaryReplyModel::sortByCodes(std::vector<int> &order) const
{
    // A log holds a few dozen distinct codes: each gets its rank, and the ranks are sorted.
    std::vector<QString> codes;
    codes.reserve(order.size());
    QHash<QString, int> ranks;
    for (const int index : m_indexes) {
        codes.push_back(m_summary->replies.at(index).codes());
        ranks.insert(codes.back(), 0);
    }
    QStringList distinct = ranks.keys();
    std::sort(distinct.begin(), distinct.end());
    for (qsizetype rank = 0; rank < distinct.size(); ++rank) {
        ranks[distinct.at(rank)] = int(rank);
    }
    std::vector<int> rankOf;
    rankOf.reserve(codes.size());
    for (const QString &code : codes) {
        rankOf.push_back(ranks.value(code));
    }
    std::stable_sort(order.begin(), order.end(),
        [&rankOf](int a, int b) { return rankOf[size_t(a)] < rankOf[size_t(b)]; });
}

void SummaryReplyModel::rebuildShown()
{
    const size_t count = size_t(m_indexes.size());
    m_shown.clear();
    m_shown.reserve(count);
    const bool filtered = !m_filter.isEmpty();
    if (m_sortColumn < 0) {
        for (size_t position = 0; position < count; ++position) {
            if (!filtered || m_matches[position]) {
                m_shown.push_back(int(position));
            }
        }
    } else {
        const std::vector<int> &order = orderOf(m_sortColumn);
        for (const int position : order) {
            if (!filtered || m_matches[size_t(position)]) {
                m_shown.push_back(position);
            }
        }
    }
    if (m_sortOrder == Qt::DescendingOrder) {
        std::reverse(m_shown.begin(), m_shown.end());
    }
}

void SummaryReplyModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ReplyColumnCount) {
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> positions;
    for (const QModelIndex &index : before) {
        positions.append(m_shown[size_t(index.row())]);
    }
    m_sortColumn = column;
    m_sortOrder = order;
    rebuildShown();
    // Selected and current rows stay on their replies.
    if (!before.isEmpty()) {
        std::vector<int> rowOf(size_t(m_indexes.size()), -1);
        for (size_t row = 0; row < m_shown.size(); ++row) {
            rowOf[size_t(m_shown[row])] = int(row);
        }
        QModelIndexList after;
        for (qsizetype i = 0; i < before.size(); ++i) {
            const int row = rowOf[size_t(positions.at(i))];
            after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
        }
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SummaryReplyModel::setFilterText(const QString &text)
{
    const QString filter = text.trimmed();
    if (filter.compare(m_filter, Qt::CaseInsensitive) == 0) {
        return;
    }
    // Typing on narrows what is shown: only the rows that matched the shorter word are read.
    const bool narrowing = !m_filter.isEmpty() && filter.contains(m_filter, Qt::CaseInsensitive);
    beginResetModel();
    m_filter = filter;
    if (!filter.isEmpty()) {
        // Addresses are kept in lower case and codes have no case: only the text needs folding.
        const QStringMatcher anyCase(filter, Qt::CaseInsensitive);
        const QStringMatcher lower(filter.toLower(), Qt::CaseSensitive);
        std::vector<char> fileMatches;
        for (const QString &input : m_summary->inputs) {
            fileMatches.push_back(anyCase.indexIn(QFileInfo(input).fileName()) >= 0 ? 1 : 0);
        }
        const auto check = [&](size_t position) {
            if (narrowing && !m_matches[position]) {
                return;
            }
            const SummaryReply &candidate = m_summary->replies.at(m_indexes.at(qsizetype(position)));
            const bool inFile = candidate.file >= 0 && size_t(candidate.file) < fileMatches.size()
                && fileMatches[size_t(candidate.file)];
            m_matches[position] = inFile || lower.indexIn(candidate.recipient) >= 0
                    || lower.indexIn(candidate.basic) >= 0 || lower.indexIn(candidate.enhanced) >= 0
                    || anyCase.indexIn(candidate.text) >= 0
                ? 1
                : 0;
        };
        // In slices on every core, in a pool of the model's own so that a summary being made
        // on the global pool never holds the typing up: 130,000 texts are read within a frame.
        constexpr size_t slice = 8192;
        std::vector<size_t> starts;
        for (size_t start = 0; start < m_matches.size(); start += slice) {
            starts.push_back(start);
        }
        QtConcurrent::blockingMap(&m_pool, starts, [&](size_t start) {
            for (size_t position = start; position < std::min(start + slice, m_matches.size()); ++position) {
                check(position);
            }
        });
    }
    rebuildShown();
    endResetModel();
}

} // namespace SmtpCodes
