#include "databasecopy.h"

#include "schemamigrator.h"
#include "sqlconnection.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <QUuid>

namespace papo::server {

namespace {

QString connectionName(const char *role)
{
    return QStringLiteral("papo-copy-%1-%2")
        .arg(QLatin1String(role), QUuid::createUuid().toString(QUuid::Id128));
}

bool isInteger(const QString &type)
{
    return type == QLatin1String("bigint") || type == QLatin1String("integer")
           || type == QLatin1String("smallint");
}

// A value as the target's column type holds it: SQLite's loose typing made strict.
QVariant typed(const QVariant &value, const QString &type)
{
    if (isInteger(type))
        return value.isNull() ? QVariant(QMetaType::fromType<qlonglong>()) : value.toLongLong();
    if (type == QLatin1String("bytea"))
        return value.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : value.toByteArray();
    return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : value.toString();
}

// A value in a form both databases agree on: kind, length, bytes.
void appendCanonical(QByteArray &row, const QVariant &value, const QString &type)
{
    QByteArray bytes;
    char kind = 'N';
    if (!value.isNull()) {
        if (isInteger(type)) {
            kind = 'I';
            bytes = QByteArray::number(value.toLongLong());
        } else if (type == QLatin1String("bytea")) {
            kind = 'B';
            bytes = value.toByteArray();
        } else {
            kind = 'T';
            bytes = value.toString().toUtf8();
        }
    }
    row.append(kind);
    const quint64 length = qToBigEndian(quint64(bytes.size()));
    row.append(reinterpret_cast<const char *>(&length), sizeof length);
    row.append(bytes);
}

QString failure(const QSqlQuery &query, const QString &what)
{
    return QStringLiteral("%1: %2").arg(what, query.lastError().text());
}

} // namespace

DatabaseCopy::DatabaseCopy(const DatabaseUrl &source, const DatabaseUrl &target)
    : m_source(source)
    , m_target(target)
    , m_sourceName(connectionName("source"))
    , m_targetName(connectionName("target"))
{}

DatabaseCopy::~DatabaseCopy()
{
    closeSqlConnection(m_sourceName);
    closeSqlConnection(m_targetName);
}

bool DatabaseCopy::openBoth(QString *error)
{
    if (m_source.isPostgreSql() || !m_target.isPostgreSql()) {
        *error = QStringLiteral("--migrate-to copies a SQLite database into PostgreSQL: give "
                                "it a postgresql:// URL, and the SQLite database with "
                                "--data-dir or --database sqlite:PATH");
        return false;
    }
    if (!QFileInfo(m_source.sqlitePath()).isFile()) {
        *error = QStringLiteral("There is no SQLite database at %1").arg(m_source.sqlitePath());
        return false;
    }
    {
        // Read-only: the file is left exactly as it was.
        QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_sourceName);
        source.setDatabaseName(m_source.sqlitePath());
        source.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!source.open()) {
            *error = QStringLiteral("Cannot open %1: %2")
                         .arg(m_source.redacted(), source.lastError().text());
            return false;
        }
    }
    return openSqlConnection(m_target, m_targetName, error);
}

bool DatabaseCopy::refuseNonEmptyTarget(QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_targetName, false));
    if (!query.exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                   "WHERE table_schema = current_schema() ORDER BY table_name"))) {
        *error = failure(query, QStringLiteral("Cannot list the target's tables"));
        return false;
    }
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    if (tables.isEmpty())
        return true;
    *error = QStringLiteral("%1 is not empty (it has %2): --migrate-to copies into an empty "
                            "database only, e.g. one made with `createdb -O papo papo`")
                 .arg(m_target.redacted(), tables.mid(0, 5).join(QStringLiteral(", ")));
    return false;
}

