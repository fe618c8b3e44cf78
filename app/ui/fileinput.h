// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace SmtpCodes {

// The bytes of a file to explain (a bounce, an mbox, a log), read up to a limit, or why it
// could not be read. The core decodes the bytes (a mail by its own charsets); the text shown in
// the paste area is only a picture of them.
class FileInput
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::FileInput)

public:
    // Reads at most limit bytes of path, and one more to tell that the file was longer.
    static FileInput read(const QString &path, qsizetype limit);
    // "20.3 MB", "512 KB", "300 bytes", for messages.
    static QString sizeText(qint64 bytes);

    bool isValid() const { return m_error.isEmpty() && !m_path.isEmpty(); }
    // Why the file was not read, naming it; empty when it was.
    const QString &error() const { return m_error; }
    const QString &path() const { return m_path; }
    // The name without the folder, as messages say it.
    QString fileName() const;
    const QByteArray &data() const { return m_data; }
    // The size of the file, which is more than data() holds when it was cut.
    qint64 fileSize() const { return m_fileSize; }
    bool isTruncated() const { return m_truncated; }

private:
    QString m_path;
    QString m_error;
    QByteArray m_data;
    qint64 m_fileSize = 0;
    bool m_truncated = false;
};

} // namespace SmtpCodes
