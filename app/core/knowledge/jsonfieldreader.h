// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loadproblem.h"
#include "reference.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace SmtpCodes {

// Reads the fields of one JSON object of a knowledge-base file and records a LoadProblem for
// each field that is missing, empty, of the wrong type or unknown. The loader decides what the
// fields mean; this class only knows JSON shapes, so every object reports problems alike.
class JsonFieldReader
{
public:
    // No field of the format needs more; a longer string is a file gone wrong, and would make
    // every view that shows it slow.
    static constexpr qsizetype maximumStringLength = 64 * 1024;
    // Past this many problems in one object only the count goes on, so an object with a
    // million unknown keys costs a counter, not a million messages.
    static constexpr int maximumReportedProblems = 20;

    JsonFieldReader(const QJsonObject &object, LoadProblem context, QList<LoadProblem> *problems);

    void setContextEntry(const QString &entry) { m_context.entry = entry; }
    // Records every key of the object that is not in allowed.
    void rejectUnknownFields(const QSet<QString> &allowed);

    bool has(const QString &field) const { return m_object.contains(field); }
    QString requiredString(const QString &field);
    QString optionalString(const QString &field);
    bool requiredBool(const QString &field, bool fallback);
    // Arrays of non-empty strings; requireNonEmpty also rejects [].
    QStringList stringList(const QString &field, bool required, bool requireNonEmpty);
    QList<Reference> references(const QString &field, bool requireNonEmpty);
    // The reference at field[index], or at field itself when index is negative.
    Reference reference(const QJsonValue &value, const QString &field, qsizetype index = -1);
    QJsonArray objectArray(const QString &field);
    // "URL (checked DATE)" for each {"url": "https://...", "checked": "YYYY-MM-DD"} of field.
    QStringList sources(const QString &field);

    void problem(const QString &field, const QString &message);
    int problemCount() const { return m_count; }
    // Problems counted but not recorded, past maximumReportedProblems.
    int unreportedProblemCount() const { return std::max(0, m_count - maximumReportedProblems); }
    // Records how many problems were counted but not recorded, if any.
    void reportUnreported();

    // The trimmed text of a string value; empty, with a problem, when it is empty or too long.
    // The problem names field[index].member; without "[index]" when index is negative, without
    // ".member" when member is empty.
    QString checkedString(
        const QJsonValue &value, const QString &field, qsizetype index = -1, QStringView member = {});
    // "field[index]"; field alone when index is negative.
    static QString itemField(const QString &field, qsizetype index);
    // "field[index].member"; without ".member" when member is empty.
    static QString memberField(const QString &field, qsizetype index, QStringView member);

private:
    QJsonObject m_object;
    LoadProblem m_context;
    QList<LoadProblem> *m_problems;
    int m_count = 0;
};

} // namespace SmtpCodes
