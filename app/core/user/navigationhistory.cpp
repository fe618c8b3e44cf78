// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationhistory.h"

namespace SmtpCodes {

void NavigationHistory::visit(const Location &place)
{
    if (!place.isValid() || current() == place) {
        return;
    }
    m_places.resize(m_current + 1);
    m_places.append(place);
    if (m_places.size() > maximumSize) {
        m_places.removeFirst();
    }
    m_current = m_places.size() - 1;
}

Location NavigationHistory::back()
{
    if (!canGoBack()) {
        return {};
    }
    return m_places.at(--m_current);
}

Location NavigationHistory::forward()
{
    if (!canGoForward()) {
        return {};
    }
    return m_places.at(++m_current);
}

Location NavigationHistory::current() const
{
    return m_current >= 0 ? m_places.at(m_current) : Location {};
}

QList<Location> NavigationHistory::backList() const
{
    QList<Location> places;
    for (qsizetype i = m_current - 1; i >= 0; --i) {
        places.append(m_places.at(i));
    }
    return places;
}

QList<Location> NavigationHistory::forwardList() const
{
    return m_current + 1 < m_places.size() ? m_places.mid(m_current + 1) : QList<Location> {};
}

void NavigationHistory::clear()
{
    m_places.clear();
    m_current = -1;
}

} // namespace SmtpCodes
