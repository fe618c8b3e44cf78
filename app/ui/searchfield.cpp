// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfield.h"

#include <QApplication>
#include <QKeyEvent>

#include <memory>

namespace SmtpCodes {

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
{
    enableClearButtonWhenTyped(this);
}

void SearchField::enableClearButtonWhenTyped(QLineEdit *edit)
{
    // The clear button's icon is the first icon-theme lookup of a start, a sixth of its cost;
    // nobody needs the button before there is text to clear.
    // The lambda owns the handle, so it goes with the connection, typed into or not.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection
        = QObject::connect(edit, &QLineEdit::textChanged, edit, [edit, connection](const QString &text) {
              if (!text.isEmpty()) {
                  edit->setClearButtonEnabled(true);
                  QObject::disconnect(*connection);
              }
          });
}

SearchField::~SearchField() = default;

QList<std::pair<QString, QString>> SearchField::keys()
{
    const auto names = [](std::initializer_list<QKeySequence> sequences) {
        QStringList texts;
        for (const QKeySequence &sequence : sequences) {
            texts.append(sequence.toString(QKeySequence::NativeText));
        }
        return texts.join(u", ");
    };
    return {
        {names({Qt::Key_Up, Qt::Key_Down, Qt::Key_PageUp, Qt::Key_PageDown}),
            tr("Move through the results; the detail follows")},
        {names({Qt::Key_Return}), tr("Go to the list")},
        {names({Qt::Key_Escape}), tr("Clear the search; the entry shown stays")},
    };
}

bool SearchField::event(QEvent *event)
{
    // QLineEdit claims Ctrl+D (delete the next character, Emacs style) and Ctrl+Shift+V; here
    // they must reach the window's Compare and Paste-and-explain actions, which users press
    // right after searching.
    if (event->type() == QEvent::ShortcutOverride) {
        const QKeyCombination combination = static_cast<QKeyEvent *>(event)->keyCombination();
        if (combination == QKeyCombination(Qt::ControlModifier, Qt::Key_D)
            || combination == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_V)) {
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
