// SPDX-License-Identifier: GPL-3.0-or-later
#include "summaryview.h"

#include "documentstyle.h"
#include "reasonchart.h"
#include "sharebardelegate.h"
#include "summarygroupmodel.h"
#include "summaryreplymodel.h"
#include "summaryroles.h"
#include "summarytext.h"
#include "timelinechart.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
const auto groupingKey = u"summary/grouping"_s;
const auto sortColumnKey = u"summary/sortColumn"_s;
const auto sortOrderKey = u"summary/sortOrder"_s;
constexpr SummaryGrouping groupings[] = {SummaryGrouping::Reason, SummaryGrouping::Provider,
    SummaryGrouping::Enhanced, SummaryGrouping::Basic, SummaryGrouping::Domain, SummaryGrouping::Outcome};

void setUpTable(QTableView *table, const QString &name, const QString &accessibleName)
{
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSortingEnabled(true);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    // One line a row, whatever the text: a hundred thousand rows lay out at once.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
}
} // namespace

SummaryView::SummaryView(QWidget *parent)
    : QWidget(parent)
    , m_groupModel(new SummaryGroupModel(this))
    , m_groupProxy(new QSortFilterProxyModel(this))
    , m_replyModel(new SummaryReplyModel(this))
    , m_headline(new QLabel(this))
    , m_causes(new QTextBrowser(this))
    , m_reasonChart(new ReasonChart(this))
    , m_timelineChart(new TimelineChart(this))
    , m_groupingBox(new QComboBox(this))
    , m_groupFilter(new QLineEdit(this))
    , m_groupTable(new QTableView(this))
    , m_repliesTitle(new QLabel(this))
    , m_replyFilter(new QLineEdit(this))
    , m_replyTable(new QTableView(this))
    , m_exportButton(new QToolButton(this))
{
    setObjectName(u"summaryView"_s);
    setAccessibleName(tr("Summary"));
    createParts();
    createLayout();
    connectParts();
    setSummary(nullptr);
}

SummaryView::~SummaryView() = default;

