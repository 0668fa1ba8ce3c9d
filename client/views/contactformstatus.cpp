#include "contactformstatus.h"
#include "tones.h"

#include "app/visitorcontroller.h"
#include "models/durationtext.h"

#include <QLocale>

namespace papo::desk {

namespace {

QString fullTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ContactFormStatus::ContactFormStatus(VisitorController *visitors, QWidget *parent)
    : QLabel(parent)
    , m_visitors(visitors)
{
    setObjectName(QStringLiteral("visitorContactFormLabel"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    Tones::setTone(this, Tones::Tone::Muted);
    connect(m_visitors, &VisitorController::visitorChanged, this, &ContactFormStatus::update);
    update();
}

void ContactFormStatus::update()
{
    // The panel's narrow column keeps each line whole with the chat list's times ("08:45"
    // today, the date before); the tooltip has the full date and time.
    setText(describe(&DurationText::clockTime));
    setToolTip(describe(&fullTime));
}

QString ContactFormStatus::describe(QString (*timeText)(const QDateTime &)) const
{
    const VisitorInfo &visitor = m_visitors->visitor();
    QString text;
    if (visitor.contactFormState == QLatin1String("filled"))
        text = tr("Filled in · %1").arg(timeText(visitor.contactFormAnsweredAt));
    else if (visitor.contactFormState == QLatin1String("skipped"))
        text = tr("Skipped · %1").arg(timeText(visitor.contactFormAnsweredAt));
    else if (visitor.contactFormState == QLatin1String("asked"))
        text = tr("Asked · %1, not filled in yet").arg(timeText(visitor.contactFormAskedAt));
    else
        text = tr("Not asked");
    if (visitor.marketingConsentAt.isValid())
        text += QLatin1Char('\n')
                + tr("Agreed to marketing email · %1").arg(timeText(visitor.marketingConsentAt));
    return text;
}

} // namespace papo::desk
