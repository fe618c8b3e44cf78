// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace SmtpCodes {

class KnowledgeBase;
struct Explanation;
class ViewTabs;

// The status bar's word on the view in front: how many codes match in browse, how the two
// compared codes relate, the replies and failures an explanation found. It changes with the
// view and with what the view shows; passing messages cover it for their few seconds.
class StatusSummary final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusSummary)

public:
    explicit StatusSummary(ViewTabs *tabs, QWidget *parent = nullptr);
    ~StatusSummary() override;

    // Shows hint instead of the summary until the view or what it shows changes.
    void showHint(const QString &hint);
    // The summary of the view in front, as update() shows it.
    QString summary() const;
    // What the label says before it is cut to its width.
    QString fullText() const { return m_text; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    // Shows text, cut at the right with the whole of it in the tooltip when it is too wide.
    void setFullText(const QString &text);
    QString browseSummary() const;
    QString compareSummary() const;
    QString explainSummary() const;
    // "3 replies found in 2 mails: 2 permanent failures, 1 delivered".
    static QString verdictSummary(const Explanation &explanation);

    ViewTabs *m_tabs;
    QString m_text;
};

} // namespace SmtpCodes
