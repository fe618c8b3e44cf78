// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowledgefilereader.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
// 1-based line and column of a byte offset, for parse errors and entry positions.
std::pair<int, int> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not bytes, so that an editor's column matches.
    const int column = int(QString::fromUtf8(data.mid(lineStart, offset - lineStart)).size()) + 1;
    return {line, column};
}

// Offset of the first byte that is not part of well-formed UTF-8 (no overlong forms, no
// surrogates, nothing past U+10FFFF), or -1. The JSON parser only notices bad bytes inside
// strings, and then says little more than "invalid UTF8 string".
qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        qsizetype length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            low = lead == 0xe0 ? 0xa0 : 0x80;
            high = lead == 0xed ? 0x9f : 0xbf;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            low = lead == 0xf0 ? 0x90 : 0x80;
            high = lead == 0xf4 ? 0x8f : 0xbf;
        } else {
            return i;
        }
        if (size - i < length) {
            return i;
        }
        if (bytes[i + 1] < low || bytes[i + 1] > high) {
            return i;
        }
        for (qsizetype k = 2; k < length; ++k) {
            if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) {
                return i;
            }
        }
        i += length;
    }
    return -1;
}

void addProblem(
    QList<LoadProblem> *problems, const QString &file, const QString &message, int line = 0, int column = 0)
{
    LoadProblem problem;
    problem.file = file;
    problem.line = line;
    problem.column = column;
    problem.message = message;
    problems->append(problem);
}
} // namespace

bool KnowledgeFileReader::read(
    const QString &path, QList<LoadProblem> *problems, const std::function<void(const QByteArray &)> &use)
{
    const QFileInfo fileInfo(path);
    if (fileInfo.isDir()) {
        addProblem(problems, path, u"is a directory, not a knowledge-base file"_s);
        return false;
    }
    // A device or a pipe could be read forever, or block the start-up until someone writes.
    if (fileInfo.exists() && !fileInfo.isFile()) {
        addProblem(problems, path, u"is not a regular file"_s);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        addProblem(problems, path, u"cannot read: "_s + file.errorString());
        return false;
    }
    const auto tooLarge = [&] {
        addProblem(problems, path,
            u"too large (more than %1 bytes); a knowledge-base file is far smaller"_s.arg(maximumFileSize));
        return false;
    };
    if (file.size() > maximumFileSize) {
        return tooLarge();
    }
    // The built-in files are stored uncompressed in the binary, so they are parsed where they
    // lie. Never a user's file: one truncated while mapped would crash the reader.
    if (path.startsWith(u":/")) {
        if (const uchar *mapped = file.map(0, file.size())) {
            use(QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), file.size()));
            return true;
        }
    }
    // QIODevice::read(n) allocates n bytes before it reads, so the size sets the first read;
    // reading on to one byte past the limit still catches a file that grows meanwhile.
    QByteArray data = file.read(file.size() + 1);
    while (data.size() <= maximumFileSize && !file.atEnd() && file.error() == QFileDevice::NoError) {
        const QByteArray more = file.read(std::min<qint64>(64 * 1024, maximumFileSize + 1 - data.size()));
        if (more.isEmpty()) {
            break;
        }
        data += more;
    }
    if (data.size() > maximumFileSize) {
        return tooLarge();
    }
    if (file.error() != QFileDevice::NoError) {
        addProblem(problems, path, u"cannot read: "_s + file.errorString());
        return false;
    }
    use(data);
    return true;
}

std::optional<QJsonDocument> KnowledgeFileReader::parse(
    const QByteArray &data, const QString &fileName, QList<LoadProblem> *problems)
{
    // Checked in place: trimmed() would copy the whole file to learn that it is not empty.
    const auto isSpace = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    if (std::all_of(data.cbegin(), data.cend(), isSpace)) {
        addProblem(problems, fileName, u"is empty"_s);
        return std::nullopt;
    }
    if (data.startsWith("\xff\xfe") || data.startsWith("\xfe\xff")) {
        addProblem(problems, fileName, u"is UTF-16 text; save it as UTF-8"_s);
        return std::nullopt;
    }
    if (const qsizetype invalid = firstInvalidUtf8(data); invalid >= 0) {
        const auto [line, column] = lineAndColumn(data, invalid);
        addProblem(problems, fileName,
            u"is not UTF-8 text: byte 0x%1 cannot start or continue a character; save the file as UTF-8"_s
                .arg(uint(uchar(data.at(invalid))), 2, 16, QChar(u'0')),
            line, column);
        return std::nullopt;
    }
    return parseJson(data, fileName, problems);
}

std::optional<QJsonDocument> KnowledgeFileReader::parseJson(
    const QByteArray &data, const QString &fileName, QList<LoadProblem> *problems)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, error.offset);
        addProblem(problems, fileName, u"malformed JSON: "_s + error.errorString(), line, column);
        return std::nullopt;
    }
    return document;
}

} // namespace SmtpCodes
