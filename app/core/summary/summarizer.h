// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explainer.h"
#include "inputblocks.h"
#include "summary.h"
#include "summarybuilder.h"

#include <QDate>

#include <atomic>

namespace SmtpCodes {

// Summarises many replies at once: a mail log, an mbox, a folder of bounce mails, or an
// explanation already made. Large inputs are read in blocks on every core; a log's lines that
// hold no code are skipped before any parsing, since they are most of a log.
class Summarizer
{
public:
    struct Options
    {
        // Syslog lines ("Nov 28 10:15:02") carry no year: it is taken from this date, or the
        // year before when that would put the line after it.
        QDate today = QDate::currentDate();
        int threads = 0; // 0: one per core
        qsizetype blockSize = 4 * 1024 * 1024; // a large log or mbox is read in blocks of about this
    };

    explicit Summarizer(const KnowledgeBase &base);
    Summarizer(const KnowledgeBase &base, Options options);

    // Files and folders (every file below a folder, hidden ones skipped), in the order given,
    // a folder's files by path, each named by the folder as given and its path below it. "-"
    // is not read here; see summarizeData.
    Summary summarizeFiles(const QStringList &paths, const ExplainProgress &progress = {}) const;
    // The bytes of one input (a log, a mail, an mbox), named as given.
    Summary summarizeData(
        const QByteArray &data, const QString &name, const ExplainProgress &progress = {}) const;
    // An explanation the window already holds; text, when given, is what was explained, and
    // gives the replies' lines their times.
    Summary summarize(const Explanation &explanation, const QString &name = {}, QStringView text = {}) const;

private:
    struct Input;
    // Reads the inputs' blocks on a pool of threads and counts them in input order.
    Summary run(const QList<Input> &inputs, Summary summary, const ExplainProgress &progress) const;
    SummaryPart readBlock(const InputBlock &block, const std::atomic_bool &stop) const;
    SummaryPart readLog(QByteArrayView bytes, const std::atomic_bool &stop) const;
    SummaryPart readText(QByteArrayView bytes, const std::atomic_bool &stop) const;
    SummaryPart readMails(QByteArrayView bytes, const std::atomic_bool &stop) const;
    // The time each line of bytes starts with (-1 for none); the number of lines in lines.
    QList<qint64> lineTimes(QByteArrayView bytes, qint64 *lines) const;
    // Keeps an explanation's replies with their places and times: a mail's Date, else the
    // time of the reply's line.
    void addReplies(SummaryPart &part, const Explanation &explanation, const QList<qint64> &lineTimes) const;

    Explainer m_explainer;
    Options m_options;
};

} // namespace SmtpCodes