void SummaryView::createParts()
{
    m_headline->setObjectName(u"summaryHeadline"_s);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setWordWrap(true);
    m_headline->setAccessibleName(tr("Totals"));
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_causes->setObjectName(u"summaryCauses"_s);
    m_causes->setAccessibleName(tr("What to fix first"));
    m_causes->setOpenLinks(false);
    m_groupingBox->setObjectName(u"summaryGrouping"_s);
    m_groupingBox->setAccessibleName(tr("Count by"));
    // The window stays usable at 800 pixels in every language: long names are cut in the box.
    m_groupingBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_groupingBox->setMinimumContentsLength(9);
    for (const SummaryGrouping grouping : groupings) {
        m_groupingBox->addItem(SummaryText::groupingTitle(grouping), Summary::groupingId(grouping));
    }
    m_groupFilter->setObjectName(u"summaryFilter"_s);
    m_groupFilter->setAccessibleName(tr("Filter the rows"));
    m_groupFilter->setPlaceholderText(tr("Type to filter the rows"));
    m_groupFilter->setClearButtonEnabled(true);
    m_groupFilter->setMinimumWidth(60);
    m_groupProxy->setSourceModel(m_groupModel);
    m_groupProxy->setSortRole(SummarySortRole);
    m_groupProxy->setFilterRole(SummaryFilterRole);
    m_groupProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    setUpTable(m_groupTable, u"summaryTable"_s, tr("Rows of the summary"));
    m_groupTable->setModel(m_groupProxy);
    m_groupTable->setItemDelegateForColumn(GroupShareColumn, new ShareBarDelegate(m_groupTable));
    QHeaderView *header = m_groupTable->horizontalHeader();
    // The name takes the room; codes, keys and counts take what they need.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(GroupLabelColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(GroupShareColumn, QHeaderView::Interactive);
    header->resizeSection(
        GroupShareColumn, m_groupTable->fontMetrics().horizontalAdvance(u"100.0 %"_s) + 110);
    m_repliesTitle->setObjectName(u"summaryRepliesTitle"_s);
    m_repliesTitle->setTextFormat(Qt::PlainText);
    m_repliesTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_replyFilter->setObjectName(u"summaryReplyFilter"_s);
    m_replyFilter->setAccessibleName(tr("Filter the replies"));
    m_replyFilter->setPlaceholderText(tr("Type to filter the replies"));
    m_replyFilter->setClearButtonEnabled(true);
    setUpTable(m_replyTable, u"summaryReplies"_s, tr("Replies of the row"));
    m_replyTable->setModel(m_replyModel);
    m_replyTable->horizontalHeader()->setStretchLastSection(true);
    m_replyTable->sortByColumn(-1, Qt::AscendingOrder);
    m_exportButton->setObjectName(u"summaryExportButton"_s);
    m_exportButton->setText(tr("Copy or &save"));
    m_exportButton->setToolTip(
        tr("Copy the summary as Markdown or CSV, or save it or the hard-bounced addresses"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
}

void SummaryView::createLayout()
{
    auto *groupingLabel = new QLabel(tr("Coun&t by:"), this);
    groupingLabel->setBuddy(m_groupingBox);
    auto *filterLabel = new QLabel(tr("F&ilter:"), this);
    filterLabel->setBuddy(m_groupFilter);
    auto *controls = new QHBoxLayout;
    controls->addWidget(groupingLabel);
    controls->addWidget(m_groupingBox);
    controls->addWidget(filterLabel);
    controls->addWidget(m_groupFilter, 1);
    controls->addWidget(m_exportButton);
    auto *repliesHead = new QHBoxLayout;
    repliesHead->addWidget(m_repliesTitle, 2);
    repliesHead->addWidget(m_replyFilter, 1);
    auto *repliesPane = new QWidget(this);
    auto *repliesLayout = new QVBoxLayout(repliesPane);
    repliesLayout->setContentsMargins(0, 0, 0, 0);
    repliesLayout->addLayout(repliesHead);
    repliesLayout->addWidget(m_replyTable, 1);
    auto *tables = new QSplitter(Qt::Vertical, this);
    tables->setObjectName(u"summaryTablesSplitter"_s);
    tables->addWidget(m_groupTable);
    tables->addWidget(repliesPane);
    tables->setChildrenCollapsible(false);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(controls);
    rightLayout->addWidget(tables, 1);
    auto *left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(u"summaryCausesSplitter"_s);
    left->addWidget(m_causes);
    auto *charts = new QWidget(this);
    auto *chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_reasonChart);
    chartsLayout->addWidget(m_timelineChart);
    chartsLayout->addStretch();
    left->addWidget(charts);
    left->setChildrenCollapsible(false);
    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->setObjectName(u"summarySplitter"_s);
    columns->addWidget(left);
    columns->addWidget(right);
    columns->setStretchFactor(0, 2);
    columns->setStretchFactor(1, 3);
    columns->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_headline);
    layout->addWidget(columns, 1);
    setTabOrder(m_groupingBox, m_groupFilter);
    setTabOrder(m_groupFilter, m_exportButton);
    setTabOrder(m_exportButton, m_groupTable);
    setTabOrder(m_groupTable, m_replyFilter);
    setTabOrder(m_replyFilter, m_replyTable);
    setTabOrder(m_replyTable, m_causes);
}

void SummaryView::connectParts()
{
    connect(m_groupingBox, &QComboBox::activated, this,
        [this](int index) { setGrouping(groupings[std::clamp(index, 0, int(std::size(groupings)) - 1)]); });
    connect(
        m_groupFilter, &QLineEdit::textChanged, m_groupProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_replyFilter, &QLineEdit::textChanged, m_replyModel, &SummaryReplyModel::setFilterText);
    connect(m_groupTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid()) {
                showRepliesOfRow(m_groupProxy->mapToSource(current).row());
            }
        });
    // Enter on a row goes down to its replies, as a click shows them.
    connect(m_groupTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        showRepliesOfRow(m_groupProxy->mapToSource(index).row());
        m_replyTable->setFocus(Qt::OtherFocusReason);
        if (m_replyModel->rowCount() > 0 && !m_replyTable->currentIndex().isValid()) {
            m_replyTable->setCurrentIndex(m_replyModel->index(0, 0));
        }
    });
    connect(m_replyTable, &QAbstractItemView::activated, this, &SummaryView::activateReply);
    connect(m_causes, &QTextBrowser::anchorClicked, this, &SummaryView::followLink);
    // Sorted before the order is saved: a new window writes no settings before it has read them.
    m_groupTable->sortByColumn(GroupRepliesColumn, Qt::DescendingOrder);
    connect(m_groupTable->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
        [](int column, Qt::SortOrder order) {
            QSettings settings;
            settings.setValue(sortColumnKey, column);
            settings.setValue(sortOrderKey, int(order));
        });
}

