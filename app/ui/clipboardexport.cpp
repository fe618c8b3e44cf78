// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipboardexport.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace SmtpCodes::ClipboardExport {

void copy(const QString &plainText, const QString &html, const QString &markdown)
{
    auto *data = new QMimeData;
    data->setText(plainText);
    if (!html.isEmpty()) {
        data->setHtml(html);
    }
    if (!markdown.isEmpty()) {
        data->setData(u"text/markdown"_s, markdown.toUtf8());
    }
    QGuiApplication::clipboard()->setMimeData(data);
}

} // namespace SmtpCodes::ClipboardExport
