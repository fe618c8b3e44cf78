// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include "shortcutlistmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_view(new QTreeView(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard shortcuts"));
    m_view->setObjectName(u"shortcutList"_s);
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *mnemonics = new QLabel(
        tr("Alt and an underlined letter open a menu, a tab, a button or a field of the view in front."),
        this);
    mnemonics->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(mnemonics);
    layout->addWidget(buttons);
    reload();
    resize(680, 520);
}

ShortcutsDialog::~ShortcutsDialog() = default;

ShortcutsDialog *ShortcutsDialog::showFor(QWidget *window)
{
    auto *dialog = window->findChild<ShortcutsDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (dialog) {
        dialog->reload();
    } else {
        dialog = new ShortcutsDialog(window);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void ShortcutsDialog::reload()
{
    // Read from parentWidget(), the window: its actions are what the list shows.
    auto *fresh = new ShortcutListModel(parentWidget(), this);
    m_view->setModel(fresh);
    delete m_model;
    m_model = fresh;
    m_view->header()->setSectionResizeMode(ShortcutListModel::KeysColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ShortcutListModel::CommandColumn, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
}

} // namespace SmtpCodes