QStringList DatabaseCopy::tablesInCopyOrder(QString *error)
{
    QSqlDatabase target = QSqlDatabase::database(m_targetName, false);
    QSqlQuery query(target);
    QStringList pending;
    if (query.exec(QStringLiteral(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = "
            "current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'schema_version' "
            // Report summaries are derived: the target's triggers mark every copied chat, and
            // its first report summarizes them again.
            "AND table_name NOT IN ('report_changes', 'report_chats', 'report_days', "
            "'report_zones') ORDER BY table_name"))) {
        while (query.next())
            pending << query.value(0).toString();
    }
    // A table comes after the tables its foreign keys point to.
    QMultiHash<QString, QString> dependsOn;
    if (!query.exec(QStringLiteral(
            "SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint "
            "WHERE contype = 'f' AND connamespace = "
            "(SELECT oid FROM pg_namespace WHERE nspname = current_schema())"))) {
        *error = failure(query, QStringLiteral("Cannot read the target's foreign keys"));
        return {};
    }
    while (query.next()) {
        if (query.value(0) != query.value(1))
            dependsOn.insert(query.value(0).toString(), query.value(1).toString());
    }
    QStringList ordered;
    while (!pending.isEmpty()) {
        const auto ready = std::find_if(pending.begin(), pending.end(), [&](const QString &table) {
            const QStringList needs = dependsOn.values(table);
            return std::all_of(needs.begin(), needs.end(),
                               [&](const QString &need) { return ordered.contains(need); });
        });
        if (ready == pending.end()) {
            *error = QStringLiteral("The foreign keys of %1 form a cycle")
                         .arg(pending.join(QStringLiteral(", ")));
            return {};
        }
        ordered << *ready;
        pending.erase(ready);
    }
    return ordered;
}

QList<DatabaseCopy::Column> DatabaseCopy::columnsOf(const QString &table)
{
    QSqlQuery query(QSqlDatabase::database(m_targetName, false));
    query.prepare(QStringLiteral("SELECT column_name, data_type FROM information_schema.columns "
                                 "WHERE table_schema = current_schema() AND table_name = ? "
                                 "ORDER BY ordinal_position"));
    query.addBindValue(table);
    QList<Column> columns;
    if (query.exec()) {
        while (query.next())
            columns.append({query.value(0).toString(), query.value(1).toString()});
    }
    return columns;
}

bool DatabaseCopy::copyTable(const QString &table, QString *error)
{
    const QList<Column> columns = columnsOf(table);
    QStringList names;
    for (const Column &column : columns)
        names << column.name;
    // Names from the target's catalog, of tables our migrations made: plain words, unquoted,
    // so SQLite's implicit rowid answers to `rowid` too.
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    for (const QString &name : names + QStringList{table}) {
        if (!plain.match(name).hasMatch()) {
            *error = QStringLiteral("Unexpected name \"%1\" in the target's schema").arg(name);
            return false;
        }
    }
    QSqlQuery read(QSqlDatabase::database(m_sourceName, false));
    read.setForwardOnly(true);
    if (!read.exec(
            QStringLiteral("SELECT %1 FROM %2").arg(names.join(QLatin1String(", ")), table))) {
        *error = failure(read,
                         QStringLiteral("Cannot read %1 from %2").arg(table, m_source.redacted()));
        return false;
    }
    QSqlQuery write(QSqlDatabase::database(m_targetName, false));
    QStringList marks(names.size(), QStringLiteral("?"));
    if (!write.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, names.join(QLatin1String(", ")), marks.join(QLatin1String(", "))))) {
        *error = failure(write, QStringLiteral("Cannot write %1").arg(table));
        return false;
    }
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            write.bindValue(i, typed(read.value(i), columns.at(i).type));
        if (!write.exec()) {
            *error = failure(write, QStringLiteral("Cannot copy a row of %1").arg(table));
            return false;
        }
    }
    if (read.lastError().isValid()) {
        *error = failure(read, QStringLiteral("Cannot read %1").arg(table));
        return false;
    }
    return true;
}

bool DatabaseCopy::resetIdentities(QString *error)
{
    // Rows came with their ids: each identity continues after the highest one.
    QSqlDatabase target = QSqlDatabase::database(m_targetName, false);
    QSqlQuery query(target);
    if (!query.exec(
            QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                           "WHERE table_schema = current_schema() AND is_identity = 'YES'"))) {
        *error = failure(query, QStringLiteral("Cannot list the identity columns"));
        return false;
    }
    while (query.next()) {
        const QString table = query.value(0).toString();
        const QString column = query.value(1).toString();
        QSqlQuery reset(target);
        if (!reset.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                       "COALESCE(MAX(%2), 0) + 1, false) FROM %1")
                            .arg(table, column))) {
            *error = failure(reset, QStringLiteral("Cannot continue the ids of %1").arg(table));
            return false;
        }
    }
    return true;
}

