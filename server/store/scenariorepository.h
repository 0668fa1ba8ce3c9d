#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace papo::server {

// A chatbot scenario as stored: its definition is JSON the server checked (BOT-1…4).
struct StoredScenario
{
    qint64 id = 0;
    QString name;
    QJsonObject definition;
};

// The only SQL about chatbot scenarios.
class ScenarioRepository final
{
public:
    explicit ScenarioRepository(QSqlDatabase db)
        : m_db(db)
    {}

    QList<StoredScenario> all();
    std::optional<StoredScenario> scenario(qint64 id);
    // Inserts (id 0) or updates; returns the id, 0 when the id is unknown.
    qint64 save(const StoredScenario &scenario);
    bool remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace papo::server
