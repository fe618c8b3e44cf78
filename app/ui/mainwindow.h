// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knowledgebase.h"

#include <QMainWindow>

class QListWidget;
class QTextBrowser;

namespace SmtpCodes {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const KnowledgeBase &base, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Selects the entry of code (as a user would type it); false when it names no entry.
    bool showCode(const QString &code);

private:
    void showRow(int row);

    const KnowledgeBase &m_base;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_detail = nullptr;
};

} // namespace SmtpCodes
