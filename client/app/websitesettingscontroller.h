#pragma once

#include "net/serverconnection.h"
#include "net/websitesettings.h"

#include <QList>
#include <QObject>

namespace papo::desk {

// The action API of Settings → Widget (INS-1, INS-3, RAT-1, WID-2, WID-3): loads the
// websites with the `websites` request and saves one with `update_website`. Admins only;
// the server refuses operators, and the error reaches the view as text.
class WebsiteSettingsController final : public QObject
{
    Q_OBJECT

public:
    explicit WebsiteSettingsController(ServerConnection *connection, QObject *parent = nullptr);

    QList<WebsiteSettings> websites() const { return m_websites; }
    const WidgetTextDefaults &textDefaults() const { return m_defaults; }
    bool isLoaded() const { return m_loaded; }
    // INS-1: the snippet for this server.
    QString installSnippet(const WebsiteSettings &website) const;

    // Actions.
    void refresh();
    void save(const WebsiteSettings &website);
    // GRP-3: whether the widget asks visitors to choose a group, and offers "Not sure".
    void saveGroupQuestion(qint64 websiteId, bool ask, bool notSure);

signals:
    void websitesLoaded();
    void loadFailed(const QString &reason);
    void saved(const papo::desk::WebsiteSettings &website);
    void saveFailed(const QString &reason);

private:
    void send(const QJsonObject &update);
    QString errorText(const RequestReply &reply) const;

    ServerConnection *m_connection;
    QList<WebsiteSettings> m_websites;
    WidgetTextDefaults m_defaults;
    bool m_loaded = false;
};

} // namespace papo::desk
