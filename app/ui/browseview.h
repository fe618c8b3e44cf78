// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codelistview.h"

#include <QWidget>

class QModelIndex;
class QSettings;
class QSplitter;

namespace SmtpCodes {

class BrowseFilters;
class CodeFilterProxyModel;
class CodeListModel;
class DetailPane;
class SearchField;
struct Lookup;

// Search, filters, the list of codes and the detail pane of the selected one.
class BrowseView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowseView)

public:
    // The code a first start shows: the rejection users look up most.
    static constexpr const char *firstCode = "550";

    explicit BrowseView(CodeListModel *model, QWidget *parent = nullptr);
    ~BrowseView() override;

    // For the app's start: the next view made paints its list first and renders the entry
    // beside it after that paint, so the list the user waits for is on screen sooner.
    static void deferFirstEntry();

    // Selects the entry of code (or of a reason or provider response, see KnowledgeBase::find),
    // clearing search and filters that hide it; false when no entry has it.
    bool showCode(const QString &code);
    QString currentCode() const;
    QStringList selectedCodes() const;
    void focusSearch();

    DetailPane *detailPane() const { return m_detail; }
    CodeListView *listView() const { return m_list; }
    CodeFilterProxyModel *proxyModel() const { return m_proxy; }

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    void matchCountChanged(int shown, int total);
    void compareRequested(const QString &left, const QString &right);
    // The detail pane now shows code's entry (as the user wrote it: 5.1.1, not X.1.1).
    void codeShown(const QString &code);

private:
    void applyFilters();
    void knowledgeBaseReset();
    void searchChanged(const QString &text);
    void currentChanged(const QModelIndex &current);
    void selectFirstRow();
    // Selects code's entry if the list shows it; false when it does not.
    bool selectShown(const QString &code);
    // What the detail pane says when the search and filters leave no code.
    QString emptyResultMessage() const;
    void showLookup(const Lookup &lookup);
    void updateCount();
    void showContextMenu(const QPoint &position);

    CodeListModel *m_model;
    CodeFilterProxyModel *m_proxy;
    SearchField *m_search;
    BrowseFilters *m_filters;
    CodeListView *m_list;
    DetailPane *m_detail;
    QSplitter *m_splitter;
    // The code as the user wrote it (5.1.1), kept while its entry (X.1.1) stays selected.
    QString m_requestedCode;
    bool m_hadBase = false;
};

} // namespace SmtpCodes
