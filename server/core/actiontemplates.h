#pragma once

#include <QJsonArray>
#include <QString>

namespace papo::server {

// ACT-5: ready actions that need only a URL and a text: landing page, complicated page,
// contact page, cart page. Each is an action's wire form without id, disabled until the
// admin fills in the URL, in `language` ("pt", "es", else English).
class ActionTemplates final
{
public:
    static QJsonArray all(const QString &language);
};

} // namespace papo::server
