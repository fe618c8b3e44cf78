// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace SmtpCodes {

class KnowledgeBase;

// Help ▸ About: the app's and the knowledge base's versions, the date the enhanced codes were
// compared with the IANA registry, the Qt versions and the licence.
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCodes::AboutBox)

public:
    static QString text(const KnowledgeBase &base);
    static void show(const KnowledgeBase &base, QWidget *parent);
};

} // namespace SmtpCodes
