// SPDX-License-Identifier: GPL-3.0-or-later
#include "summarizer.h"

#include "loglines.h"
#include "logtimestamp.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

// One file of the input: its bytes mapped (or read, when the file cannot be mapped).
struct Summarizer::Input
{
    QString name;
    QByteArray data;
    std::shared_ptr<QFile> file; // keeps a mapping alive
};

namespace {
// Each line of data, with the offset it starts at; the last line may lack its newline.
template<typename Visit> qint64 forEachLine(QByteArrayView data, Visit visit)
{
    qint64 lines = 0;
    for (qsizetype from = 0; from < data.size();) {
        qsizetype end = data.indexOf('\n', from);
        if (end < 0) {
            end = data.size();
        }
        visit(data.sliced(from, end - from), ++lines);
        from = end + 1;
    }
    return lines;
}

QStringList filesBelow(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files.append(it.next());
    }
    // Hidden files and those in hidden folders (a mail client's index, .DS_Store) are no mail.
    files.removeIf([&folder](const QString &path) { return path.mid(folder.size()).contains(u"/."_s); });
    files.sort();
    return files;
}

bool readInto(const QString &path, std::vector<std::pair<QString, std::shared_ptr<QFile>>> *files,
    QStringList *problems)
{
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        problems->append(u"%1: cannot be read (%2)"_s.arg(path, file->errorString()));
        return false;
    }
    files->emplace_back(path, std::move(file));
    return true;
}
} // namespace

Summarizer::Summarizer(const KnowledgeBase &base)
    : Summarizer(base, Options())
{ }

Summarizer::Summarizer(const KnowledgeBase &base, Options options)
    : m_explainer(base)
    , m_options(options)
{ }

Summary Summarizer::summarizeFiles(const QStringList &paths, const ExplainProgress &progress) const
{
    Summary summary;
    std::vector<std::pair<QString, std::shared_ptr<QFile>>> files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            summary.problems.append(u"%1: no such file or folder"_s.arg(path));
        } else if (info.isDir()) {
            const QStringList below = filesBelow(path);
            if (below.isEmpty()) {
                summary.problems.append(u"%1: the folder holds no files"_s.arg(path));
            }
            for (const QString &file : below) {
                readInto(file, &files, &summary.problems);
            }
        } else {
            readInto(path, &files, &summary.problems);
        }
    }
    QList<Input> inputs;
    for (auto &[name, file] : files) {
        Input input {name, {}, file};
        if (file->size() > 0) {
            // Mapped, a 100 MB log costs no copy; a pipe or a special file is read instead.
            if (uchar *mapped = file->map(0, file->size())) {
                input.data = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), file->size());
            } else {
                input.data = file->readAll();
            }
        }
        inputs.append(std::move(input));
    }
    return run(inputs, std::move(summary), progress);
}

Summary Summarizer::summarizeData(
    const QByteArray &data, const QString &name, const ExplainProgress &progress) const
{
    return run({{name, data, {}}}, {}, progress);
}

Summary Summarizer::run(const QList<Input> &inputs, Summary summary, const ExplainProgress &progress) const
{
    QList<InputBlock> blocks;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        summary.inputs.append(inputs.at(i).name);
        summary.bytes += inputs.at(i).data.size();
        blocks.append(InputBlocks::split(inputs.at(i).data, int(i), m_options.today, m_options.blockSize));
    }
    QList<SummaryPart> parts(blocks.size());
    std::atomic_bool stop = false;
    std::atomic<qint64> done = 0;
    {
        QThreadPool pool;
        pool.setMaxThreadCount(m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount());
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            pool.start([this, &blocks, &parts, &stop, &done, i] {
                const InputBlock &block = blocks.at(i);
                parts[i] = stop ? SummaryPart {} : readBlock(block, stop);
                parts[i].cancelled = parts[i].cancelled || stop;
                done += block.bytes.size();
            });
        }
        while (!pool.waitForDone(20)) {
            if (progress && !stop && !progress(done, summary.bytes)) {
                stop = true;
            }
        }
    }
    SummaryBuilder builder;
    QList<int> found(inputs.size(), 0);
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        found[blocks.at(i).file] += int(parts.at(i).replies.size());
        builder.add(std::move(parts[i]), i > 0 && blocks.at(i - 1).file == blocks.at(i).file);
    }
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        if (found.at(i) == 0 && !stop) {
            summary.problems.append(u"%1: no SMTP reply found"_s.arg(inputs.at(i).name));
        }
    }
    summary.cancelled = stop;
    if (progress && !stop) {
        progress(summary.bytes, summary.bytes);
    }
    return builder.finish(std::move(summary));
}

