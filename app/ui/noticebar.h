// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QPushButton;

namespace SmtpCodes {

// A message across the top of the window that does not block work: what went wrong in a few
// words, the full list behind "Details", and a button to dismiss it.
class NoticeBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBar)

public:
    explicit NoticeBar(QWidget *parent = nullptr);
    ~NoticeBar() override;

    // Shows summary; details (one problem per line) are behind the Details button.
    void showNotice(const QString &summary, const QStringList &details);
    QString summary() const;
    QStringList details() const { return m_details; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColours();
    void showDetails();

    QLabel *m_icon;
    QLabel *m_summary;
    QPushButton *m_detailsButton;
    QPushButton *m_closeButton;
    QStringList m_details;
    bool m_updatingColours = false;
};

} // namespace SmtpCodes
