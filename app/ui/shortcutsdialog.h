// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTreeView;

namespace SmtpCodes {

class ShortcutListModel;

// Help ▸ Keyboard shortcuts: every shortcut of the window in a list, read from its actions
// each time the dialog opens. Not modal, so it can stay open beside the window.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(QWidget *window);
    ~ShortcutsDialog() override;

    // Opens the window's dialog, or brings it to the front with the list read afresh.
    static ShortcutsDialog *showFor(QWidget *window);
    ShortcutListModel *model() const { return m_model; }

private:
    void reload();

    QTreeView *m_view;
    ShortcutListModel *m_model = nullptr;
};

} // namespace SmtpCodes
