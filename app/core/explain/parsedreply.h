// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace SmtpCodes {

// One SMTP reply found in pasted text, before the knowledge base is consulted.
struct ParsedReply
{
    QString basic; // "550"; empty when only an enhanced code was given (.NET, DSN Status:)
    QString enhanced; // "5.1.1"; empty when the reply has none
    QString command; // the command it answers, when the text says so: "RCPT TO", "MAIL FROM", "DATA"
    QString text; // the reply text, continuation lines joined, codes removed
    int line = 0; // 1-based line of the input where the reply starts
    QStringList warnings; // problems of form, e.g. a continuation line with another code
};

} // namespace SmtpCodes
