// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputblocks.h"

#include "loglines.h"
#include "mailreader.h"

namespace SmtpCodes::InputBlocks {

namespace {
// Where the block that starts at from should end: after the first separator at or past
// from + size, or the end of data.
qsizetype cut(QByteArrayView data, qsizetype from, qsizetype size, QByteArrayView separator)
{
    if (data.size() - from <= size) {
        return data.size();
    }
    const qsizetype at = data.indexOf(separator, from + size);
    // The separator's first byte (a newline) stays with the block it ends.
    return at < 0 ? data.size() : at + 1;
}
} // namespace

QList<InputBlock> split(QByteArrayView data, int file, QDate today, qsizetype size)
{
    QList<InputBlock> blocks;
    const QByteArrayView head = data.first(qMin<qsizetype>(data.size(), 16 * 1024));
    InputBlock::Kind kind = InputBlock::Kind::Text;
    QByteArrayView separator = "\n";
    if (MailReader::looksLikeMbox(head)) {
        kind = InputBlock::Kind::Mails;
        separator = "\nFrom ";
    } else if (MailReader::looksLikeMail(head)) {
        return {{file, data, InputBlock::Kind::Mails}};
    } else if (LogLines::isLog(head, today)) {
        kind = InputBlock::Kind::Log;
    }
    for (qsizetype from = 0; from < data.size();) {
        const qsizetype end = cut(data, from, size, separator);
        blocks.append({file, data.sliced(from, end - from), kind});
        from = end;
    }
    return blocks;
}

} // namespace SmtpCodes::InputBlocks
