#include "fullheight.h"

#include <QEvent>
#include <QLayout>
#include <QWidget>

namespace papo::desk {

namespace {

class FullHeight final : public QObject
{
public:
    explicit FullHeight(QWidget *widget)
        : QObject(widget)
        , m_widget(widget)
    {
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget
            && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
            update();
        return false;
    }

private:
    void update()
    {
        QLayout *layout = m_widget->layout();
        if (!layout || !layout->hasHeightForWidth())
            return;
        const int needed = layout->totalHeightForWidth(m_widget->width());
        if (needed > 0 && needed != m_widget->minimumHeight())
            m_widget->setMinimumHeight(needed);
    }

    QWidget *m_widget;
};

} // namespace

void keepFullHeight(QWidget *widget)
{
    new FullHeight(widget);
}

} // namespace papo::desk
