// SPDX-License-Identifier: GPL-3.0-or-later
#include "summaryexport.h"

#include "clipboardexport.h"
#include "summaryrenderer.h"
#include "summarytext.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
const auto saveFolderKey = u"summary/saveFolder"_s;
} // namespace

SummaryExport::SummaryExport(Source summary, QWidget *parent)
    : QObject(parent)
    , m_source(std::move(summary))
    , m_parent(parent)
    , m_copyMarkdown(new QAction(tr("Copy &summary as Markdown"), this))
    , m_copyCsv(new QAction(tr("Copy summary as &CSV"), this))
    , m_save(new QAction(tr("Save s&ummary\u2026"), this))
    , m_saveHardBounces(new QAction(tr("Save &hard-bounced addresses\u2026"), this))
{
    m_copyMarkdown->setObjectName(u"copySummaryMarkdownAction"_s);
    m_copyCsv->setObjectName(u"copySummaryCsvAction"_s);
    m_save->setObjectName(u"saveSummaryAction"_s);
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveHardBounces->setObjectName(u"saveHardBouncesAction"_s);
    connect(m_copyMarkdown, &QAction::triggered, this, &SummaryExport::copyMarkdown);
    connect(m_copyCsv, &QAction::triggered, this, &SummaryExport::copyCsv);
    connect(m_save, &QAction::triggered, this, &SummaryExport::saveInteractively);
    connect(m_saveHardBounces, &QAction::triggered, this, &SummaryExport::saveHardBouncesInteractively);
    update();
}

SummaryExport::~SummaryExport() = default;

QMenu *SummaryExport::createMenu(QWidget *parent) const
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"summaryExportMenu"_s);
    menu->addAction(m_copyMarkdown);
    menu->addAction(m_copyCsv);
    menu->addSeparator();
    menu->addAction(m_save);
    menu->addAction(m_saveHardBounces);
    return menu;
}

void SummaryExport::update()
{
    const std::shared_ptr<const Summary> summary = m_source();
    const bool has = summary && !summary->replies.isEmpty();
    // Enabled without a summary too, so that the keys say why nothing happens.
    for (QAction *action : {m_copyMarkdown, m_copyCsv, m_save}) {
        action->setToolTip(has ? QString() : tr("Open a log or a folder of bounces first"));
    }
    m_saveHardBounces->setToolTip(
        has && summary->hardBounced.isEmpty() ? tr("No address hard-bounced") : QString());
}

std::shared_ptr<const Summary> SummaryExport::current()
{
    std::shared_ptr<const Summary> summary = m_source();
    if (!summary || summary->replies.isEmpty()) {
        Q_EMIT message(
            tr("Nothing to export: open a log, a mailbox or a folder of bounces with replies first."));
        return nullptr;
    }
    return summary;
}

void SummaryExport::copyMarkdown()
{
    if (const auto summary = current()) {
        const QString markdown = SummaryRenderer().toMarkdown(*summary);
        ClipboardExport::copy(markdown, {}, markdown);
        Q_EMIT message(
            tr("Summary of %1 replies copied as Markdown").arg(QLocale().toString(summary->replies.size())));
    }
}

void SummaryExport::copyCsv()
{
    if (const auto summary = current()) {
        ClipboardExport::copy(SummaryRenderer().toCsv(*summary));
        Q_EMIT message(
            tr("Summary of %1 replies copied as CSV").arg(QLocale().toString(summary->replies.size())));
    }
}

bool SummaryExport::write(const QString &path, const QString &text)
{
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        Q_EMIT problem(tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    QSettings().setValue(saveFolderKey, QFileInfo(path).absolutePath());
    return true;
}

bool SummaryExport::saveTo(const QString &path)
{
    const auto summary = current();
    if (!summary) {
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool markdown = suffix == u"md" || suffix == u"markdown";
    const SummaryRenderer renderer;
    if (!write(path, markdown ? renderer.toMarkdown(*summary) : renderer.toCsv(*summary))) {
        return false;
    }
    Q_EMIT message(tr("Summary saved to %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool SummaryExport::saveHardBouncesTo(const QString &path)
{
    const auto summary = current();
    if (!summary) {
        return false;
    }
    if (!write(path, SummaryRenderer().hardBounces(*summary))) {
        return false;
    }
    const int count = int(summary->hardBounced.size());
    Q_EMIT message(count == 1 ? tr("1 hard-bounced address saved to %1").arg(QFileInfo(path).fileName())
                              : tr("%1 hard-bounced addresses saved to %2")
                                    .arg(QLocale().toString(count), QFileInfo(path).fileName()));
    return true;
}

QString SummaryExport::suggestedName(const QString &suffix) const
{
    const QString folder
        = QSettings()
              .value(saveFolderKey, QStandardPaths::writableLocation(QStandardPaths::HomeLocation))
              .toString();
    const std::shared_ptr<const Summary> summary = m_source();
    QString base = summary ? QFileInfo(SummaryText::inputName(*summary)).completeBaseName() : QString();
    if (base.isEmpty() || summary->inputs.size() != 1) {
        base = u"summary"_s;
    }
    return folder + u'/' + base + suffix;
}

void SummaryExport::saveInteractively()
{
    if (!current()) {
        return;
    }
    const QString csv = tr("CSV (*.csv)");
    const QString markdown = tr("Markdown (*.md)");
    QString chosen = csv;
    QString path = QFileDialog::getSaveFileName(m_parent, tr("Save the summary"),
        suggestedName(u"-summary.csv"_s), csv + u";;"_s + markdown, &chosen);
    if (path.isEmpty()) {
        return;
    }
    // The type chosen gives the suffix when the name has none.
    if (QFileInfo(path).suffix().isEmpty()) {
        path += chosen == markdown ? u".md"_s : u".csv"_s;
    }
    saveTo(path);
}

void SummaryExport::saveHardBouncesInteractively()
{
    const auto summary = current();
    if (!summary) {
        return;
    }
    if (summary->hardBounced.isEmpty()) {
        Q_EMIT message(tr("No address hard-bounced: there is nothing to save."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Save the hard-bounced addresses"),
        suggestedName(u"-hard-bounces.txt"_s), tr("Text (*.txt)") + u";;"_s + tr("All files (*)"));
    if (!path.isEmpty()) {
        saveHardBouncesTo(path);
    }
}

} // namespace SmtpCodes
