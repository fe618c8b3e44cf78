// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace SmtpCodes {

class KnowledgeBase;
struct Summary;

// The terminal's summaries of many replies: --summary prints what a mail log, an mbox or a
// folder of bounce mails says together, as text, Markdown, CSV, JSON or HTML; --hard-bounces
// prints only the addresses that hard-bounced, one a line, for a suppression list. Files and
// folders are summarised together; "-" alone reads standard input. Exit status as
// TerminalMode's: 0, 1 when no reply was found, 2 on bad usage or an input that cannot be read.
// What could not be read inside a folder is a warning on stderr and leaves the status alone.
class SummaryCommand
{
public:
    enum class Output { Summary, HardBounces };

    SummaryCommand(QTextStream &out, QTextStream &err);

    // No inputs reads standard input, as --explain does.
    int run(const KnowledgeBase &base, Output output, const QStringList &inputs, const QString &format);

private:
    // Empty when every input can be read, else why the first one cannot.
    static QString unreadable(const QStringList &inputs);
    void write(const Summary &summary, Output output, const QString &format);
    int fail(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace SmtpCodes
