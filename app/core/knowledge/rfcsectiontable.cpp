// SPDX-License-Identifier: GPL-3.0-or-later
#include "rfcsectiontable.h"

#include "knowledgefilereader.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

void RfcSectionTable::read(const QByteArray &data, const QString &fileName, QList<LoadProblem> *problems)
{
    const std::optional<QJsonDocument> document = KnowledgeFileReader::parse(data, fileName, problems);
    if (!document) {
        return;
    }
    const auto problem = [&](const QString &entry, const QString &message) {
        problems->append({fileName, 0, 0, entry, {}, message});
    };
    const QJsonObject root = document->object();
    if (!document->isObject() || !root.value(u"rfcs").isObject()) {
        problem({}, u"must hold a JSON object with \"checked\" and \"rfcs\""_s);
        return;
    }
    m_checked = root.value(u"checked").toString();
    const QJsonObject rfcs = root.value(u"rfcs").toObject();
    for (auto it = rfcs.constBegin(); it != rfcs.constEnd(); ++it) {
        bool isNumber = false;
        const int rfc = it.key().toInt(&isNumber);
        const QJsonObject rfcObject = it.value().toObject();
        const QString label = u"RFC "_s + LoadProblem::excerpt(it.key());
        if (!isNumber || rfc <= 0 || !rfcObject.value(u"sections").isObject()) {
            problem(label, u"must be an RFC number with an object of \"sections\""_s);
            continue;
        }
        m_documents.insert(rfc, rfcObject.value(u"title").toString());
        const QJsonObject sections = rfcObject.value(u"sections").toObject();
        QHash<QString, QString> &titles = m_sections[rfc];
        for (auto section = sections.constBegin(); section != sections.constEnd(); ++section) {
            const QString title = section.value().toString().trimmed();
            if (title.isEmpty()) {
                problem(label, u"section \"%1\" has no title"_s.arg(LoadProblem::excerpt(section.key())));
                continue;
            }
            titles.insert(section.key(), title);
        }
    }
}

std::optional<QString> RfcSectionTable::sectionTitle(int rfc, const QString &section) const
{
    const auto document = m_sections.constFind(rfc);
    if (document == m_sections.cend()) {
        return std::nullopt;
    }
    const auto title = document->constFind(section);
    return title == document->cend() ? std::nullopt : std::optional<QString>(*title);
}

QString RfcSectionTable::documentTitle(int rfc) const
{
    return m_documents.value(rfc);
}

QString RfcSectionTable::citationProblem(int rfc, const QString &section) const
{
    if (section.compare(u"Abstract"_s, Qt::CaseInsensitive) == 0) {
        return u"cites the Abstract of RFC %1; cite the section that says it"_s.arg(rfc);
    }
    const std::optional<QString> title = sectionTitle(rfc, section);
    if (!title) {
        return u"RFC %1 §%2 is not in the section table (rfc-sections.json): cite a section the RFC has, and "
               u"add it there with its title"_s.arg(rfc)
                   .arg(LoadProblem::excerpt(section));
    }
    if (title->startsWith(u"Introduction"_s, Qt::CaseInsensitive)) {
        return u"cites the Introduction of RFC %1 (§%2); cite the section that says it"_s.arg(rfc).arg(
            section);
    }
    return {};
}

} // namespace SmtpCodes
