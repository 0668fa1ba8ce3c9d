#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

namespace papo::desk {

class ActionModel;
class ServerConnection;

// Settings → Automatic actions (ACT-1…6), for owners and admins: the actions with how often
// each fired this week, the templates, and save, switch on or off, duplicate and delete.
// Loaded when the pane asks; the server checks every action and names the field it refuses.
class ActionController final : public QObject
{
    Q_OBJECT

public:
    explicit ActionController(ServerConnection *connection, QObject *parent = nullptr);

    ActionModel *actions() const { return m_actions; }
    const QJsonArray &templates() const { return m_templates; }

    void refresh();
    // `language`: the templates' texts ("pt", "es", else English).
    void loadTemplates(const QString &language);
    // An action's wire form (docs/protocol.md); without id it is created.
    void save(const QJsonObject &action);
    void setEnabled(qint64 id, bool enabled);
    void duplicate(qint64 id);
    void remove(qint64 id);
    // ACT-2: the least time between two targeted messages to one visitor, and the zone of the
    // day and time conditions (IANA; empty: UTC).
    void saveRules(int intervalSeconds, const QString &timeZone);
    int intervalSeconds() const { return m_intervalSeconds; }
    QString timeZone() const { return m_timeZone; }

signals:
    void loaded();
    void templatesLoaded();
    void saved(qint64 id);
    void rulesLoaded();
    void failed(const QString &reason);

private:
    ServerConnection *m_connection;
    ActionModel *m_actions;
    QJsonArray m_templates;
    int m_intervalSeconds = 300;
    QString m_timeZone;
};

} // namespace papo::desk