SummaryPart Summarizer::readBlock(const InputBlock &block, const std::atomic_bool &stop) const
{
    SummaryPart part;
    switch (block.kind) {
    case InputBlock::Kind::Log:
        part = readLog(block.bytes, stop);
        break;
    case InputBlock::Kind::Text:
        part = readText(block.bytes, stop);
        break;
    case InputBlock::Kind::Mails:
        part = readMails(block.bytes, stop);
        break;
    }
    for (SummaryReply &reply : part.replies) {
        reply.file = block.file;
    }
    return part;
}

SummaryPart Summarizer::readLog(QByteArrayView bytes, const std::atomic_bool &stop) const
{
    // Only the lines that may hold a reply are decoded and parsed; each keeps its number.
    QString text;
    QList<int> lineOf;
    QList<qint64> timeOf;
    SummaryPart part;
    part.lines = forEachLine(bytes, [&](QByteArrayView line, qint64 number) {
        if (LogLines::mayHoldReply(line)) {
            text += QString::fromUtf8(line);
            text += u'\n';
            lineOf.append(int(number));
            timeOf.append(LogTimestamp::ofLine(line, m_options.today));
        }
    });
    const Explanation explanation = m_explainer.explain(text, [&stop](qint64, qint64) { return !stop; });
    part.cancelled = explanation.cancelled;
    for (const ExplainedReply &reply : explanation.replies) {
        SummaryReply &kept = part.add(reply);
        kept.line = lineOf.value(reply.reply.line - 1);
        kept.time = timeOf.value(reply.reply.line - 1, -1);
    }
    return part;
}

SummaryPart Summarizer::readText(QByteArrayView bytes, const std::atomic_bool &stop) const
{
    const Explanation explanation
        = m_explainer.explain(QString::fromUtf8(bytes), [&stop](qint64, qint64) { return !stop; });
    SummaryPart part;
    addReplies(part, explanation, lineTimes(bytes, &part.lines));
    return part;
}

SummaryPart Summarizer::readMails(QByteArrayView bytes, const std::atomic_bool &stop) const
{
    const Explanation explanation = m_explainer.explainData(
        QByteArray::fromRawData(bytes.data(), bytes.size()), [&stop](qint64, qint64) { return !stop; });
    SummaryPart part;
    addReplies(part, explanation, {});
    return part;
}

QList<qint64> Summarizer::lineTimes(QByteArrayView bytes, qint64 *lines) const
{
    QList<qint64> times;
    *lines = forEachLine(bytes,
        [&](QByteArrayView line, qint64) { times.append(LogTimestamp::ofLine(line, m_options.today)); });
    return times;
}

void Summarizer::addReplies(
    SummaryPart &part, const Explanation &explanation, const QList<qint64> &lineTimes) const
{
    QList<qint64> mailTimes;
    for (const MailSummary &mail : explanation.mails) {
        mailTimes.append(LogTimestamp::ofMailDate(mail.date));
    }
    part.mails = int(explanation.mails.size());
    part.cancelled = explanation.cancelled;
    for (const ExplainedReply &reply : explanation.replies) {
        SummaryReply &kept = part.add(reply);
        kept.mail = reply.reply.mail;
        kept.line = reply.reply.mail < 0 ? reply.reply.line : 0;
        kept.time = reply.reply.mail >= 0 ? mailTimes.value(reply.reply.mail, -1)
                                          : lineTimes.value(reply.reply.line - 1, -1);
    }
}

Summary Summarizer::summarize(const Explanation &explanation, const QString &name, QStringView text) const
{
    const QByteArray bytes = text.toUtf8();
    SummaryPart part;
    QList<qint64> times;
    if (!text.isEmpty() && explanation.mails.isEmpty()) {
        times = lineTimes(bytes, &part.lines);
    }
    addReplies(part, explanation, times);
    for (SummaryReply &reply : part.replies) {
        reply.file = 0;
    }
    SummaryBuilder builder;
    builder.add(std::move(part), false);
    Summary summary;
    summary.inputs = {name};
    summary.bytes = bytes.size();
    return builder.finish(std::move(summary));
}

} // namespace SmtpCodes
