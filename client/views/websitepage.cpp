#include "websitepage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace papo::desk {

void WebsitePage::layOut(QWidget *page, QComboBox *websites, const QList<QWidget *> &body,
                         QWidget *stretched, QLabel *status, QPushButton *save)
{
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Website:"), page));
    top->addWidget(websites, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(status, 1);
    bottom->addWidget(save);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    for (QWidget *widget : body)
        layout->addWidget(widget, widget == stretched ? 1 : 0);
    layout->addLayout(bottom);
}

int WebsitePage::list(QComboBox *combo, const QList<WebsiteSettings> &websites, qint64 shownId)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    int current = 0;
    for (const WebsiteSettings &website : websites) {
        if (website.id == shownId)
            current = combo->count();
        combo->addItem(website.name, website.id);
    }
    combo->setCurrentIndex(current);
    return current;
}

} // namespace papo::desk
