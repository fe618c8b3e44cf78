// SPDX-License-Identifier: GPL-3.0-or-later
#include "reference.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

QString Reference::toString() const
{
    return u"RFC %1 §%2"_s.arg(rfc).arg(section);
}

QString Reference::toStringWithTitle() const
{
    return title.isEmpty() ? toString() : toString() + u' ' + title;
}

QString Reference::toStringWithNote() const
{
    return note.isEmpty() ? toStringWithTitle() : toStringWithTitle() + u" (" + note + u')';
}

QString Reference::url() const
{
    // "A" or "Appendix A": the RFC Editor's anchor is "appendix-A" either way.
    QString anchor = section;
    if (anchor.startsWith(u"Appendix "_s)) {
        anchor = anchor.mid(9).trimmed();
    }
    const bool appendix = !anchor.isEmpty() && anchor.at(0).isLetter();
    // The section comes from a file someone wrote; encoded, it cannot end the URL or the
    // Markdown link around it.
    return u"https://www.rfc-editor.org/rfc/rfc%1#%2-%3"_s.arg(rfc).arg(
        appendix ? u"appendix"_s : u"section"_s, QString::fromLatin1(QUrl::toPercentEncoding(anchor)));
}

} // namespace SmtpCodes
