// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawquotedprintable.h"

#include <QByteArray>

using namespace Qt::StringLiterals;

namespace SmtpCodes::RawQuotedPrintable {

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}
} // namespace

bool endsInSoftBreak(QStringView line)
{
    if (line.endsWith(u'\r')) {
        line.chop(1);
    }
    return line.size() >= 2 && line.endsWith(u'=') && line.at(line.size() - 2) != u'=';
}

bool looksEncoded(QStringView input)
{
    int softBreaks = 0;
    for (qsizetype end = input.indexOf(u"=\n"); end >= 0; end = input.indexOf(u"=\n", end + 2)) {
        const qsizetype start = input.lastIndexOf(u'\n', end) + 1;
        if (endsInSoftBreak(input.mid(start, end + 1 - start)) && ++softBreaks >= 2) {
            return true;
        }
    }
    for (qsizetype end = input.indexOf(u"=\r\n"); end >= 0; end = input.indexOf(u"=\r\n", end + 3)) {
        const qsizetype start = input.lastIndexOf(u'\n', end) + 1;
        if (endsInSoftBreak(input.mid(start, end + 1 - start)) && ++softBreaks >= 2) {
            return true;
        }
    }
    return softBreaks == 1
        && (input.contains(u"=3D"_s) || input.contains(u"=20"_s) || input.contains(u"=09"_s));
}

QString decoded(const QString &text)
{
    if (!text.contains(u'=')) {
        return text;
    }
    const QByteArray bytes = text.toUtf8();
    QByteArray result;
    result.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '=' && i + 2 < bytes.size()) {
            const int high = hexValue(bytes.at(i + 1));
            const int low = hexValue(bytes.at(i + 2));
            if (high >= 0 && low >= 0) {
                result.append(char(high * 16 + low));
                i += 2;
                continue;
            }
        }
        result.append(bytes.at(i));
    }
    return QString::fromUtf8(result);
}

} // namespace SmtpCodes::RawQuotedPrintable
