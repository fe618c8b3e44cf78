// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loadproblem.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace SmtpCodes {

// Reads knowledge-base files and parses their JSON, and reports what is wrong with a file as a
// whole: a directory or device, a file that cannot be read or is far too large, empty text,
// UTF-16, bytes that are not UTF-8, malformed JSON (with line and column). What the JSON says
// is the validator's business, not this class's.
class KnowledgeFileReader
{
public:
    // Knowledge-base files are small; anything far larger is not one, and reading it whole
    // would only cost memory before the parser rejects it.
    static constexpr qint64 maximumFileSize = 16 * 1024 * 1024;

    // Reads the whole of path and hands it to use, which must not keep it: a built-in file is
    // parsed where it lies in the binary, and only while use runs. False, with a problem
    // recorded, when the file cannot be had.
    static bool read(const QString &path, QList<LoadProblem> *problems,
        const std::function<void(const QByteArray &)> &use);
    // The JSON document data holds; nothing, with a problem recorded, when it is not JSON text.
    static std::optional<QJsonDocument> parse(
        const QByteArray &data, const QString &fileName, QList<LoadProblem> *problems);
    // The same without the text checks, for files that are built in and never empty or UTF-16.
    static std::optional<QJsonDocument> parseJson(
        const QByteArray &data, const QString &fileName, QList<LoadProblem> *problems);
};

} // namespace SmtpCodes
