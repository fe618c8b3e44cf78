// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summary.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QModelIndex;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTextBrowser;
class QToolButton;
class QUrl;

namespace SmtpCodes {

class ReasonChart;
class SummaryGroupModel;
class SummaryReplyModel;
class TimelineChart;

// What many replies say together: the totals, the causes to fix first, charts of reasons and
// time, a sortable and filterable table of one grouping (reasons, providers, codes, domains,
// outcomes), and the replies behind the row chosen in it, each opening its entry.
class SummaryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryView)

public:
    explicit SummaryView(QWidget *parent = nullptr);
    ~SummaryView() override;

    void setSummary(std::shared_ptr<const Summary> summary);
    const std::shared_ptr<const Summary> &summary() const { return m_summary; }
    bool hasSummary() const { return m_summary != nullptr; }
    // Shows grouping in the table (and remembers it).
    void setGrouping(SummaryGrouping grouping);
    SummaryGrouping grouping() const;
    // Lists the replies of the table's row (as the model has it) below the table.
    void showRepliesOfRow(int groupRow);
    // Lists the replies behind cause (an index into Summary::causes).
    void showRepliesOfCause(int cause);
    // The menu of copies and saves, for the window's menus to offer as well.
    QMenu *exportMenu() const { return m_exportMenu; }
    void setExportMenu(QMenu *menu);

    SummaryGroupModel *groupModel() const { return m_groupModel; }
    QSortFilterProxyModel *groupProxy() const { return m_groupProxy; }
    SummaryReplyModel *replyModel() const { return m_replyModel; }
    QTableView *groupTable() const { return m_groupTable; }
    QTableView *replyTable() const { return m_replyTable; }

Q_SIGNALS:
    // An entry to open in the browse view: a reply's, a row's or a cause's.
    void entryActivated(const QString &entry);
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createParts();
    void createLayout();
    void connectParts();
    void restoreChoices();
    void renderText();
    void listReplies(const QString &title, const QList<int> &indexes);
    void followLink(const QUrl &url);
    void activateReply(const QModelIndex &index);

    std::shared_ptr<const Summary> m_summary;
    SummaryGroupModel *m_groupModel;
    QSortFilterProxyModel *m_groupProxy;
    SummaryReplyModel *m_replyModel;
    QLabel *m_headline;
    QTextBrowser *m_causes;
    ReasonChart *m_reasonChart;
    TimelineChart *m_timelineChart;
    QComboBox *m_groupingBox;
    QLineEdit *m_groupFilter;
    QTableView *m_groupTable;
    QLabel *m_repliesTitle;
    QLineEdit *m_replyFilter;
    QTableView *m_replyTable;
    QToolButton *m_exportButton;
    QMenu *m_exportMenu = nullptr;
    bool m_restored = false;
};

} // namespace SmtpCodes
