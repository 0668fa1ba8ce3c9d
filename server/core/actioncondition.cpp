#include "actioncondition.h"

#include <QRegularExpression>
#include <QTime>

namespace papo::server {

namespace {

using Check = std::function<qint64(const VisitorFacts &)>;

qint64 holds(bool condition)
{
    return condition ? 0 : CompiledCondition::Never;
}

// "*" stands for any text; everything else is literal, and the whole URL must match.
QRegularExpression wildcard(const QString &pattern)
{
    QString expression;
    const QStringList parts = VisitorFacts::pageOf(pattern).split(QLatin1Char('*'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            expression += QStringLiteral(".*");
        expression += QRegularExpression::escape(parts.at(i));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(expression),
                              QRegularExpression::DotMatchesEverythingOption);
}

// Text conditions: is, contains, not_contains, case-insensitive (`pick` gives folded text).
std::optional<Check> textCheck(const QString &op, const QString &value,
                               const QString &(*pick)(const VisitorFacts &))
{
    const QString wanted = value.toCaseFolded();
    if (op == QLatin1String("is"))
        return [=](const VisitorFacts &f) { return holds(pick(f) == wanted); };
    if (op == QLatin1String("contains"))
        return [=](const VisitorFacts &f) { return holds(pick(f).contains(wanted)); };
    if (op == QLatin1String("not_contains"))
        return [=](const VisitorFacts &f) { return holds(!pick(f).contains(wanted)); };
    return std::nullopt;
}

// Elapsed-time conditions: at_least becomes true as time passes, less_than stops being so.
std::optional<Check> durationCheck(const QString &op, qint64 ms,
                                   qint64 (*pick)(const VisitorFacts &))
{
    if (op == QLatin1String("at_least"))
        return [=](const VisitorFacts &f) { return pick(f) >= ms ? 0 : ms - pick(f); };
    if (op == QLatin1String("less_than"))
        return [=](const VisitorFacts &f) { return holds(pick(f) < ms); };
    return std::nullopt;
}

std::optional<double> number(const QString &text)
{
    bool ok = false;
    QString cleaned = text.trimmed();
    // Pages send "1.234,50" as often as "1234.50": a comma after the last dot is decimal.
    if (cleaned.contains(QLatin1Char(','))
        && cleaned.lastIndexOf(QLatin1Char(',')) > cleaned.lastIndexOf(QLatin1Char('.')))
        cleaned = cleaned.remove(QLatin1Char('.')).replace(QLatin1Char(','), QLatin1Char('.'));
    else
        cleaned.remove(QLatin1Char(','));
    const double value = cleaned.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

std::optional<Check> fieldCheck(const QString &op, const QString &name, const QString &value)
{
    const QString wanted = value.toCaseFolded();
    const auto text
        = [name](const VisitorFacts &f) { return f.fields.value(name).toString().toCaseFolded(); };
    if (op == QLatin1String("equals"))
        return [=](const VisitorFacts &f) { return holds(text(f) == wanted); };
    if (op == QLatin1String("contains"))
        return [=](const VisitorFacts &f) { return holds(text(f).contains(wanted)); };
    const auto limit = number(value);
    if (!limit)
        return std::nullopt;
    const double bound = *limit;
    const auto compare = [name](const VisitorFacts &f, auto predicate) {
        const auto actual = number(f.fields.value(name).toString());
        return holds(actual && predicate(*actual));
    };
    if (op == QLatin1String("less_than"))
        return
            [=](const VisitorFacts &f) { return compare(f, [&](double v) { return v < bound; }); };
    if (op == QLatin1String("more_than"))
        return
            [=](const VisitorFacts &f) { return compare(f, [&](double v) { return v > bound; }); };
    if (op == QLatin1String("number_equals"))
        return
            [=](const VisitorFacts &f) { return compare(f, [&](double v) { return v == bound; }); };
    return std::nullopt;
}

std::optional<Check> choiceCheck(const QString &op, const QString &value, const QString &yes,
                                 const QString &no, bool (*pick)(const VisitorFacts &))
{
    if (op != QLatin1String("is") || (value != yes && value != no))
        return std::nullopt;
    const bool wanted = value == yes;
    return [=](const VisitorFacts &f) { return holds(pick(f) == wanted); };
}

std::optional<Check> weekdayCheck(const QString &op, const QString &value)
{
    QList<int> days;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int day = part.trimmed().toInt(&ok);
        if (!ok || day < 1 || day > 7)
            return std::nullopt;
        days << day;
    }
    if (op != QLatin1String("in") || days.isEmpty())
        return std::nullopt;
    return
        [=](const VisitorFacts &f) { return holds(days.contains(f.localTime.date().dayOfWeek())); };
}

// "09:00-18:00"; "22:00-06:00" runs over midnight.
std::optional<Check> timeOfDayCheck(const QString &op, const QString &value)
{
    const QStringList bounds = value.split(QLatin1Char('-'));
    if (op != QLatin1String("between") || bounds.size() != 2)
        return std::nullopt;
    const QTime from = QTime::fromString(bounds.at(0).trimmed(), QStringLiteral("HH:mm"));
    const QTime to = QTime::fromString(bounds.at(1).trimmed(), QStringLiteral("HH:mm"));
    if (!from.isValid() || !to.isValid() || from == to)
        return std::nullopt;
    return [=](const VisitorFacts &f) {
        const QTime now = f.localTime.time();
        return holds(from < to ? (now >= from && now < to) : (now >= from || now < to));
    };
}

std::optional<Check> urlCheck(const QString &op, const QString &value)
{
    if (op == QLatin1String("matches")) {
        const QRegularExpression pattern = wildcard(value);
        return
            [=](const VisitorFacts &f) { return holds(pattern.match(f.comparableUrl).hasMatch()); };
    }
    if (op == QLatin1String("is")) {
        const QString wanted = VisitorFacts::pageOf(value);
        return [=](const VisitorFacts &f) { return holds(f.comparableUrl == wanted); };
    }
    return textCheck(op, value,
                     [](const VisitorFacts &f) -> const QString & { return f.foldedUrl; });
}

std::optional<Check> build(const ActionCondition &c, QString *error)
{
    const QString &field = c.field;
    const QString &op = c.op;
    bool isNumber = false;
    const qint64 seconds = c.value.trimmed().toLongLong(&isNumber);
    const auto duration = [&](qint64 (*pick)(const VisitorFacts &)) -> std::optional<Check> {
        if (!isNumber || seconds < 0 || seconds > 86400) {
            *error = QStringLiteral("\"%1\" needs a number of seconds from 0 to 86400.").arg(field);
            return std::nullopt;
        }
        return durationCheck(op, seconds * 1000, pick);
    };
    if (field == QLatin1String("url")) {
        if (c.value.trimmed().isEmpty()
            || c.value.contains(QRegularExpression(QStringLiteral("\\s")))) {
            *error = QStringLiteral("\"url\" needs an address or a pattern without spaces, "
                                    "such as https://shop.example/cart*.");
            return std::nullopt;
        }
        return urlCheck(op, c.value.trimmed());
    }
    if (field == QLatin1String("title"))
        return textCheck(op, c.value,
                         [](const VisitorFacts &f) -> const QString & { return f.foldedTitle; });
    if (field == QLatin1String("referrer"))
        return textCheck(op, c.value,
                         [](const VisitorFacts &f) -> const QString & { return f.foldedReferrer; });
    if (field == QLatin1String("city"))
        return textCheck(op, c.value,
                         [](const VisitorFacts &f) -> const QString & { return f.foldedCity; });
    if (field == QLatin1String("country")) {
        const QString wanted = c.value.trimmed().toCaseFolded();
        if (op != QLatin1String("is") && op != QLatin1String("is_not"))
            return std::nullopt;
        const bool negate = op == QLatin1String("is_not");
        return [=](const VisitorFacts &f) {
            const bool same = f.countryCode.compare(wanted, Qt::CaseInsensitive) == 0
                              || f.country.compare(wanted, Qt::CaseInsensitive) == 0;
            return holds(same != negate);
        };
    }
    if (field == QLatin1String("language")) {
        // "pt" takes in pt-BR and pt-PT; "pt-br" only the first.
        const QString wanted = c.value.trimmed().toCaseFolded();
        if ((op != QLatin1String("is") && op != QLatin1String("is_not")) || wanted.isEmpty())
            return std::nullopt;
        const bool negate = op == QLatin1String("is_not");
        return [=](const VisitorFacts &f) {
            const QString &language = f.foldedLanguage;
            const bool same = language == wanted || language.startsWith(wanted + QLatin1Char('-'));
            return holds(same != negate);
        };
    }
    if (field == QLatin1String("time_on_page") || field == QLatin1String("no_page_change"))
        return duration([](const VisitorFacts &f) { return f.msOnPage; });
    if (field == QLatin1String("time_on_site"))
        return duration([](const VisitorFacts &f) { return f.msOnSite; });
    if (field == QLatin1String("pages")) {
        if (!isNumber || seconds < 0 || seconds > 10000) {
            *error = QStringLiteral("\"pages\" needs a number of pages from 0 to 10000.");
            return std::nullopt;
        }
        const int pages = int(seconds);
        if (op == QLatin1String("at_least"))
            return [=](const VisitorFacts &f) { return holds(f.pagesThisVisit >= pages); };
        if (op == QLatin1String("at_most"))
            return [=](const VisitorFacts &f) { return holds(f.pagesThisVisit <= pages); };
        if (op == QLatin1String("equals"))
            return [=](const VisitorFacts &f) { return holds(f.pagesThisVisit == pages); };
        return std::nullopt;
    }
    if (field == QLatin1String("visitor"))
        return choiceCheck(op, c.value, QStringLiteral("returning"), QStringLiteral("new"),
                           [](const VisitorFacts &f) { return f.returning; });
    if (field == QLatin1String("chatted"))
        return choiceCheck(op, c.value, QStringLiteral("yes"), QStringLiteral("no"),
                           [](const VisitorFacts &f) { return f.chattedBefore; });
    if (field == QLatin1String("window"))
        return choiceCheck(op, c.value, QStringLiteral("open"), QStringLiteral("closed"),
                           [](const VisitorFacts &f) { return f.windowOpen; });
    if (field == QLatin1String("mode"))
        return choiceCheck(op, c.value, QStringLiteral("live"), QStringLiteral("messenger"),
                           [](const VisitorFacts &f) { return f.live; });
    if (field == QLatin1String("group")) {
        bool ok = false;
        const qint64 groupId = c.value.toLongLong(&ok);
        if (!ok || groupId < 0 || (op != QLatin1String("is") && op != QLatin1String("is_not")))
            return std::nullopt;
        const bool negate = op == QLatin1String("is_not");
        return [=](const VisitorFacts &f) { return holds((f.groupId == groupId) != negate); };
    }
    if (field == QLatin1String("field")) {
        if (c.name.trimmed().isEmpty()) {
            *error = QStringLiteral("\"field\" needs the name of a visitor data field.");
            return std::nullopt;
        }
        auto check = fieldCheck(op, c.name.trimmed(), c.value);
        if (!check
            && (op == QLatin1String("less_than") || op == QLatin1String("more_than")
                || op == QLatin1String("number_equals")))
            *error = QStringLiteral("\"field\" %1 needs a number, not \"%2\".").arg(op, c.value);
        return check;
    }
    if (field == QLatin1String("weekday"))
        return weekdayCheck(op, c.value);
    if (field == QLatin1String("time_of_day"))
        return timeOfDayCheck(op, c.value);
    *error = QStringLiteral("There is no condition \"%1\".").arg(field);
    return std::nullopt;
}

} // namespace

QJsonObject ActionCondition::toJson() const
{
    QJsonObject object{{QLatin1String("field"), field},
                       {QLatin1String("op"), op},
                       {QLatin1String("value"), value}};
    if (!name.isEmpty())
        object.insert(QLatin1String("name"), name);
    return object;
}

ActionCondition ActionCondition::fromJson(const QJsonObject &object)
{
    const QJsonValue value = object.value(QLatin1String("value"));
    return {object.value(QLatin1String("field")).toString(),
            object.value(QLatin1String("op")).toString(),
            value.isDouble() ? QString::number(value.toDouble()) : value.toString(),
            object.value(QLatin1String("name")).toString()};
}

std::optional<CompiledCondition> CompiledCondition::compile(const ActionCondition &condition,
                                                            QString *error)
{
    QString why;
    auto check = build(condition, &why);
    if (check)
        return CompiledCondition(std::move(*check));
    *error = !why.isEmpty() ? why
                            : QStringLiteral("Condition \"%1\" cannot use \"%2\" with \"%3\".")
                                  .arg(condition.field, condition.op, condition.value);
    return std::nullopt;
}

} // namespace papo::server
