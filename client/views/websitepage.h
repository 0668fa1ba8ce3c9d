#pragma once

#include "net/websitesettings.h"

#include <QCoreApplication>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;
class QWidget;

namespace papo::desk {

// What the Settings pages kept per website (Widget, Contact form) share: "Website:" and its
// choice above the page's own widgets, the status and Save below.
class WebsitePage final
{
    Q_DECLARE_TR_FUNCTIONS(WebsitePage)

public:
    // `body` in order; `stretched` (one of them) takes the height left.
    static void layOut(QWidget *page, QComboBox *websites, const QList<QWidget *> &body,
                       QWidget *stretched, QLabel *status, QPushButton *save);
    // Lists the websites (the combo's signals blocked), keeping `shownId` chosen, else the
    // first; returns the index chosen.
    static int list(QComboBox *combo, const QList<WebsiteSettings> &websites, qint64 shownId);
};

} // namespace papo::desk
