#pragma once

#include <QMetaObject>
#include <QObject>

#include <functional>

namespace papo::common {

// Runs `call` once, on the next turn of `context`'s event loop, however often it is asked
// before then: a burst of wake-ups costs one run. A member of `context`, so a pending run dies
// with it.
class NextTurn final
{
public:
    NextTurn(QObject *context, std::function<void()> call)
        : m_context(context)
        , m_call(std::move(call))
    {}

    void ask()
    {
        if (m_asked)
            return;
        m_asked = true;
        QMetaObject::invokeMethod(
            m_context,
            [this] {
                m_asked = false;
                m_call();
            },
            Qt::QueuedConnection);
    }

private:
    QObject *const m_context;
    const std::function<void()> m_call;
    bool m_asked = false;
};

} // namespace papo::common