DatabaseCopy::Table DatabaseCopy::summarize(QSqlDatabase db, const QString &table,
                                            const QList<Column> &columns, QString *error)
{
    QStringList names;
    for (const Column &column : columns)
        names << column.name;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    Table summary{table, 0, {}};
    if (!query.exec(
            QStringLiteral("SELECT %1 FROM %2").arg(names.join(QLatin1String(", ")), table))) {
        *error = failure(query, QStringLiteral("Cannot read %1 back").arg(table));
        return summary;
    }
    // Order-free: the sum of every row's hash, so neither side needs to sort the same way.
    quint64 sum = 0;
    while (query.next()) {
        QByteArray row;
        for (int i = 0; i < columns.size(); ++i)
            appendCanonical(row, query.value(i), columns.at(i).type);
        const QByteArray digest = QCryptographicHash::hash(row, QCryptographicHash::Sha256);
        sum += qFromBigEndian<quint64>(digest.constData());
        ++summary.rows;
    }
    summary.checksum = QByteArray::number(sum, 16).rightJustified(16, '0');
    return summary;
}

bool DatabaseCopy::run(const std::function<void(const QString &)> &progress, QString *error)
{
    error->clear();
    if (!openBoth(error))
        return false;
    QSqlDatabase source = QSqlDatabase::database(m_sourceName, false);
    QSqlDatabase target = QSqlDatabase::database(m_targetName, false);
    m_sourceVersion = SchemaMigrator(source).version();
    const int latest = SchemaMigrator::latestVersion();
    if (m_sourceVersion <= 0 || m_sourceVersion > latest) {
        *error = m_sourceVersion <= 0
                     ? QStringLiteral("%1 is not a papo-server database").arg(m_source.redacted())
                     : QStringLiteral("%1 has schema version %2, newer than this papo-server "
                                      "(%3): migrate with the papo-server that wrote it")
                           .arg(m_source.redacted())
                           .arg(m_sourceVersion)
                           .arg(latest);
        return false;
    }
    if (!refuseNonEmptyTarget(error))
        return false;
    // One read transaction: a consistent snapshot of the source.
    QSqlQuery(source).exec(QStringLiteral("BEGIN"));
    if (!target.transaction()) {
        *error = target.lastError().text();
        return false;
    }
    const auto fail = [&] {
        target.rollback();
        return false;
    };
    SchemaMigrator migrator(target);
    if (!migrator.lockSchema(error) || !migrator.apply(0, m_sourceVersion, error))
        return fail();
    progress(QStringLiteral("Schema version %1 created in %2")
                 .arg(m_sourceVersion)
                 .arg(m_target.redacted()));
    const QStringList tables = tablesInCopyOrder(error);
    if (tables.isEmpty())
        return fail();
    // Rows the migrations wrote (stream_positions' counter) come from the source as well.
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
        QSqlQuery clear(target);
        if (!clear.exec(QStringLiteral("DELETE FROM %1").arg(*table))) {
            *error = failure(clear, QStringLiteral("Cannot empty %1").arg(*table));
            return fail();
        }
    }
    for (const QString &table : tables) {
        if (!copyTable(table, error))
            return fail();
    }
    if (!resetIdentities(error))
        return fail();
    for (const QString &table : tables) {
        const QList<Column> columns = columnsOf(table);
        const Table original = summarize(source, table, columns, error);
        const Table copy = summarize(target, table, columns, error);
        if (!error->isEmpty())
            return fail();
        if (original.rows != copy.rows || original.checksum != copy.checksum) {
            *error = QStringLiteral("The copy of %1 differs: %2 rows (checksum %3) in SQLite, %4 "
                                    "(checksum %5) in PostgreSQL; nothing was kept")
                         .arg(table)
                         .arg(original.rows)
                         .arg(QString::fromLatin1(original.checksum))
                         .arg(copy.rows)
                         .arg(QString::fromLatin1(copy.checksum));
            return fail();
        }
        m_tables.append(copy);
        progress(QStringLiteral("  %1: %2 rows, checksum %3 matches")
                     .arg(table)
                     .arg(copy.rows)
                     .arg(QString::fromLatin1(copy.checksum)));
    }
    if (!migrator.apply(m_sourceVersion, latest, error))
        return fail();
    if (!target.commit()) {
        *error = target.lastError().text();
        return fail();
    }
    QSqlQuery(source).exec(QStringLiteral("ROLLBACK"));
    progress(QStringLiteral("Schema version %1 in %2").arg(latest).arg(m_target.redacted()));
    return true;
}

} // namespace papo::server
