#include "backupcommand.h"

#include <databaselock.h>
#include <paposerver.h>
#include <sqlitebackup.h>

#include <QFileInfo>

#include <cstdio>

namespace papo::server {

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "papo-server: %s\n", qPrintable(message));
    return 1;
}

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

QString describe(const SqliteFileFacts &facts)
{
    return QStringLiteral("schema version %1, %2 conversations, %3 messages")
        .arg(facts.schemaVersion)
        .arg(facts.conversations)
        .arg(facts.messages);
}

} // namespace

BackupCommand::BackupCommand(std::optional<DatabaseUrl> database, QString dataDir)
    : m_database(database.value_or(PapoServer::defaultDatabase(dataDir)))
{}

int BackupCommand::backup(const QString &file)
{
    if (m_database.isPostgreSql())
        return fail(
            QStringLiteral("backup copies SQLite databases; back up PostgreSQL with its own tools, "
                           "while papo-server runs: pg_dump --format=custom --file=%1 '%2' "
                           "(docs/scaling.md, \"Backups\")")
                .arg(file, m_database.redacted()));
    SqliteFileFacts facts;
    QString error;
    if (!SqliteBackup::backup(m_database.sqlitePath(), file, &facts, &error))
        return fail(QStringLiteral("backup: %1").arg(error));
    say(QStringLiteral("Backed up %1 to %2 (%3).")
            .arg(QFileInfo(m_database.sqlitePath()).absoluteFilePath(),
                 QFileInfo(file).absoluteFilePath(), describe(facts)));
    say(QStringLiteral("Attachments and photos are files in the data directory: copy it too "
                       "(docs/scaling.md, \"Backups\")."));
    return 0;
}

int BackupCommand::restore(const QString &file)
{
    if (m_database.isPostgreSql())
        return fail(QStringLiteral(
            "restore puts back SQLite backups; restore a pg_dump file with pg_restore "
            "into an empty database, then start papo-server with --database on it "
            "(docs/scaling.md, \"Backups\")"));
    const QString target = m_database.sqlitePath();
    SqliteFileFacts facts;
    QString error;
    // Checked before the lock: a bad file is refused the same whether a server runs or not.
    if (!SqliteBackup::inspect(file, &facts, &error))
        return fail(QStringLiteral("restore refused, nothing was changed: %1").arg(error));
    DatabaseLock lock;
    if (!lock.acquire(target, &error))
        return fail(QStringLiteral("restore refused, nothing was changed: %1").arg(error));
    QString kept;
    if (!SqliteBackup::restore(file, target, &facts, &kept, &error))
        return fail(QStringLiteral("restore: %1").arg(error));
    say(QStringLiteral("Restored %1 to %2 (%3).")
            .arg(QFileInfo(file).absoluteFilePath(), QFileInfo(target).absoluteFilePath(),
                 describe(facts)));
    if (!kept.isEmpty())
        say(QStringLiteral("The database it replaced is kept as %1.").arg(kept));
    say(QStringLiteral("Start papo-server on it; an older backup is upgraded on start."));
    return 0;
}

} // namespace papo::server
