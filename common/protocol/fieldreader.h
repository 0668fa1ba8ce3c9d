#pragma once

#include "errorcode.h"

#include <QJsonObject>
#include <QString>

namespace papo::common {

// Reads and validates the fields of a request's "d" object. The first failure is kept,
// so a handler reads every field and then checks ok() once.
class FieldReader final
{
public:
    explicit FieldReader(const QJsonObject &data)
        : m_data(data)
    {}

    QString requiredString(const QString &name, int minChars, int maxChars);
    QString optionalString(const QString &name, int maxChars);
    QString clientId(const QString &name = QStringLiteral("cid"));
    QString messageText(const QString &name = QStringLiteral("text"));
    // CHT-9: a message with an attachment may have no text.
    QString optionalMessageText(const QString &name = QStringLiteral("text"));
    // CHT-9: the id of an uploaded attachment; empty when absent.
    QString attachmentId(const QString &name = QStringLiteral("attachmentId"));
    qint64 requiredId(const QString &name);
    qint64 optionalInteger(const QString &name, qint64 fallback, qint64 min, qint64 max);
    bool optionalBool(const QString &name, bool fallback);
    // An object of short names to texts; numbers, booleans, lists and objects become their
    // JSON text, null stays null (it means "remove").
    QJsonObject optionalTextMap(const QString &name, int maxEntries, int maxKeyChars,
                                int maxValueChars);

    bool ok() const { return m_error.isEmpty(); }
    ErrorCode errorCode() const { return ok() ? ErrorCode::None : ErrorCode::InvalidField; }
    QString errorMessage() const { return m_error; }

private:
    void fail(const QString &message);
    // True (and the reader fails) when text holds U+0000.
    bool refuseNul(const QString &name, const QString &text);

    QJsonObject m_data;
    QString m_error;
};

} // namespace papo::common
