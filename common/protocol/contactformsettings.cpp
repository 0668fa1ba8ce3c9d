#include "contactformsettings.h"

#include <QJsonArray>

namespace papo::common {

namespace {

const char *const onlineNames[] = {"off", "always", "slow"};

QString readBool(const QJsonObject &wire, QLatin1String name, bool *out)
{
    if (!wire.contains(name))
        return {};
    if (!wire.value(name).isBool())
        return QStringLiteral("\"contactForm.%1\" must be true or false.").arg(name);
    *out = wire.value(name).toBool();
    return {};
}

QString readField(const QJsonValue &value, int index, ContactFormField *field)
{
    const QString name = QStringLiteral("\"contactForm.fields.%1\"").arg(index);
    if (!value.isObject())
        return name + QStringLiteral(" must be an object with a label.");
    const QJsonObject object = value.toObject();
    field->label = object.value(QLatin1String("label")).toString().simplified();
    if (field->label.isEmpty())
        return name + QStringLiteral(" needs a label.");
    if (field->label.size() > ContactFormSettings::MaxLabelChars)
        return name
               + QStringLiteral(" may have at most %1 characters.")
                     .arg(ContactFormSettings::MaxLabelChars);
    const QJsonValue required = object.value(QLatin1String("required"));
    if (!required.isUndefined() && !required.isBool())
        return name + QStringLiteral(": \"required\" must be true or false.");
    field->required = required.toBool();
    const QString type = object.value(QLatin1String("type")).toString(QStringLiteral("text"));
    if (type != QLatin1String("text") && type != QLatin1String("phone"))
        return name + QStringLiteral(": \"type\" must be text or phone.");
    field->phone = type == QLatin1String("phone");
    return {};
}

QString readFields(const QJsonValue &value, QList<ContactFormField> *fields)
{
    if (!value.isArray() || value.toArray().size() > ContactFormSettings::MaxFields)
        return QStringLiteral("\"contactForm.fields\" must be a list of at most %1 questions.")
            .arg(ContactFormSettings::MaxFields);
    const QJsonArray list = value.toArray();
    int phones = 0;
    for (int i = 0; i < list.size(); ++i) {
        ContactFormField field;
        const QString problem = readField(list.at(i), i, &field);
        if (!problem.isEmpty())
            return problem;
        for (const ContactFormField &earlier : std::as_const(*fields))
            if (earlier.label.compare(field.label, Qt::CaseInsensitive) == 0)
                return QStringLiteral("\"contactForm.fields.%1\": \"%2\" is asked twice.")
                    .arg(i)
                    .arg(field.label);
        phones += field.phone ? 1 : 0;
        if (phones > 1)
            return QStringLiteral("\"contactForm.fields\": only one question may ask for the "
                                  "phone number.");
        fields->append(field);
    }
    return {};
}

} // namespace

std::optional<ContactFormSettings> ContactFormSettings::read(const QJsonObject &wire,
                                                             QString *problem)
{
    ContactFormSettings settings;
    if (wire.contains(QLatin1String("online"))) {
        const QString online = wire.value(QLatin1String("online")).toString();
        const auto found
            = std::find_if(std::begin(onlineNames), std::end(onlineNames),
                           [&](const char *name) { return online == QLatin1String(name); });
        if (found == std::end(onlineNames)) {
            *problem = QStringLiteral("\"contactForm.online\" must be off, always or slow.");
            return std::nullopt;
        }
        settings.online = Online(found - std::begin(onlineNames));
    }
    if (wire.contains(QLatin1String("slowSeconds"))) {
        const QJsonValue seconds = wire.value(QLatin1String("slowSeconds"));
        const double value = seconds.toDouble(-1);
        if (!seconds.isDouble() || value != int(value) || value < MinSlowSeconds
            || value > MaxSlowSeconds) {
            *problem = QStringLiteral("\"contactForm.slowSeconds\" must be %1 to %2 seconds.")
                           .arg(MinSlowSeconds)
                           .arg(MaxSlowSeconds);
            return std::nullopt;
        }
        settings.slowSeconds = int(value);
    }
    for (auto [name, out] : {std::pair(QLatin1String("enabled"), &settings.enabled),
                             std::pair(QLatin1String("nameRequired"), &settings.nameRequired),
                             std::pair(QLatin1String("emailRequired"), &settings.emailRequired),
                             std::pair(QLatin1String("consent"), &settings.consent),
                             std::pair(QLatin1String("holdLive"), &settings.holdLive),
                             std::pair(QLatin1String("holdMessenger"), &settings.holdMessenger)}) {
        *problem = readBool(wire, name, out);
        if (!problem->isEmpty())
            return std::nullopt;
    }
    if (wire.contains(QLatin1String("fields"))) {
        *problem = readFields(wire.value(QLatin1String("fields")), &settings.fields);
        if (!problem->isEmpty())
            return std::nullopt;
    }
    // Holding live chats for a form that is never asked live would hold them for ever.
    if (settings.holdLive && settings.online != Online::Always) {
        *problem = QStringLiteral("\"contactForm.holdLive\" needs the form asked in every live "
                                  "chat (\"online\": \"always\").");
        return std::nullopt;
    }
    return settings;
}

ContactFormSettings ContactFormSettings::fromStored(const QJsonObject &stored)
{
    QString problem;
    return read(stored, &problem).value_or(ContactFormSettings());
}

QJsonObject ContactFormSettings::toJson() const
{
    QJsonArray list;
    for (const ContactFormField &field : fields)
        list.append(QJsonObject{
            {QLatin1String("label"), field.label},
            {QLatin1String("required"), field.required},
            {QLatin1String("type"), field.phone ? QLatin1String("phone") : QLatin1String("text")}});
    return {{QLatin1String("enabled"), enabled},
            {QLatin1String("online"), QLatin1String(onlineNames[int(online)])},
            {QLatin1String("slowSeconds"), slowSeconds},
            {QLatin1String("nameRequired"), nameRequired},
            {QLatin1String("emailRequired"), emailRequired},
            {QLatin1String("fields"), list},
            {QLatin1String("consent"), consent},
            {QLatin1String("holdLive"), holdLive},
            {QLatin1String("holdMessenger"), holdMessenger}};
}

} // namespace papo::common