void SummaryView::restoreChoices()
{
    // Read with the first summary, not at start: the window checks its settings file first.
    m_restored = true;
    const QSettings settings;
    const int index = m_groupingBox->findData(settings.value(groupingKey).toString());
    m_groupingBox->setCurrentIndex(index < 0 ? 0 : index);
    QSignalBlocker blocker(m_groupTable->horizontalHeader());
    m_groupTable->sortByColumn(settings.value(sortColumnKey, int(GroupRepliesColumn)).toInt(),
        settings.value(sortOrderKey, int(Qt::DescendingOrder)).toInt() == int(Qt::AscendingOrder)
            ? Qt::AscendingOrder
            : Qt::DescendingOrder);
}

void SummaryView::setExportMenu(QMenu *menu)
{
    m_exportMenu = menu;
    m_exportButton->setMenu(menu);
}

void SummaryView::setSummary(std::shared_ptr<const Summary> summary)
{
    m_summary = std::move(summary);
    if (m_summary && !m_restored) {
        restoreChoices();
    }
    m_groupModel->setGroup(m_summary, grouping());
    m_reasonChart->setSummary(m_summary);
    m_timelineChart->setSummary(m_summary);
    m_timelineChart->setVisible(m_timelineChart->hasTimeline());
    listReplies({}, {});
    renderText();
    m_exportButton->setEnabled(m_summary && !m_summary->replies.isEmpty());
    if (m_groupProxy->rowCount() > 0) {
        m_groupTable->setCurrentIndex(m_groupProxy->index(0, 0));
    }
}

SummaryGrouping SummaryView::grouping() const
{
    return groupings[std::clamp(m_groupingBox->currentIndex(), 0, int(std::size(groupings)) - 1)];
}

void SummaryView::setGrouping(SummaryGrouping grouping)
{
    m_restored = true;
    m_groupingBox->setCurrentIndex(m_groupingBox->findData(Summary::groupingId(grouping)));
    QSettings().setValue(groupingKey, Summary::groupingId(grouping));
    m_groupModel->setGroup(m_summary, grouping);
    listReplies({}, {});
    if (m_groupProxy->rowCount() > 0) {
        m_groupTable->setCurrentIndex(m_groupProxy->index(0, 0));
    }
}

void SummaryView::showRepliesOfRow(int groupRow)
{
    if (const SummaryRow *row = m_groupModel->groupRow(groupRow)) {
        listReplies(row->label, row->indexes);
    }
}

void SummaryView::showRepliesOfCause(int cause)
{
    if (m_summary && cause >= 0 && cause < m_summary->causes.size()) {
        listReplies(m_summary->causes.at(cause).title, m_summary->causes.at(cause).indexes);
    }
}

void SummaryView::listReplies(const QString &title, const QList<int> &indexes)
{
    m_replyModel->setReplies(m_summary, indexes);
    m_replyModel->setFilterText(m_replyFilter->text());
    m_repliesTitle->setText(title.isEmpty()
            ? tr("Choose a row to list its replies.")
            : tr("Replies of \u201c%1\u201d: %2").arg(title, QLocale().toString(indexes.size())));
    m_repliesTitle->setToolTip(m_repliesTitle->text());
    m_replyTable->resizeColumnToContents(ReplyTimeColumn);
    m_replyTable->horizontalHeader()->resizeSection(ReplyPlaceColumn, 150);
    m_replyTable->horizontalHeader()->resizeSection(ReplyRecipientColumn, 220);
    m_replyTable->horizontalHeader()->resizeSection(ReplyCodesColumn, 80);
}

void SummaryView::activateReply(const QModelIndex &index)
{
    const QString entry = index.data(SummaryEntryRole).toString();
    if (entry.isEmpty()) {
        Q_EMIT message(tr("This reply has no entry to open."));
        return;
    }
    Q_EMIT entryActivated(entry);
}

void SummaryView::followLink(const QUrl &url)
{
    if (url.scheme() == u"code") {
        Q_EMIT entryActivated(url.path());
    } else if (url.scheme() == u"cause") {
        showRepliesOfCause(url.path().toInt());
        m_replyTable->setFocus(Qt::OtherFocusReason);
    }
}

void SummaryView::renderText()
{
    m_causes->document()->setDefaultStyleSheet(DocumentStyle::styleSheet(palette()));
    if (!m_summary) {
        m_headline->clear();
        m_causes->clear();
        return;
    }
    m_headline->setText(SummaryText::headlineHtml(*m_summary));
    m_causes->setHtml(SummaryText::causesHtml(*m_summary));
}

void SummaryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        renderText();
    }
    QWidget::changeEvent(event);
}

} // namespace SmtpCodes
