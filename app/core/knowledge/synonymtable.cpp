// SPDX-License-Identifier: GPL-3.0-or-later
#include "synonymtable.h"

#include "knowledgefilereader.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

void SynonymTable::read(const QByteArray &data, const QString &fileName, QList<LoadProblem> *problems)
{
    const std::optional<QJsonDocument> document = KnowledgeFileReader::parse(data, fileName, problems);
    if (!document) {
        return;
    }
    const auto problem = [&](qsizetype group, const QString &message) {
        problems->append(
            {fileName, 0, 0, group < 0 ? QString() : u"group #%1"_s.arg(group + 1), {}, message});
    };
    if (!document->isObject() || !document->object().value(u"groups").isArray()) {
        problem(-1, u"must hold a JSON object with \"groups\", an array of arrays of terms"_s);
        return;
    }
    const QJsonArray groups = document->object().value(u"groups").toArray();
    for (qsizetype g = 0; g < groups.size(); ++g) {
        QStringList terms;
        const QJsonArray items = groups.at(g).toArray();
        for (const QJsonValue &item : items) {
            const QString term = item.toString().simplified();
            if (term.isEmpty()) {
                problem(g, u"a term must be non-empty text"_s);
            } else if (term != term.toLower()) {
                problem(g, u"term \"%1\" must be written in lower case"_s.arg(LoadProblem::excerpt(term)));
            } else if (const auto other = m_groupOf.constFind(term); other != m_groupOf.cend()) {
                problem(g,
                    u"term \"%1\" is already in group #%2"_s.arg(LoadProblem::excerpt(term)).arg(*other + 1));
            } else if (!terms.contains(term)) {
                terms.append(term);
            }
        }
        if (terms.size() < 2) {
            problem(g, u"a group needs at least two terms"_s);
            continue;
        }
        addGroup(terms);
    }
}

void SynonymTable::addGroup(const QStringList &terms)
{
    for (const QString &term : terms) {
        m_groupOf.insert(term, m_groups.size());
    }
    m_groups.append(terms);
}

QStringList SynonymTable::synonymsOf(const QString &term) const
{
    const auto group = m_groupOf.constFind(term);
    if (group == m_groupOf.cend()) {
        return {};
    }
    QStringList others = m_groups.at(*group);
    others.removeOne(term);
    return others;
}

} // namespace SmtpCodes
