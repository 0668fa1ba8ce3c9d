#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>

class QEventLoop;
class QWidget;

namespace papo::bench {

// Tells when a paint of one widget has finished: its window's update request (the pass that
// paints every dirty widget into the backing store and flushes it to the screen) is run from
// here, so the clock is read after the whole pass, not when the widget's paint event starts.
class PaintProbe final : public QObject
{
    Q_OBJECT

public:
    explicit PaintProbe(QWidget *painted, QObject *parent = nullptr);

    // Runs the event loop until a paint of the widget that began while ready() held has been
    // flushed; returns clock's nanoseconds then, or -1 after timeoutMs.
    qint64 waitForPaint(const QElapsedTimer &clock, const std::function<bool()> &ready,
                        int timeoutMs = 60000);
    // The same in two steps, for a paint that may come while something else runs the event
    // loop in between.
    void arm(const QElapsedTimer &clock, const std::function<bool()> &ready);
    qint64 wait(int timeoutMs = 60000);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_painted;
    QObject *m_window = nullptr;
    QObject *m_windowHandle = nullptr;
    std::function<bool()> m_ready;
    const QElapsedTimer *m_clock = nullptr;
    QEventLoop *m_loop = nullptr;
    bool m_armed = false;
    bool m_paintedReady = false;
    qint64 m_doneNs = -1;
};

} // namespace papo::bench
