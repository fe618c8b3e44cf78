// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutbox.h"

#include "knowledgebase.h"

#include <QMessageBox>

namespace SmtpCodes {

QString AboutBox::text(const KnowledgeBase &base)
{
    const KnowledgeBaseInfo &info = base.info();
    return tr(
        "<h3>SMTP Codes %1</h3>"
        "<p>An offline reference of SMTP reply codes and enhanced status codes.</p>"
        "<p>Knowledge base %2 with %3 entries; enhanced codes compared with the IANA registry on %4 "
        "(registry revision of %5).</p><p>Built with Qt %6, running on Qt %7.</p>"
        "<p>Licensed under the GNU General Public License, version 3 or later. There is no warranty.</p>")
        .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), info.version.toHtmlEscaped(),
            QString::number(base.entries().size()), info.ianaRegistryChecked.toHtmlEscaped(),
            info.ianaRegistryUpdated.toHtmlEscaped(), QStringLiteral(QT_VERSION_STR),
            QString::fromLatin1(qVersion()));
}

void AboutBox::show(const KnowledgeBase &base, QWidget *parent)
{
    QMessageBox::about(parent, tr("About SMTP Codes"), text(base));
}

} // namespace SmtpCodes
