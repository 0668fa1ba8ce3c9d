#include "fieldreader.h"

#include "protocollimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace papo::common {

namespace {

// The whole number a JSON number stands for, if a qint64 holds it exactly: beyond 2^53 a
// double skips integers, and converting one past 2^63 to qint64 is undefined (found by
// fuzzing: {"beforeId":97019947701994740993}).
std::optional<qint64> exactInteger(const QJsonValue &value)
{
    constexpr double Limit = 9007199254740992.0; // 2^53
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!(std::abs(number) <= Limit) || std::trunc(number) != number) // NaN fails the first
        return std::nullopt;
    return qint64(number);
}

} // namespace

void FieldReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

bool FieldReader::refuseNul(const QString &name, const QString &text)
{
    // No database keeps it faithfully (PostgreSQL refuses it in text), nor does anyone type it.
    if (!text.contains(QChar::Null))
        return false;
    fail(QStringLiteral("\"%1\" must not contain the NUL character (\\u0000).").arg(name));
    return true;
}

QString FieldReader::requiredString(const QString &name, int minChars, int maxChars)
{
    const QJsonValue value = m_data.value(name);
    if (!value.isString()) {
        fail(QStringLiteral("\"%1\" must be a string.").arg(name));
        return {};
    }
    const QString text = value.toString();
    if (refuseNul(name, text))
        return {};
    if (text.size() < minChars || text.size() > maxChars) {
        fail(QStringLiteral("\"%1\" must have %2 to %3 characters.")
                 .arg(name)
                 .arg(minChars)
                 .arg(maxChars));
        return {};
    }
    return text;
}

QString FieldReader::optionalString(const QString &name, int maxChars)
{
    const QJsonValue value = m_data.value(name);
    if (value.isUndefined() || value.isNull())
        return {};
    return requiredString(name, 0, maxChars);
}

QString FieldReader::clientId(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]+$"));
    const QString id = requiredString(name, Limits::MinClientIdChars, Limits::MaxClientIdChars);
    if (!id.isEmpty() && !pattern.match(id).hasMatch()) {
        fail(QStringLiteral("\"%1\" may contain only letters, digits, '-' and '_'.").arg(name));
        return {};
    }
    return id;
}

QString FieldReader::messageText(const QString &name)
{
    const QJsonValue value = m_data.value(name);
    if (!value.isString()) {
        fail(QStringLiteral("\"%1\" must be a string.").arg(name));
        return {};
    }
    const QString text = value.toString().trimmed();
    if (refuseNul(name, text))
        return {};
    if (text.isEmpty() || text.size() > Limits::MaxMessageChars) {
        fail(QStringLiteral("\"%1\" must have 1 to %2 characters.")
                 .arg(name)
                 .arg(Limits::MaxMessageChars));
        return {};
    }
    return text;
}

QString FieldReader::optionalMessageText(const QString &name)
{
    const QJsonValue value = m_data.value(name);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        fail(QStringLiteral("\"%1\" must be a string.").arg(name));
        return {};
    }
    const QString text = value.toString().trimmed();
    if (refuseNul(name, text))
        return {};
    if (text.size() > Limits::MaxMessageChars) {
        fail(QStringLiteral("\"%1\" must have at most %2 characters.")
                 .arg(name)
                 .arg(Limits::MaxMessageChars));
        return {};
    }
    return text;
}

QString FieldReader::attachmentId(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{16,64}$"));
    const QString id = optionalString(name, 64);
    if (!id.isEmpty() && !pattern.match(id).hasMatch()) {
        fail(QStringLiteral("\"%1\" is not an attachment id.").arg(name));
        return {};
    }
    return id;
}

qint64 FieldReader::requiredId(const QString &name)
{
    const std::optional<qint64> number = exactInteger(m_data.value(name));
    if (!number || *number < 1) {
        fail(QStringLiteral("\"%1\" must be a positive integer.").arg(name));
        return 0;
    }
    return *number;
}

qint64 FieldReader::optionalInteger(const QString &name, qint64 fallback, qint64 min, qint64 max)
{
    const QJsonValue value = m_data.value(name);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const std::optional<qint64> number = exactInteger(value);
    if (!number || *number < min || *number > max) {
        fail(
            QStringLiteral("\"%1\" must be an integer from %2 to %3.").arg(name).arg(min).arg(max));
        return fallback;
    }
    return *number;
}

bool FieldReader::optionalBool(const QString &name, bool fallback)
{
    const QJsonValue value = m_data.value(name);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool()) {
        fail(QStringLiteral("\"%1\" must be true or false.").arg(name));
        return fallback;
    }
    return value.toBool();
}

QJsonObject FieldReader::optionalTextMap(const QString &name, int maxEntries, int maxKeyChars,
                                         int maxValueChars)
{
    const QJsonValue value = m_data.value(name);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject() || value.toObject().size() > maxEntries) {
        fail(QStringLiteral("\"%1\" must be an object of at most %2 fields.")
                 .arg(name)
                 .arg(maxEntries));
        return {};
    }
    QJsonObject texts;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().trimmed().isEmpty() || it.key().size() > maxKeyChars) {
            fail(QStringLiteral("The field names of \"%1\" must have 1 to %2 characters.")
                     .arg(name)
                     .arg(maxKeyChars));
            return {};
        }
        QString text;
        switch (it.value().type()) {
        case QJsonValue::Null:
            texts.insert(it.key(), QJsonValue::Null);
            continue;
        case QJsonValue::String:
            text = it.value().toString();
            break;
        case QJsonValue::Array:
            text = QString::fromUtf8(
                QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact));
            break;
        case QJsonValue::Object:
            text = QString::fromUtf8(
                QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact));
            break;
        default: // numbers and booleans
            text = it.value().toVariant().toString();
        }
        if (text.size() > maxValueChars) {
            fail(QStringLiteral("\"%1\" in \"%2\" must have at most %3 characters.")
                     .arg(it.key(), name)
                     .arg(maxValueChars));
            return {};
        }
        texts.insert(it.key(), text);
    }
    return texts;
}

} // namespace papo::common
