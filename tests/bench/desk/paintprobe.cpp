#include "paintprobe.h"

#include <QEvent>
#include <QEventLoop>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace papo::bench {

PaintProbe::PaintProbe(QWidget *painted, QObject *parent)
    : QObject(parent)
    , m_painted(painted)
    , m_window(painted->window())
    , m_windowHandle(painted->window()->windowHandle())
{
    // Installed last, so this filter sees the paint event before the scroll area does.
    painted->installEventFilter(this);
    m_window->installEventFilter(this);
    if (m_windowHandle)
        m_windowHandle->installEventFilter(this);
}

qint64 PaintProbe::waitForPaint(const QElapsedTimer &clock, const std::function<bool()> &ready,
                                int timeoutMs)
{
    arm(clock, ready);
    return wait(timeoutMs);
}

void PaintProbe::arm(const QElapsedTimer &clock, const std::function<bool()> &ready)
{
    m_ready = ready;
    m_clock = &clock;
    m_armed = true;
    m_paintedReady = false;
    m_doneNs = -1;
}

qint64 PaintProbe::wait(int timeoutMs)
{
    if (m_doneNs < 0) {
        QEventLoop loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        m_loop = &loop;
        loop.exec();
        m_loop = nullptr;
    }
    m_armed = false;
    m_ready = nullptr;
    return m_doneNs;
}

bool PaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_armed || m_doneNs >= 0)
        return false;
    if (watched == m_painted && event->type() == QEvent::Paint) {
        m_paintedReady = m_paintedReady || m_ready();
        return false;
    }
    if ((watched == m_window || watched == m_windowHandle)
        && event->type() == QEvent::UpdateRequest) {
        // The pass itself, run here so the clock is read once it is over.
        static_cast<QObject *>(watched)->event(event);
        if (m_paintedReady) {
            m_doneNs = m_clock->nsecsElapsed();
            if (m_loop)
                m_loop->quit();
        }
        return true;
    }
    return false;
}

} // namespace papo::bench
