// SPDX-License-Identifier: GPL-3.0-or-later
#include "favouritesstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
// Nobody keeps this many favourites; a bigger file is not ours and is not read into memory.
constexpr qint64 maximumFileSize = 4 * 1024 * 1024;
constexpr int formatVersion = 1;

Location locationFrom(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const QJsonValue code = object.value(u"code"_s);
    if (code.isString() && !code.toString().trimmed().isEmpty()) {
        return Location::entry(code.toString().trimmed());
    }
    const QJsonArray pair = object.value(u"compare"_s).toArray();
    if (pair.size() == 2 && pair.at(0).isString() && pair.at(1).isString() && !pair.at(0).toString().isEmpty()
        && !pair.at(1).toString().isEmpty()) {
        return Location::comparison(pair.at(0).toString(), pair.at(1).toString());
    }
    return {};
}
} // namespace

FavouritesStore::FavouritesStore(const QString &filePath)
    : m_filePath(filePath)
{ }

QString FavouritesStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/favourites.json"_s;
}

FavouritesStore::LoadResult FavouritesStore::load() const
{
    LoadResult result;
    QFile file(m_filePath);
    if (!file.exists()) {
        return result;
    }
    const auto fail = [&](const QString &reason) {
        result.favourites.clear();
        result.keptAsidePath = keepAside(KeepAside::Move);
        result.problem = result.keptAsidePath.isEmpty()
            ? QCoreApplication::translate("SmtpCodes::FavouritesStore",
                "The favourites file %1 could not be read (%2). Favourites start empty; the file "
                "was left where it is.")
                  .arg(QDir::toNativeSeparators(m_filePath), reason)
            : QCoreApplication::translate("SmtpCodes::FavouritesStore",
                "The favourites file %1 could not be read (%2). Favourites start empty; the file "
                "was kept as %3.")
                  .arg(QDir::toNativeSeparators(m_filePath), reason,
                      QDir::toNativeSeparators(result.keptAsidePath));
        return result;
    };
    if (QFileInfo(m_filePath).isDir()) {
        result.problem = QCoreApplication::translate("SmtpCodes::FavouritesStore",
            "%1 is a directory, not a favourites file; favourites will not be saved.")
                             .arg(QDir::toNativeSeparators(m_filePath));
        return result;
    }
    if (file.size() > maximumFileSize) {
        return fail(QCoreApplication::translate("SmtpCodes::FavouritesStore", "larger than %1 MB")
                        .arg(maximumFileSize / (1024 * 1024)));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        // Not moved: an unreadable file is a permissions matter the user has to settle.
        result.problem = QCoreApplication::translate(
            "SmtpCodes::FavouritesStore", "The favourites file %1 could not be opened (%2).")
                             .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        return result;
    }
    const QByteArray data = file.readAll();
    file.close();
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        return fail(QCoreApplication::translate("SmtpCodes::FavouritesStore", "%1 at byte %2")
                        .arg(error.errorString())
                        .arg(error.offset));
    }
    const QJsonArray items = document.object().value(u"favourites"_s).toArray();
    if (!document.isObject() || !document.object().value(u"favourites"_s).isArray()) {
        return fail(QCoreApplication::translate("SmtpCodes::FavouritesStore", "no \"favourites\" list"));
    }
    int skipped = 0;
    for (const QJsonValue &item : items) {
        const Location place = locationFrom(item);
        if (place.isValid() && !result.favourites.contains(place)) {
            result.favourites.append(place);
        } else if (!place.isValid()) {
            ++skipped;
        }
    }
    if (skipped > 0) {
        // The next save would drop what could not be read, so keep a copy of the original.
        result.keptAsidePath = keepAside(KeepAside::Copy);
        result.needsRewrite = true;
        result.problem = QCoreApplication::translate("SmtpCodes::FavouritesStore",
            "%n favourite(s) in %1 could not be read and were left out; the original file was kept as %2.",
            nullptr, skipped)
                             .arg(QDir::toNativeSeparators(m_filePath),
                                 QDir::toNativeSeparators(result.keptAsidePath));
    }
    return result;
}

bool FavouritesStore::save(const QList<Location> &favourites, QString *error) const
{
    QJsonArray items;
    for (const Location &place : favourites) {
        if (place.kind == Location::Kind::Entry) {
            items.append(QJsonObject {{u"code"_s, place.first}});
        } else if (place.kind == Location::Kind::Comparison) {
            items.append(QJsonObject {{u"compare"_s, QJsonArray {place.first, place.second}}});
        }
    }
    const QJsonObject root {{u"version"_s, formatVersion}, {u"favourites"_s, items}};
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        if (error) {
            *error = QCoreApplication::translate(
                "SmtpCodes::FavouritesStore", "The favourites could not be saved to %1 (%2).")
                         .arg(QDir::toNativeSeparators(m_filePath), file.errorString());
        }
        return false;
    }
    return true;
}

QString FavouritesStore::keepAside(KeepAside how) const
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = m_filePath + u".corrupt-"_s + stamp;
    for (int n = 2; QFile::exists(target); ++n) {
        target = m_filePath + u".corrupt-"_s + stamp + u'-' + QString::number(n);
    }
    if ((how == KeepAside::Move && QFile::rename(m_filePath, target)) || QFile::copy(m_filePath, target)) {
        return target;
    }
    return {};
}

} // namespace SmtpCodes
