// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfieldreader.h"

#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {

// The keys of object that allowed lacks, sorted so problems come in a stable order. Walks the
// object without copying its key list: nearly every object has none to report.
QStringList unknownKeys(const QJsonObject &object, const QSet<QString> &allowed)
{
    QStringList unknown;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!allowed.contains(it.key())) {
            unknown.append(it.key());
        }
    }
    std::sort(unknown.begin(), unknown.end());
    return unknown;
}

} // namespace

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

void JsonFieldReader::reportUnreported()
{
    if (unreportedProblemCount() > 0) {
        LoadProblem more = m_context;
        more.message = u"%1 more problems not shown"_s.arg(unreportedProblemCount());
        m_problems->append(more);
    }
}

QString JsonFieldReader::itemField(const QString &field, qsizetype index)
{
    return index < 0 ? field : field + u'[' + QString::number(index) + u']';
}

QString JsonFieldReader::memberField(const QString &field, qsizetype index, QStringView member)
{
    return member.isEmpty() ? itemField(field, index) : itemField(field, index) + u'.' + member;
}

QString JsonFieldReader::checkedString(
    const QJsonValue &value, const QString &field, qsizetype index, QStringView member)
{
    // Labels are built only for a problem: the valid case is nearly every string of a file.
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        problem(memberField(field, index, member), u"must not be empty"_s);
        return {};
    }
    if (text.size() > maximumStringLength) {
        problem(memberField(field, index, member),
            u"too long: %1 characters (the limit is %2)"_s.arg(text.size()).arg(maximumStringLength));
        return {};
    }
    return text;
}

void JsonFieldReader::rejectUnknownFields(const QSet<QString> &allowed)
{
    for (const QString &key : unknownKeys(m_object, allowed)) {
        problem(LoadProblem::excerpt(key), u"unknown field"_s);
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
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        // Item names are built only for a problem: the valid case is nearly all of them.
        if (!array.at(i).isString()) {
            problem(itemField(field, i), u"must be a string"_s);
            continue;
        }
        const QString text = checkedString(array.at(i), field, i);
        if (!text.isEmpty()) {
            result.append(text);
        }
    }
    return result;
}

Reference JsonFieldReader::reference(const QJsonValue &value, const QString &field, qsizetype index)
{
    Reference result;
    if (!value.isObject()) {
        problem(itemField(field, index), u"must be an object with \"rfc\" and \"section\""_s);
        return result;
    }
    const auto member = [&](QStringView name) { return memberField(field, index, name); };
    const QJsonObject object = value.toObject();
    const QJsonValue rfc = object.value("rfc"_L1);
    const QJsonValue section = object.value("section"_L1);
    const QJsonValue note = object.value("note"_L1);
    // Only when a key is none of these three are the keys read as strings.
    if (object.size() > int(!rfc.isUndefined()) + int(!section.isUndefined()) + int(!note.isUndefined())) {
        static const QSet<QString> allowed {u"rfc"_s, u"section"_s, u"note"_s};
        for (const QString &key : unknownKeys(object, allowed)) {
            problem(member(LoadProblem::excerpt(key)), u"unknown field"_s);
        }
    }
    // toInt() of 5321.5 would silently truncate; an RFC number is a whole positive number.
    if (!rfc.isDouble() || rfc.toDouble() < 1 || rfc.toDouble() != double(rfc.toInt())) {
        problem(member(u"rfc"), u"reference without an RFC number"_s);
    } else {
        result.rfc = rfc.toInt();
    }
    if (!section.isString() || section.toString().trimmed().isEmpty()) {
        problem(member(u"section"), u"reference without a section"_s);
    } else {
        result.section = checkedString(section, field, index, u"section");
    }
    if (!note.isUndefined()) {
        if (!note.isString()) {
            problem(member(u"note"), u"must be a string"_s);
        } else if (!note.toString().trimmed().isEmpty()) {
            result.note = checkedString(note, field, index, u"note");
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
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        result.append(reference(array.at(i), field, i));
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

QStringList JsonFieldReader::sources(const QString &field)
{
    QStringList result;
    const QJsonArray items = objectArray(field);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject source = items.at(i).toObject();
        const QString url = checkedString(source.value(u"url"), field, i, u"url");
        const QString checked = checkedString(source.value(u"checked"), field, i, u"checked");
        // Some providers' pages are only served over plain http; cited as read.
        const bool web = url.startsWith(u"https://"_s) || url.startsWith(u"http://"_s);
        if (!web || checked.size() != 10 || checked.at(4) != u'-') {
            problem(itemField(field, i),
                u"a source is {\"url\": \"https://...\", \"checked\": \"YYYY-MM-DD\"}"_s);
        } else {
            result.append(u"%1 (checked %2)"_s.arg(url, checked));
        }
    }
    return result;
}

} // namespace SmtpCodes
