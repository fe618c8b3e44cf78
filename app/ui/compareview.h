// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knowledgebase.h"

#include <QWidget>

class QLineEdit;
class QPushButton;
class QTextBrowser;
class QToolButton;

namespace SmtpCodes {

class CodeListModel;

// Two codes side by side: pickers with completion over codes and titles, a swap button, the
// core's comparison as aligned columns, and buttons that copy it.
class CompareView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)

public:
    explicit CompareView(CodeListModel *model, QWidget *parent = nullptr);
    ~CompareView() override;

    // Compares left and right; false, with the reason shown, when either names no entry.
    bool compare(const QString &left, const QString &right);
    void swap();
    bool hasComparison() const { return m_left && m_right; }
    QString leftCode() const { return m_left.code; }
    QString rightCode() const { return m_right.code; }
    const Lookup &left() const { return m_left; }
    const Lookup &right() const { return m_right; }
    // The curated distinction of the pair compared, when it has one.
    const Distinction *distinction() const;
    QTextBrowser *browser() const { return m_browser; }
    void focusLeftPicker();
    // The comparison for printing; empty when there is none.
    QString printableHtml() const;
    QString documentTitle() const;

    // Each copy says what it copied, or why there is nothing to copy, through message().
    void copyAsText();
    void copyAsMarkdown();
    void copyLeftFixAdvice();
    void copyRightFixAdvice();
    // Both sides' fix advice, left first.
    void copyBothFixAdvice();

Q_SIGNALS:
    void codeActivated(const QString &code);
    // A comparison of two known codes is on screen.
    void comparisonShown(const QString &left, const QString &right);
    // What the view shows changed: a comparison, or why there is none.
    void comparisonChanged();
    // For the status bar.
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void compareFromPickers();
    void render();
    void refreshCompletions();
    // False, with a message, when there is no comparison to copy from.
    bool canCopy();
    void copyFixAdvice(const Lookup &side);
    static QString codeFromPicker(const QString &text);

    CodeListModel *m_model;
    Lookup m_left;
    Lookup m_right;
    QString m_error;
    QLineEdit *m_leftPicker;
    QLineEdit *m_rightPicker;
    QToolButton *m_swapButton;
    QTextBrowser *m_browser;
    QPushButton *m_copyTextButton;
    QPushButton *m_copyMarkdownButton;
    QPushButton *m_copyLeftFixButton;
    QPushButton *m_copyRightFixButton;
};

} // namespace SmtpCodes
