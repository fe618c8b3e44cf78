// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfield.h"

#include <QApplication>
#include <QKeyEvent>

namespace SmtpCodes {

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
{
    setClearButtonEnabled(true);
}

SearchField::~SearchField() = default;

bool SearchField::event(QEvent *event)
{
    // QLineEdit claims Ctrl+D (delete the next character, Emacs style); here it must reach
    // the window's Compare action, the one users press right after searching.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_D)) {
            event->ignore();
            return false;
        }
    }
    return QLineEdit::event(event);
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        if (m_target) {
            QKeyEvent forwarded(event->type(), event->key(), event->modifiers(), event->text());
            QApplication::sendEvent(m_target, &forwarded);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (!text().isEmpty()) {
            clear();
            event->accept();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT activated();
        event->accept();
        return;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace SmtpCodes
