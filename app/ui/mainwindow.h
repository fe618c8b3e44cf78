// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace SmtpCodes {

class BrowseView;
class CodeListModel;
class CompareView;
class ExplainView;
class KnowledgeBase;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const KnowledgeBase *base, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the browse view at code; false (with the reason in the window) when none has it.
    bool showCode(const QString &code);
    // Opens the comparison of left and right in the compare view.
    bool showComparison(const QString &left, const QString &right);
    // What the command line asks for: one code opens it, two open their comparison.
    void openArguments(const QStringList &codes);
    // Compares the two codes selected in the list; with one, that code and its usual partner.
    void compareSelection();
    BrowseView *browseView() const { return m_browse; }
    CompareView *compareView() const { return m_compare; }
    ExplainView *explainView() const { return m_explain; }

    void saveSettings() const;
    void restoreSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showCompareTab();
    void copyFixAdvice();
    void copyAsText();
    void copyAsMarkdown();
    bool compareIsCurrent() const;
    void showAbout();
    void updateMatchCount(int shown, int total);

    const KnowledgeBase *m_base;
    CodeListModel *m_model;
    QTabWidget *m_tabs;
    BrowseView *m_browse;
    CompareView *m_compare;
    ExplainView *m_explain;
    QLabel *m_matchCount;
};

} // namespace SmtpCodes
