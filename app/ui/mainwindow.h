// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace SmtpCodes {

class BrowseView;
class CodeListModel;
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
    BrowseView *browseView() const { return m_browse; }

    void saveSettings() const;
    void restoreSettings();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showAbout();
    void updateMatchCount(int shown, int total);

    const KnowledgeBase *m_base;
    CodeListModel *m_model;
    QTabWidget *m_tabs;
    BrowseView *m_browse;
    QLabel *m_matchCount;
};

} // namespace SmtpCodes
