#pragma once

#include <QSqlDatabase>

namespace papo::server {

// All or nothing for a few statements on one connection: rolled back unless committed.
class SqlTransaction final
{
public:
    explicit SqlTransaction(QSqlDatabase db)
        : m_db(db)
        , m_open(m_db.transaction())
    {}
    ~SqlTransaction()
    {
        if (m_open)
            m_db.rollback();
    }
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool isOpen() const { return m_open; }
    bool commit()
    {
        if (!m_open)
            return false;
        m_open = false;
        return m_db.commit() || (m_db.rollback(), false);
    }

private:
    QSqlDatabase m_db;
    bool m_open;
};

} // namespace papo::server
