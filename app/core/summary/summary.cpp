// SPDX-License-Identifier: GPL-3.0-or-later
#include "summary.h"

using namespace Qt::StringLiterals;

namespace SmtpCodes {

QString Summary::groupingId(SummaryGrouping grouping)
{
    switch (grouping) {
    case SummaryGrouping::Outcome:
        return u"outcome"_s;
    case SummaryGrouping::Reason:
        return u"reason"_s;
    case SummaryGrouping::Provider:
        return u"provider"_s;
    case SummaryGrouping::Basic:
        return u"basic"_s;
    case SummaryGrouping::Enhanced:
        return u"enhanced"_s;
    case SummaryGrouping::Domain:
        break;
    }
    return u"domain"_s;
}

QString Summary::groupingTitle(SummaryGrouping grouping)
{
    switch (grouping) {
    case SummaryGrouping::Outcome:
        return u"Outcome"_s;
    case SummaryGrouping::Reason:
        return u"Reason"_s;
    case SummaryGrouping::Provider:
        return u"Provider"_s;
    case SummaryGrouping::Basic:
        return u"Basic code"_s;
    case SummaryGrouping::Enhanced:
        return u"Enhanced code"_s;
    case SummaryGrouping::Domain:
        break;
    }
    return u"Recipient domain"_s;
}

} // namespace SmtpCodes
