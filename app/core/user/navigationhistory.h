// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "location.h"

#include <QList>

namespace SmtpCodes {

// Back and forward over visited places, as a web browser keeps them: visiting a new place
// after going back drops the places ahead.
class NavigationHistory
{
public:
    // Older places are forgotten beyond this, so a long session cannot grow without bound.
    static constexpr qsizetype maximumSize = 500;

    // Records place as the current one; visiting the current place again changes nothing.
    void visit(const Location &place);
    bool canGoBack() const { return m_current > 0; }
    bool canGoForward() const { return m_current + 1 < m_places.size(); }
    // The place to show, or an invalid one when there is none in that direction.
    Location back();
    Location forward();
    Location current() const;
    // Places before the current one, nearest first (for a back menu).
    QList<Location> backList() const;
    QList<Location> forwardList() const;
    qsizetype size() const { return m_places.size(); }
    void clear();

private:
    QList<Location> m_places;
    qsizetype m_current = -1;
};

} // namespace SmtpCodes
