// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QList>
#include <QPointer>

#include <utility>

namespace SmtpCodes {

// The search box. Up, Down, Page Up and Page Down move the selection of the list it drives
// without leaving the box, so the detail pane follows while the user keeps typing; Escape
// clears it.
class SearchField final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchField)

public:
    explicit SearchField(QWidget *parent = nullptr);
    ~SearchField() override;

    // Shows edit's clear button from the first time it holds text.
    static void enableClearButtonWhenTyped(QLineEdit *edit);

    void setNavigationTarget(QWidget *target) { m_target = target; }
    // The keys keyPressEvent() handles and what they do, for Help ▸ Keyboard shortcuts.
    static QList<std::pair<QString, QString>> keys();

Q_SIGNALS:
    void activated();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPointer<QWidget> m_target;
};

} // namespace SmtpCodes
