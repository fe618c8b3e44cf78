// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandtexts.h"

namespace SmtpCodes {

QString CommandTexts::copyFixAdvice()
{
    return tr("Copy f&ix advice");
}

QString CommandTexts::copyEntry()
{
    return tr("Copy e&ntry");
}

QString CommandTexts::copyComparison()
{
    return tr("Cop&y comparison");
}

QString CommandTexts::copyExplanation()
{
    return tr("Cop&y explanation");
}

QString CommandTexts::copyAsMarkdown()
{
    return tr("Copy as &Markdown");
}

QString CommandTexts::pasteAndExplain()
{
    return tr("&Paste and explain");
}

QString CommandTexts::openFile()
{
    return tr("&Open file\u2026");
}

QString CommandTexts::cancelExplaining()
{
    return tr("Ca&ncel");
}

QString CommandTexts::swapCodes()
{
    return tr("S&wap codes");
}

} // namespace SmtpCodes
