// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summary.h"

#include <QCoreApplication>
#include <QString>

namespace SmtpCodes {

// The words of the summary view: its headline of totals and its list of causes to fix first,
// as escaped rich text whose links open entries ("code:KEY") or list a cause's replies
// ("cause:N").
class SummaryText
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::SummaryText)

public:
    // "12,345 replies in access.log (20.0 MB): 10,001 delivered, ..." with the problems after.
    static QString headlineHtml(const Summary &summary);
    static QString causesHtml(const Summary &summary);
    // The grouping's name as the combo box says it, translated.
    static QString groupingTitle(SummaryGrouping grouping);
    // "access.log", "bounces (2,000 files)", as the headline and messages name the input.
    static QString inputName(const Summary &summary);
};

} // namespace SmtpCodes
