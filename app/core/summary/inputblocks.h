// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QList>

namespace SmtpCodes {

// A part of one input that can be read on its own, so that a large input is read on every
// core: a run of whole lines of a log or a text, a run of whole mails of an mbox, or one mail.
struct InputBlock
{
    enum class Kind { Mails, Log, Text };
    int file = 0; // index into the summary's inputs
    QByteArrayView bytes;
    Kind kind = Kind::Text;
};

namespace InputBlocks {

// Blocks of about size bytes, cut only where a line (text, log) or a mail (mbox) ends; a single
// mail is one block whatever its size.
QList<InputBlock> split(QByteArrayView data, int file, QDate today, qsizetype size = 4 * 1024 * 1024);

} // namespace InputBlocks

} // namespace SmtpCodes
