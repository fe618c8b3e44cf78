// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loadproblem.h"
#include "providertable.h"
#include "reasontable.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace SmtpCodes {

class JsonFieldReader;

// Checks the "providers" array of a knowledge-base file and adds what is sound to a
// ProviderTable. Each problem names the file, the provider or response and the field; a
// response with a problem is left out, a provider with a problem is left out with its
// responses, and the rest still loads.
class ProviderReader
{
public:
    // reasons gives the reason names and which are hard; problems receives every problem.
    ProviderReader(ProviderTable *table, const ReasonTable *reasons, QList<LoadProblem> *problems);

    void read(const QJsonArray &providers, const QString &fileName);

private:
    void readProvider(const QJsonObject &object, const QString &fileName, qsizetype index);
    void readResponse(
        const QJsonObject &object, const QString &fileName, const QString &provider, qsizetype index);
    void checkEnhanced(JsonFieldReader &reader, const ProviderResponse &response) const;
    void checkVerdict(JsonFieldReader &reader, const ProviderResponse &response) const;

    ProviderTable *m_table;
    const ReasonTable *m_reasons;
    QList<LoadProblem> *m_problems;
};

} // namespace SmtpCodes
