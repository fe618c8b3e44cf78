// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarycommand.h"

#include "summarizer.h"
#include "summaryrenderer.h"
#include "terminalmode.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
const QString standardInput = u"-"_s;

// The Summarizer's own problem for an input without a reply ("mail.log: no SMTP reply found").
bool saysNoReply(const Summary &summary, const QString &problem)
{
    return std::any_of(summary.inputs.cbegin(), summary.inputs.cend(),
        [&problem](const QString &input) { return problem == u"%1: no SMTP reply found"_s.arg(input); });
}
} // namespace

SummaryCommand::SummaryCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

int SummaryCommand::fail(const QString &message)
{
    m_err << QCoreApplication::applicationName() << u": "_s << message << Qt::endl;
    return TerminalMode::UsageError;
}

QString SummaryCommand::unreadable(const QStringList &inputs)
{
    for (const QString &path : inputs) {
        const QFileInfo info(path);
        if (!info.exists()) {
            return u"cannot read %1: no such file or folder"_s.arg(path);
        }
        if (info.isDir()) {
            if (!info.isReadable() || !info.isExecutable()) {
                return u"cannot read %1: the folder cannot be listed"_s.arg(path);
            }
            continue;
        }
        // Opening tells what reading would: permissions, a FIFO's end, a special file.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return u"cannot read %1: %2"_s.arg(path, file.errorString());
        }
    }
    return {};
}

int SummaryCommand::run(
    const KnowledgeBase &base, Output output, const QStringList &inputs, const QString &format)
{
    const QString option = output == Output::Summary ? u"--summary"_s : u"--hard-bounces"_s;
    if (output == Output::Summary) {
        const QStringList formats {u"text"_s, u"markdown"_s, u"csv"_s, u"json"_s, u"html"_s};
        if (!format.isEmpty() && !formats.contains(format)) {
            return fail(u"unknown format \"%1\" for --summary (use %2)"_s.arg(format, formats.join(u'|')));
        }
    } else if (!format.isEmpty() && format != u"text") {
        return fail(u"--hard-bounces prints addresses, one a line, and takes no --format"_s);
    }
    const QStringList paths = inputs.isEmpty() ? QStringList {standardInput} : inputs;
    if (paths.size() > 1 && paths.contains(standardInput)) {
        return fail(u"%1 reads standard input (-) alone, not with files or folders"_s.arg(option));
    }
    const Summarizer summarizer(base);
    Summary summary;
    if (paths == QStringList {standardInput}) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            return fail(u"cannot read standard input: %1"_s.arg(in.errorString()));
        }
        summary = summarizer.summarizeData(in.readAll(), standardInput);
    } else {
        if (const QString why = unreadable(paths); !why.isEmpty()) {
            return fail(why);
        }
        summary = summarizer.summarizeFiles(paths);
    }
    // A file of a folder that cannot be read costs its own replies only, as an overlay file does.
    // When nothing was found at all, the one line below says so for every input.
    for (const QString &problem : summary.problems) {
        if (summary.replies.isEmpty() && saysNoReply(summary, problem)) {
            continue;
        }
        m_err << QCoreApplication::applicationName() << u": warning: "_s << problem << u'\n';
    }
    m_err.flush();
    if (summary.replies.isEmpty()) {
        m_err << QCoreApplication::applicationName() << u": no SMTP reply found in "_s << paths.join(u", "_s)
              << Qt::endl;
        return TerminalMode::NoMatch;
    }
    write(summary, output, format);
    return TerminalMode::Success;
}

void SummaryCommand::write(const Summary &summary, Output output, const QString &format)
{
    const SummaryRenderer renderer;
    if (output == Output::HardBounces) {
        m_out << renderer.hardBounces(summary);
    } else if (format == u"json") {
        m_out << QJsonDocument(renderer.toJson(summary)).toJson(QJsonDocument::Indented);
    } else if (format == u"csv") {
        m_out << renderer.toCsv(summary);
    } else if (format == u"markdown") {
        m_out << renderer.toMarkdown(summary);
    } else if (format == u"html") {
        m_out << renderer.toHtml(summary) << u'\n';
    } else {
        m_out << renderer.toText(summary);
    }
    m_out.flush();
}

} // namespace SmtpCodes
