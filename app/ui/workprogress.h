// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace SmtpCodes {

// A line of the explain view's button row that says what the view is busy with, how far it
// is, and holds the button that stops it. Idle, it is an empty stretch between the buttons.
class WorkProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkProgress)

public:
    explicit WorkProgress(const QString &cancelText, QWidget *parent = nullptr);

    // Shows what, a bar that moves until the work says how far it is, and the Cancel button.
    void start(const QString &what);
    void setPermille(int permille);
    // Cancel was asked: the work is stopping, and is not asked twice.
    void setCancelling();
    void finish();
    bool isBusy() const;
    // Of the bar, -1 until the work has said how far it is.
    int percent() const;

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace SmtpCodes
