// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileinput.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace SmtpCodes {

FileInput FileInput::read(const QString &path, qsizetype limit)
{
    FileInput input;
    input.m_path = path;
    const QFileInfo info(path);
    const QString name = input.fileName();
    if (info.isDir()) {
        input.m_error = tr("%1 is a folder: open a mail, an mbox or a log inside it").arg(name);
        return input;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        input.m_error = tr("%1 cannot be read: %2").arg(name, file.errorString());
        return input;
    }
    // One byte more than the limit tells a file of exactly the limit from a longer one, also
    // for pipes and special files whose size is unknown.
    input.m_data = file.read(limit + 1);
    if (input.m_data.isEmpty() && file.error() != QFileDevice::NoError) {
        input.m_error = tr("%1 cannot be read: %2").arg(name, file.errorString());
        return input;
    }
    input.m_fileSize = std::max<qint64>(file.size(), input.m_data.size());
    if (input.m_data.size() > limit) {
        input.m_data.truncate(limit);
        input.m_truncated = true;
    }
    if (input.m_data.isEmpty()) {
        input.m_error = tr("%1 is empty: there is nothing to explain").arg(name);
    }
    return input;
}

QString FileInput::fileName() const
{
    return QFileInfo(m_path).fileName();
}

QString FileInput::sizeText(qint64 bytes)
{
    // In units of 1024, as the limit of the explainer is said ("64 MB"), with one decimal.
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace SmtpCodes
