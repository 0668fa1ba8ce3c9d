#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace papo::common {

JsonObjectWriter::JsonObjectWriter()
{
    m_json.reserve(512);
    m_json.append('{');
}

void JsonObjectWriter::key(QLatin1StringView key)
{
    if (m_json.size() > 1)
        m_json.append(',');
    m_json.append('"').append(key.data(), key.size()).append("\":");
}

JsonObjectWriter &JsonObjectWriter::add(QLatin1StringView name, const QString &value)
{
    key(name);
    appendJsonString(m_json, value);
    return *this;
}

JsonObjectWriter &JsonObjectWriter::add(QLatin1StringView name, qint64 value)
{
    key(name);
    m_json.append(QByteArray::number(value));
    return *this;
}

JsonObjectWriter &JsonObjectWriter::add(QLatin1StringView name, bool value)
{
    key(name);
    m_json.append(value ? "true" : "false");
    return *this;
}

JsonObjectWriter &JsonObjectWriter::add(QLatin1StringView name, const QJsonObject &value)
{
    return addRaw(name, value.isEmpty() ? QByteArrayView("{}")
                                        : QJsonDocument(value).toJson(QJsonDocument::Compact));
}

JsonObjectWriter &JsonObjectWriter::add(QLatin1StringView name, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return addNull(name);
    case QJsonValue::Bool:
        return add(name, value.toBool());
    case QJsonValue::String:
        return add(name, value.toString());
    case QJsonValue::Object:
        return add(name, value.toObject());
    default: { // a number or an array: as Qt writes it, from inside an array
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return addRaw(name, QByteArrayView(array).sliced(1, array.size() - 2));
    }
    }
}

JsonObjectWriter &JsonObjectWriter::addNull(QLatin1StringView name)
{
    return addRaw(name, "null");
}

JsonObjectWriter &JsonObjectWriter::addRaw(QLatin1StringView name, QByteArrayView json)
{
    key(name);
    m_json.append(json);
    return *this;
}

JsonObjectWriter &JsonObjectWriter::addIdOrNull(QLatin1StringView name, qint64 id)
{
    return id > 0 ? add(name, id) : addNull(name);
}

JsonObjectWriter &JsonObjectWriter::addStringOrNull(QLatin1StringView name, const QString &value)
{
    return value.isEmpty() ? addNull(name) : add(name, value);
}

QByteArray JsonObjectWriter::take()
{
    m_json.append('}');
    return std::move(m_json);
}

void appendJsonString(QByteArray &out, const QString &text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out.append('"');
    qsizetype plainFrom = 0; // runs that need no escaping are copied whole
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.constData() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            out.append("\\u00").append(Hex[c >> 4]).append(Hex[c & 0xf]);
        }
    }
    out.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
    out.append('"');
}

} // namespace papo::common
