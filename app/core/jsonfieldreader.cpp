// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfieldreader.h"

#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

JsonFieldReader::JsonFieldReader(const QJsonObject &object, LoadProblem context, QList<LoadProblem> *problems)
    : m_object(object)
    , m_context(std::move(context))
    , m_problems(problems)
{ }

void JsonFieldReader::problem(const QString &field, const QString &message)
{
    ++m_count;
    if (m_count > maximumReportedProblems) {
        return;
    }
    LoadProblem found = m_context;
    found.field = field;
    found.message = message;
    m_problems->append(found);
}

QString JsonFieldReader::checkedString(const QJsonValue &value, const QString &field)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        problem(field, u"must not be empty"_s);
        return {};
    }
    if (text.size() > maximumStringLength) {
        problem(
            field, u"too long: %1 characters (the limit is %2)"_s.arg(text.size()).arg(maximumStringLength));
        return {};
    }
    return text;
}

void JsonFieldReader::rejectUnknownFields(const QSet<QString> &allowed)
{
    QStringList keys = m_object.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys)) {
        if (!allowed.contains(key)) {
            problem(LoadProblem::excerpt(key), u"unknown field"_s);
        }
    }
}

QString JsonFieldReader::requiredString(const QString &field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined()) {
        problem(field, u"required field is missing"_s);
        return {};
    }
    if (!value.isString()) {
        problem(field, u"must be a string"_s);
        return {};
    }
    return checkedString(value, field);
}

QString JsonFieldReader::optionalString(const QString &field)
{
    if (!m_object.contains(field)) {
        return {};
    }
    return requiredString(field);
}

bool JsonFieldReader::requiredBool(const QString &field, bool fallback)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined()) {
        problem(field, u"required field is missing"_s);
        return fallback;
    }
    if (!value.isBool()) {
        problem(field, u"must be true or false"_s);
        return fallback;
    }
    return value.toBool();
}

QStringList JsonFieldReader::stringList(const QString &field, bool required, bool requireNonEmpty)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined()) {
        if (required) {
            problem(field, u"required field is missing"_s);
        }
        return {};
    }
    if (!value.isArray()) {
        problem(field, u"must be an array of strings"_s);
        return {};
    }
    const QJsonArray array = value.toArray();
    if (requireNonEmpty && array.isEmpty()) {
        problem(field, u"must not be empty"_s);
    }
    QStringList result;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemField = u"%1[%2]"_s.arg(field).arg(i);
        if (!array.at(i).isString()) {
            problem(itemField, u"must be a string"_s);
            continue;
        }
        const QString text = checkedString(array.at(i), itemField);
        if (!text.isEmpty()) {
            result.append(text);
        }
    }
    return result;
}

Reference JsonFieldReader::reference(const QJsonValue &value, const QString &field)
{
    Reference result;
    if (!value.isObject()) {
        problem(field, u"must be an object with \"rfc\" and \"section\""_s);
        return result;
    }
    const QJsonObject object = value.toObject();
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys)) {
        if (key != u"rfc" && key != u"section" && key != u"note") {
            problem(field + u'.' + LoadProblem::excerpt(key), u"unknown field"_s);
        }
    }
    const QJsonValue rfc = object.value(u"rfc");
    // toInt() of 5321.5 would silently truncate; an RFC number is a whole positive number.
    if (!rfc.isDouble() || rfc.toDouble() < 1 || rfc.toDouble() != double(rfc.toInt())) {
        problem(field + u".rfc"_s, u"reference without an RFC number"_s);
    } else {
        result.rfc = rfc.toInt();
    }
    const QJsonValue section = object.value(u"section");
    if (!section.isString() || section.toString().trimmed().isEmpty()) {
        problem(field + u".section"_s, u"reference without a section"_s);
    } else {
        result.section = checkedString(section, field + u".section"_s);
    }
    if (object.contains(u"note")) {
        const QJsonValue note = object.value(u"note");
        if (!note.isString()) {
            problem(field + u".note"_s, u"must be a string"_s);
        } else if (!note.toString().trimmed().isEmpty()) {
            result.note = checkedString(note, field + u".note"_s);
        }
    }
    return result;
}

QList<Reference> JsonFieldReader::references(const QString &field, bool requireNonEmpty)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined()) {
        problem(field, u"required field is missing"_s);
        return {};
    }
    if (!value.isArray()) {
        problem(field, u"must be an array of references"_s);
        return {};
    }
    const QJsonArray array = value.toArray();
    if (requireNonEmpty && array.isEmpty()) {
        problem(field, u"must not be empty: cite at least one RFC section"_s);
    }
    QList<Reference> result;
    for (qsizetype i = 0; i < array.size(); ++i) {
        result.append(reference(array.at(i), u"%1[%2]"_s.arg(field).arg(i)));
    }
    return result;
}

QJsonArray JsonFieldReader::objectArray(const QString &field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isArray()) {
        problem(field, u"must be an array of objects"_s);
        return {};
    }
    return value.toArray();
}

} // namespace SmtpCodes
