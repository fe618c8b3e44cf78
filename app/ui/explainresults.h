// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explanation.h"
#include "summary.h"

#include <QTabWidget>

#include <memory>

class QAction;
class QTextBrowser;

namespace SmtpCodes {

class SummaryExport;
class SummaryView;

// The explain view's results as two tabs: the summary of many replies, and every reply
// explained in full. Many replies open on the summary; a few on the list. A summary made
// straight from files (a folder, a large log) has no full list: its replies are listed row by
// row in the summary.
class ExplainResults final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplainResults)

public:
    // exports and toggle belong to the window, whose menus offer them before this is built; the
    // summary view's menu offers exports too, and toggle switches between the two tabs.
    ExplainResults(SummaryExport *exports, QAction *toggle, QWidget *parent = nullptr);
    ~ExplainResults() override;

    // The switch between summary and replies, with its name and keys, for the window to own.
    static QAction *createToggleAction(QObject *parent);

    // Shows explanation (at most ExplanationExcerpt::replyLimit replies of it) and summary;
    // opens on the summary when there is one and the list holds at least threshold replies or
    // none at all.
    void show(const Explanation &explanation, std::shared_ptr<const Summary> summary, int threshold);
    QTextBrowser *browser() const { return m_browser; }
    SummaryView *summaryView() const { return m_summaryView; }
    SummaryExport *summaryExport() const { return m_export; }
    QAction *toggleAction() const { return m_toggle; }
    bool summaryIsCurrent() const;
    void toggle();
    // The explanation for printing; empty when no reply was explained.
    QString printableHtml() const;

Q_SIGNALS:
    void codeActivated(const QString &code);
    void message(const QString &text);
    void problem(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString shownHtml() const;

    Explanation m_explanation;
    std::shared_ptr<const Summary> m_summary;
    QTextBrowser *m_browser;
    SummaryView *m_summaryView;
    SummaryExport *m_export;
    QAction *m_toggle;
    int m_threshold = 0;
};

} // namespace SmtpCodes
