// SPDX-License-Identifier: GPL-3.0-or-later
#include "textzoom.h"

#include <QSettings>
#include <QTextBrowser>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
constexpr std::array<int, 12> steps {50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300};
static_assert(steps.front() == TextZoom::smallest && steps.back() == TextZoom::largest);
const QString settingsKey = u"appearance/textZoom"_s;
} // namespace

TextZoom::TextZoom(const QList<QTextBrowser *> &panes, QObject *parent)
    : QObject(parent)
    , m_panes(panes)
{
    for (QTextBrowser *pane : m_panes) {
        m_fonts.append(pane->font());
        // Ctrl and the wheel zoom every pane together instead of the one under the pointer.
        pane->viewport()->installEventFilter(this);
    }
}

TextZoom::~TextZoom() = default;

void TextZoom::addPane(QTextBrowser *pane)
{
    m_panes.append(pane);
    m_fonts.append(pane->font());
    pane->viewport()->installEventFilter(this);
    if (m_percent != 100) {
        apply(m_panes.size() - 1);
    }
}

void TextZoom::zoomIn()
{
    const auto next = std::upper_bound(steps.begin(), steps.end(), m_percent);
    setPercent(next == steps.end() ? largest : *next);
}

void TextZoom::zoomOut()
{
    const auto previous = std::lower_bound(steps.begin(), steps.end(), m_percent);
    setPercent(previous == steps.begin() ? smallest : *(previous - 1));
}

void TextZoom::reset()
{
    setPercent(100);
}

void TextZoom::setPercent(int percent)
{
    const int nearest = *std::min_element(steps.begin(), steps.end(),
        [percent](int a, int b) { return std::abs(a - percent) < std::abs(b - percent); });
    if (nearest == m_percent) {
        return;
    }
    m_percent = nearest;
    apply();
    Q_EMIT changed(m_percent);
}

void TextZoom::apply()
{
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        apply(i);
    }
}

void TextZoom::apply(qsizetype pane)
{
    QFont font = m_fonts.at(pane);
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * m_percent / 100);
    } else {
        font.setPixelSize(std::max(1, font.pixelSize() * m_percent / 100));
    }
    m_panes.at(pane)->setFont(font);
}

void TextZoom::save(QSettings &settings) const
{
    settings.setValue(settingsKey, m_percent);
}

void TextZoom::restore(const QSettings &settings)
{
    bool valid = false;
    const int percent = settings.value(settingsKey, 100).toInt(&valid);
    setPercent(valid ? percent : 100);
}

bool TextZoom::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        const auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            // A notch is 120; touchpads send smaller steps that add up.
            m_wheel += wheel->angleDelta().y();
            for (; m_wheel >= 120; m_wheel -= 120) {
                zoomIn();
            }
            for (; m_wheel <= -120; m_wheel += 120) {
                zoomOut();
            }
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace SmtpCodes
