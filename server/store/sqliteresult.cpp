#include "sqliteresult.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>

#include <sqlite3.h>

namespace papo::server {

namespace {

// As Qt's drivers decide it: since Qt 6 a QVariant holding a null QString is not null itself.
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(value.constData())->isValid();
    default:
        return false;
    }
}

} // namespace

SqliteResult::SqliteResult(const QSqlDriver *driver, sqlite3 *connection)
    : QSqlResult(driver)
    , m_connection(connection)
{
    setForwardOnly(true);
}

SqliteResult::~SqliteResult()
{
    sqlite3_finalize(m_statement); // a no-op on null
}

sqlite3 *SqliteResult::connectionOf(const QSqlDriver *driver)
{
    const QVariant handle = driver ? driver->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool SqliteResult::savePrepare(const QString &sql)
{
    setQuery(sql);
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    setLastError(QSqlError());
    m_prepareError = QSqlError();
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_firstRowWaiting = false;
    const QByteArray utf8 = sql.toUtf8();
    const char *rest = nullptr;
    const int code = sqlite3_prepare_v3(m_connection, utf8.constData(), int(utf8.size()),
                                        SQLITE_PREPARE_PERSISTENT, &m_statement, &rest);
    if (code != SQLITE_OK)
        fail(QStringLiteral("Unable to execute statement"), code);
    else if (rest && !QByteArrayView(rest).trimmed().isEmpty())
        setLastError(QSqlError(QStringLiteral("Unable to execute multiple statements at a time"),
                               QString(), QSqlError::StatementError));
    if (lastError().isValid()) {
        m_prepareError = lastError();
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return false;
    }
    const int parameters = sqlite3_bind_parameter_count(m_statement);
    m_values = QList<QVariant>(parameters);
    m_texts = QList<QByteArray>(parameters);
    return true;
}

bool SqliteResult::prepare(const QString &sql)
{
    return savePrepare(sql);
}

bool SqliteResult::reset(const QString &sql)
{
    return savePrepare(sql) && exec();
}

void SqliteResult::bindValue(int index, const QVariant &value, QSql::ParamType)
{
    if (index < 0)
        return;
    if (index >= m_values.size())
        m_values.resize(index + 1); // more values than parameters: exec() says so
    m_values[index] = value;
}

void SqliteResult::bindValue(const QString &placeholder, const QVariant &value,
                             QSql::ParamType type)
{
    if (!m_statement)
        return;
    const int parameter
        = sqlite3_bind_parameter_index(m_statement, placeholder.toUtf8().constData());
    if (parameter > 0)
        bindValue(parameter - 1, value, type);
}

bool SqliteResult::bindAll()
{
    const int parameters = sqlite3_bind_parameter_count(m_statement);
    if (m_values.size() != parameters) {
        setLastError(QSqlError(QStringLiteral("Parameter count mismatch"), QString(),
                               QSqlError::StatementError));
        m_values.resize(parameters);
        return false;
    }
    for (int i = 0; i < parameters; ++i) {
        const QVariant &value = m_values.at(i);
        const int parameter = i + 1;
        int code = SQLITE_OK;
        if (isNullValue(value)) {
            code = sqlite3_bind_null(m_statement, parameter);
        } else {
            switch (value.typeId()) {
            case QMetaType::QByteArray: {
                // The value stays in m_values, unchanged, until the next exec().
                const auto *bytes = static_cast<const QByteArray *>(value.constData());
                code = sqlite3_bind_blob(m_statement, parameter, bytes->constData(),
                                         int(bytes->size()), SQLITE_STATIC);
                break;
            }
            case QMetaType::Int:
            case QMetaType::Bool:
                code = sqlite3_bind_int(m_statement, parameter, value.toInt());
                break;
            case QMetaType::Double:
                code = sqlite3_bind_double(m_statement, parameter, value.toDouble());
                break;
            case QMetaType::UInt:
            case QMetaType::LongLong:
                code = sqlite3_bind_int64(m_statement, parameter, value.toLongLong());
                break;
            default: {
                m_texts[i] = value.typeId() == QMetaType::QDateTime
                                 ? value.toDateTime().toString(Qt::ISODateWithMs).toUtf8()
                                 : value.toString().toUtf8();
                code = sqlite3_bind_text(m_statement, parameter, m_texts.at(i).constData(),
                                         int(m_texts.at(i).size()), SQLITE_STATIC);
                break;
            }
            }
        }
        if (code != SQLITE_OK) {
            fail(QStringLiteral("Unable to bind parameters"), code);
            return false;
        }
    }
    return true;
}

bool SqliteResult::exec()
{
    setActive(false);
    setSelect(false);
    setAt(QSql::BeforeFirstRow);
    setLastError(QSqlError());
    m_firstRowWaiting = false;
    if (!m_statement) {
        setLastError(m_prepareError); // QSqlQuery::exec() cleared it
        return false;
    }
    sqlite3_reset(m_statement);
    if (!bindAll())
        return false;
    if (!step())
        return false;
    m_firstRowWaiting = at() != QSql::AfterLastRow;
    setAt(QSql::BeforeFirstRow);
    setSelect(sqlite3_column_count(m_statement) > 0);
    setActive(true);
    return true;
}

// One row further; the end of the rows resets the statement, so it holds no read snapshot.
bool SqliteResult::step()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW) {
        setAt(at() + 1);
        return true;
    }
    if (code == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        setAt(QSql::AfterLastRow);
        return true;
    }
    fail(QStringLiteral("Unable to fetch row"), code);
    sqlite3_reset(m_statement);
    setAt(QSql::AfterLastRow);
    return false;
}

