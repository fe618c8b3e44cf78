// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loadproblem.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace SmtpCodes {

// The RFC sections the knowledge base cites, with their titles as the RFCs give them
// (resources/knowledge-base/rfc-sections.json). References show the title beside the number,
// and the built-in data may cite only sections the table holds, and never an RFC's
// Introduction or Abstract: a reader who follows a reference lands on the text that says it.
class RfcSectionTable
{
public:
    // Reads the table's JSON; problems name fileName. What is malformed is left out.
    void read(const QByteArray &data, const QString &fileName, QList<LoadProblem> *problems);

    bool isEmpty() const { return m_sections.isEmpty(); }
    // The title of rfc's section, or nothing when the table does not hold it.
    std::optional<QString> sectionTitle(int rfc, const QString &section) const;
    // "Simple Mail Transfer Protocol"; empty when the table does not hold the RFC.
    QString documentTitle(int rfc) const;
    // The day the titles were last compared with the RFC texts.
    QString checked() const { return m_checked; }

    // Why the built-in data may not cite rfc's section (title as the table gives it, or none
    // when it holds no such section); empty when it may.
    QString citationProblem(int rfc, const QString &section) const;

    // What the table holds, for the compiled built-in data, and how it is put back.
    const QHash<int, QString> &documents() const { return m_documents; }
    const QHash<int, QHash<QString, QString>> &sections() const { return m_sections; }
    void setChecked(const QString &checked) { m_checked = checked; }
    void addDocument(int rfc, const QString &title) { m_documents.insert(rfc, title); }
    void addSection(int rfc, const QString &section, const QString &title)
    {
        m_sections[rfc].insert(section, title);
    }

private:
    QString m_checked;
    QHash<int, QString> m_documents;
    QHash<int, QHash<QString, QString>> m_sections;
};

} // namespace SmtpCodes
