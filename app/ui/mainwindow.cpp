// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "entryrenderer.h"

#include <QListWidget>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

MainWindow::MainWindow(const KnowledgeBase &base, QWidget *parent)
    : QMainWindow(parent)
    , m_base(base)
{
    setWindowTitle(tr("SMTP Codes"));
    auto *splitter = new QSplitter(this);
    m_list = new QListWidget(splitter);
    m_list->setObjectName(u"codeList"_s);
    for (const Entry &entry : m_base.entries()) {
        m_list->addItem(entry.code + u"  "_s + entry.title);
    }
    m_detail = new QTextBrowser(splitter);
    m_detail->setObjectName(u"detailPane"_s);
    m_detail->setOpenLinks(false);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);
    connect(m_list, &QListWidget::currentRowChanged, this, &MainWindow::showRow);
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"code") {
            showCode(url.path());
        }
    });
    statusBar()->showMessage(tr("%n codes", nullptr, int(m_base.entries().size())));
    resize(1100, 720);
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
}

MainWindow::~MainWindow() = default;

bool MainWindow::showCode(const QString &code)
{
    const Lookup lookup = m_base.lookup(code);
    if (!lookup) {
        statusBar()->showMessage(lookup.error);
        return false;
    }
    const auto &entries = m_base.entries();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (&entries.at(i) == lookup.entry) {
            m_list->setCurrentRow(int(i));
            m_detail->setHtml(EntryRenderer(m_base).toHtml(lookup));
            return true;
        }
    }
    return false;
}

void MainWindow::showRow(int row)
{
    if (row < 0 || row >= m_base.entries().size()) {
        return;
    }
    const Entry &entry = m_base.entries().at(row);
    m_detail->setHtml(EntryRenderer(m_base).toHtml(m_base.lookup(entry.code)));
}

} // namespace SmtpCodes
