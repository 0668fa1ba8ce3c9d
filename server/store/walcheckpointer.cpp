#include "walcheckpointer.h"

#include "sqlconnection.h"
#include "sqliteresult.h"

#include <QSqlDatabase>
#include <QUuid>

#include <sqlite3.h>

namespace papo::server {

WalCheckpointer::WalCheckpointer(const DatabaseUrl &database)
    : m_database(database)
{
    m_thread = std::thread([this] { run(); });
}

WalCheckpointer::~WalCheckpointer()
{
    if (m_writer)
        sqlite3_wal_hook(m_writer, nullptr, nullptr); // the writer is this thread's
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

bool WalCheckpointer::watch(sqlite3 *writer)
{
    {
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [this] { return m_connection != Connection::Opening; });
        if (m_connection == Connection::Failed)
            return false;
    }
    m_writer = writer;
    sqlite3_wal_hook(writer, &WalCheckpointer::committed, this); // replaces autocheckpoint
    return true;
}

int WalCheckpointer::committed(void *self, sqlite3 *writer, const char *, int pagesInLog)
{
    if (pagesInLog < PagesBeforeCheckpoint)
        return SQLITE_OK;
    if (pagesInLog >= PagesBeforeWriterCheckpoints) {
        sqlite3_wal_checkpoint_v2(writer, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        return SQLITE_OK;
    }
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    {
        std::lock_guard lock(checkpointer->m_mutex);
        checkpointer->m_due = true;
    }
    checkpointer->m_wake.notify_one();
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    const QString name
        = QStringLiteral("papo-checkpoint-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    sqlite3 *connection = nullptr;
    if (openSqlConnection(m_database, name, &error))
        connection = SqliteResult::connectionOf(QSqlDatabase::database(name, false).driver());
    else
        qWarning("WalCheckpointer: %s", qPrintable(error));
    {
        std::lock_guard lock(m_mutex);
        m_connection = connection ? Connection::Open : Connection::Failed;
    }
    m_wake.notify_all();
    while (connection) {
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || m_due; });
            if (m_stopping)
                break;
            m_due = false;
        }
        sqlite3_wal_checkpoint_v2(connection, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    }
    closeSqlConnection(name);
}

} // namespace papo::server