void SqliteResult::fail(const QString &what, int code)
{
    setLastError(QSqlError(what, QString::fromUtf8(sqlite3_errmsg(m_connection)),
                           QSqlError::StatementError, QString::number(code)));
}

QVariant SqliteResult::data(int column)
{
    if (!m_statement || column < 0 || column >= sqlite3_data_count(m_statement))
        return QVariant();
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB:
        return QVariant(
            QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                       sqlite3_column_bytes(m_statement, column)));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)));
    }
    }
}

bool SqliteResult::isNull(int column)
{
    return !m_statement || sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

bool SqliteResult::fetchFirst()
{
    if (at() != QSql::BeforeFirstRow || !m_firstRowWaiting)
        return false;
    m_firstRowWaiting = false;
    setAt(0);
    return true;
}

bool SqliteResult::fetchNext()
{
    if (at() == QSql::BeforeFirstRow)
        return fetchFirst();
    if (at() == QSql::AfterLastRow || !m_statement)
        return false;
    return step() && at() != QSql::AfterLastRow;
}

bool SqliteResult::fetch(int row)
{
    return row == at() + 1 && fetchNext(); // forward only
}

bool SqliteResult::fetchLast()
{
    return false; // forward only: QSqlQuery::last() is not used on these statements
}

int SqliteResult::size()
{
    return -1; // as Qt's SQLite driver: unknown until read
}

int SqliteResult::numRowsAffected()
{
    return sqlite3_changes(m_connection);
}

QVariant SqliteResult::lastInsertId() const
{
    if (!isActive())
        return QVariant();
    const qint64 id = sqlite3_last_insert_rowid(m_connection);
    return id ? QVariant(id) : QVariant();
}

QSqlRecord SqliteResult::record() const
{
    QSqlRecord columns;
    if (!m_statement)
        return columns;
    for (int i = 0, count = sqlite3_column_count(m_statement); i < count; ++i)
        columns.append(QSqlField(QString::fromUtf8(sqlite3_column_name(m_statement, i))));
    return columns;
}

void SqliteResult::detachFromResultSet()
{
    if (m_statement)
        sqlite3_reset(m_statement);
    m_firstRowWaiting = false;
}

} // namespace papo::server
