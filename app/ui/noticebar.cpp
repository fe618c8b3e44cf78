// SPDX-License-Identifier: GPL-3.0-or-later
#include "noticebar.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_detailsButton(new QPushButton(tr("De&tails\u2026"), this))
    , m_closeButton(new QPushButton(tr("&Dismiss"), this))
{
    setObjectName(u"noticeBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_summary->setObjectName(u"noticeSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Message"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsButton->setObjectName(u"noticeDetailsButton"_s);
    m_detailsButton->setToolTip(tr("Every problem, with file, line, entry and field"));
    m_closeButton->setObjectName(u"noticeCloseButton"_s);
    m_closeButton->setToolTip(tr("Hide this message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_detailsButton);
    layout->addWidget(m_closeButton);
    connect(m_detailsButton, &QPushButton::clicked, this, &NoticeBar::showDetails);
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::hide);
    updateColours();
    hide();
}

NoticeBar::~NoticeBar() = default;

void NoticeBar::showNotice(const QString &summary, const QStringList &details)
{
    if (m_icon->pixmap().isNull()) {
        // Looked up when first needed: the icon theme search is costly at start-up.
        const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
        m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    }
    m_summary->setText(summary);
    m_details = details;
    m_detailsButton->setVisible(!details.isEmpty());
    setAccessibleName(summary);
    show();
}

QString NoticeBar::summary() const
{
    return m_summary->text();
}

void NoticeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        updateColours();
    }
    QFrame::changeEvent(event);
}

void NoticeBar::updateColours()
{
    // A warm tint of the window colour reads as a warning in light and dark palettes alike.
    if (m_updatingColours) {
        return;
    }
    m_updatingColours = true;
    // Our own palette is tinted, so the light or dark question goes to the surroundings.
    const QPalette surrounding = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    const bool dark = surrounding.color(QPalette::Window).lightness() < 128;
    QPalette tinted = surrounding;
    tinted.setColor(QPalette::Window, dark ? QColor(0x4a, 0x3b, 0x16) : QColor(0xfd, 0xf1, 0xc8));
    tinted.setColor(QPalette::WindowText, dark ? QColor(0xf5, 0xe6, 0xc0) : QColor(0x3d, 0x2e, 0x00));
    setPalette(tinted);
    m_updatingColours = false;
}

void NoticeBar::showDetails()
{
    auto *dialog = new QDialog(window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Problems in the knowledge base"));
    auto *text = new QPlainTextEdit(dialog);
    text->setObjectName(u"noticeDetails"_s);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(m_details.join(u'\n'));
    text->setAccessibleName(tr("Problems"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(m_summary->text(), dialog));
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog->resize(760, 360);
    // Not modal: the user can keep the list open while fixing the file and reloading.
    dialog->show();
}

} // namespace SmtpCodes
