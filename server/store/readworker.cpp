#include "readworker.h"

#include "sqlconnection.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace papo::server {

ReadWorker::ReadWorker(const DatabaseUrl &database, QObject *context)
    : m_database(database)
    , m_context(context)
{
    m_thread = std::thread([this] { run(); });
}

ReadWorker::~ReadWorker()
{
    stop();
}

void ReadWorker::submit(Work work, std::function<void()> done)
{
    {
        std::lock_guard lock(m_mutex);
        m_pending.push_back({std::move(work), std::move(done)});
    }
    m_wake.notify_one();
}

void ReadWorker::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void ReadWorker::run()
{
    const QString name
        = QStringLiteral("papo-reader-") + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    if (!openSqlConnection(m_database, name, &error))
        qWarning("ReadWorker: %s", qPrintable(error)); // every read then fails, and says so
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        // Long reads go through SQLite's pages by the thousand: mapped, each is read without a
        // system call and a copy.
        if (db.isOpen() && !m_database.isPostgreSql())
            QSqlQuery(db).exec(QStringLiteral("PRAGMA mmap_size=1073741824"));
        while (true) {
            Job job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_pending.empty(); });
                if (m_pending.empty())
                    break; // stopping, and everything submitted is done
                job = std::move(m_pending.front());
                m_pending.pop_front();
            }
            // A PostgreSQL connection that broke (a database restart) is opened again.
            if (db.isValid() && !db.isOpen())
                db.open();
            job.work(db);
            if (job.done)
                QMetaObject::invokeMethod(m_context, std::move(job.done), Qt::QueuedConnection);
        }
    }
    closeSqlConnection(name);
}

} // namespace papo::server
