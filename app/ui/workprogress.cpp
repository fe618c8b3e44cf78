// SPDX-License-Identifier: GPL-3.0-or-later
#include "workprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

WorkProgress::WorkProgress(const QString &cancelText, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(cancelText, this))
{
    setObjectName(u"explainProgress"_s);
    m_label->setObjectName(u"explainStatus"_s);
    // A long file name is cut, never pushing the buttons off the row.
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_label->setTextFormat(Qt::PlainText);
    m_bar->setObjectName(u"explainProgressBar"_s);
    m_bar->setAccessibleName(tr("Progress of the explanation"));
    m_bar->setRange(0, 1000);
    m_bar->setFormat(u"%p%"_s);
    // Wide enough to read the percent in, narrow enough to leave the words their room.
    m_bar->setFixedWidth(m_bar->fontMetrics().horizontalAdvance(u"0"_s) * 24);
    m_cancel->setObjectName(u"cancelExplainButton"_s);
    m_cancel->setToolTip(tr("Stop explaining and show the replies found so far (Esc)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &WorkProgress::cancelRequested);
    finish();
}

void WorkProgress::start(const QString &what)
{
    m_label->setText(what);
    m_label->setToolTip(what);
    // A moving bar until the work says how far it is: the window is busy, not stuck.
    m_bar->setRange(0, 0);
    m_bar->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
}

void WorkProgress::setPermille(int permille)
{
    // Nought is what a run says before it has measured anything: the bar keeps moving.
    if (m_bar->maximum() == 0 && permille <= 0) {
        return;
    }
    if (m_bar->maximum() == 0) {
        m_bar->setRange(0, 1000);
    }
    m_bar->setValue(permille);
}

void WorkProgress::setCancelling()
{
    m_label->setText(tr("Cancelling\u2026"));
    m_cancel->setEnabled(false);
}

void WorkProgress::finish()
{
    m_label->clear();
    m_label->setToolTip({});
    m_bar->hide();
    m_bar->reset();
    m_cancel->hide();
}

bool WorkProgress::isBusy() const
{
    return !m_bar->isHidden();
}

int WorkProgress::percent() const
{
    return m_bar->maximum() == 0 || m_bar->value() < 0 ? -1 : m_bar->value() / 10;
}

} // namespace SmtpCodes
