#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace papo::common {

// Writes one compact JSON object member by member, straight into bytes: for objects built on
// hot paths (a visitor's summary at every page view), where a QJsonObject and its
// serialisation cost more than what they describe. Keys are ASCII with nothing to escape;
// strings are escaped as JSON requires. Members come out in the order written.
class JsonObjectWriter final
{
public:
    JsonObjectWriter();

    JsonObjectWriter &add(QLatin1StringView key, const QString &value);
    JsonObjectWriter &add(QLatin1StringView key, qint64 value);
    JsonObjectWriter &add(QLatin1StringView key, int value) { return add(key, qint64(value)); }
    JsonObjectWriter &add(QLatin1StringView key, bool value);
    // A C string would silently become a bool: say QString or QLatin1String.
    JsonObjectWriter &add(QLatin1StringView key, const char *value) = delete;
    JsonObjectWriter &add(QLatin1StringView key, const QJsonObject &value);
    JsonObjectWriter &add(QLatin1StringView key, const QJsonValue &value);
    JsonObjectWriter &addNull(QLatin1StringView key);
    // `json`: a value already written, such as another writer's object.
    JsonObjectWriter &addRaw(QLatin1StringView key, QByteArrayView json);
    // Positive ids, else null (the protocol's "none").
    JsonObjectWriter &addIdOrNull(QLatin1StringView key, qint64 id);
    // A string, or null when empty.
    JsonObjectWriter &addStringOrNull(QLatin1StringView key, const QString &value);

    // The object, closed. The writer is spent.
    QByteArray take();

private:
    void key(QLatin1StringView key);

    QByteArray m_json;
};

// `text` as a JSON string, quotes included, appended to `out`.
void appendJsonString(QByteArray &out, const QString &text);

} // namespace papo::common
