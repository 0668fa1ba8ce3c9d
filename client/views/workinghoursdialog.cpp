#include "workinghoursdialog.h"

#include "app/slowalertscontroller.h"
#include "app/workinghourscontroller.h"
#include "tones.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace papo::desk {

using papo::common::WorkingDay;
using papo::common::WorkingSchedule;

namespace {
const QString TimeFormat = QStringLiteral("HH:mm");
} // namespace

WorkingHoursDialog::WorkingHoursDialog(WorkingHoursController *hours,
                                       SlowAlertsController *slowAlerts, QWidget *parent)
    : QDialog(parent)
    , m_hours(hours)
    , m_slowAlerts(slowAlerts)
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("workingHoursDialog"));
    setWindowTitle(tr("Working hours"));

    auto *intro = new QLabel(tr("When a working day starts Papo sets you online, and when it "
                                "ends, invisible. A day lasts from 1 to 23 hours; an end "
                                "before the start runs past midnight."),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Start"), this), 0, 1);
    grid->addWidget(new QLabel(tr("End"), this), 0, 2);
    for (int weekday = Qt::Monday; weekday <= Qt::Sunday; ++weekday) {
        const auto day = Qt::DayOfWeek(weekday);
        DayRow row;
        row.enabled = new QCheckBox(QLocale().dayName(day), this);
        row.enabled->setObjectName(objectNameFor(day, QStringLiteral("Enabled")));
        row.start = new QTimeEdit(this);
        row.start->setObjectName(objectNameFor(day, QStringLiteral("Start")));
        row.end = new QTimeEdit(this);
        row.end->setObjectName(objectNameFor(day, QStringLiteral("End")));
        for (QTimeEdit *edit : {row.start, row.end}) {
            edit->setDisplayFormat(TimeFormat);
            connect(row.enabled, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        }
        grid->addWidget(row.enabled, weekday, 0);
        grid->addWidget(row.start, weekday, 1);
        grid->addWidget(row.end, weekday, 2);
        m_rows.append(row);
    }

    m_error->setObjectName(QStringLiteral("workingHoursError"));
    m_error->setTextFormat(Qt::PlainText); // the server's words, never markup
    m_error->setWordWrap(true);
    Tones::setTone(m_error, Tones::Tone::Error);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveWorkingHoursButton"));
    m_saveButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &WorkingHoursDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(createSlowAlertsBox());
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    reload();
    // The server's values may arrive after the dialog opened (right after starting).
    connect(m_hours, &WorkingHoursController::scheduleChanged, this,
            &WorkingHoursDialog::showSchedule);
    connect(m_slowAlerts, &SlowAlertsController::changed, this,
            &WorkingHoursDialog::showSlowAlerts);
}

QWidget *WorkingHoursDialog::createSlowAlertsBox()
{
    auto *box = new QGroupBox(tr("While you are invisible"), this);
    m_notifyWhenSlow
        = new QCheckBox(tr("Notify me of new chats if online operators are slow to respond"), box);
    m_notifyWhenSlow->setObjectName(QStringLiteral("notifyWhenSlowCheck"));
    m_slowThreshold = new QSpinBox(box);
    m_slowThreshold->setObjectName(QStringLiteral("slowThresholdSpin"));
    m_slowThreshold->setRange(1, 24 * 3600);
    m_slowThreshold->setSuffix(tr(" s"));
    auto *thresholdLabel = new QLabel(tr("when a visitor has waited longer than"), box);
    thresholdLabel->setTextFormat(Qt::PlainText);
    auto *thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(thresholdLabel);
    thresholdRow->addWidget(m_slowThreshold);
    thresholdRow->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_notifyWhenSlow);
    layout->addLayout(thresholdRow);
    return box;
}

void WorkingHoursDialog::reload()
{
    showSchedule(m_hours->schedule());
    showSlowAlerts();
}

void WorkingHoursDialog::showSlowAlerts()
{
    m_notifyWhenSlow->setChecked(m_slowAlerts->notifyWhenSlow());
    m_slowThreshold->setValue(m_slowAlerts->thresholdSeconds());
    // STA-5: the threshold is the whole team's, set by an admin.
    const bool admin = m_slowAlerts->mayChangeThreshold();
    m_slowThreshold->setEnabled(admin);
    m_slowThreshold->setToolTip(admin ? QString()
                                      : tr("An administrator sets this for the whole team."));
}

QString WorkingHoursDialog::objectNameFor(Qt::DayOfWeek day, const QString &part)
{
    return WorkingSchedule::dayKey(day) + part;
}

void WorkingHoursDialog::showSchedule(const WorkingSchedule &schedule)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const WorkingDay &day = schedule.day(Qt::DayOfWeek(i + 1));
        m_rows[i].enabled->setChecked(day.enabled);
        m_rows[i].start->setTime(day.start);
        m_rows[i].end->setTime(day.end);
        m_rows[i].start->setEnabled(day.enabled);
        m_rows[i].end->setEnabled(day.enabled);
    }
    showError({});
    // Saving before the server's schedule arrived would overwrite it with an empty week.
    m_saveButton->setEnabled(m_hours->isLoaded());
}

WorkingSchedule WorkingHoursDialog::editedSchedule() const
{
    WorkingSchedule schedule;
    for (int i = 0; i < m_rows.size(); ++i)
        schedule.setDay(WorkingDay{Qt::DayOfWeek(i + 1), m_rows[i].enabled->isChecked(),
                                   m_rows[i].start->time(), m_rows[i].end->time()});
    return schedule;
}

QString WorkingHoursDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void WorkingHoursDialog::save()
{
    showError({});
    m_saveButton->setEnabled(false);
    m_hours->save(editedSchedule(), this, [this](const QString &error) {
        if (error.isEmpty()) {
            saveSlowAlerts();
            return;
        }
        m_saveButton->setEnabled(true);
        showError(tr("The working hours were not saved: %1").arg(error));
    });
}

void WorkingHoursDialog::saveSlowAlerts()
{
    m_saveButton->setEnabled(false);
    std::optional<int> threshold;
    if (m_slowAlerts->mayChangeThreshold()
        && m_slowThreshold->value() != m_slowAlerts->thresholdSeconds())
        threshold = m_slowThreshold->value();
    m_slowAlerts->save(m_notifyWhenSlow->isChecked(), threshold, this,
                       [this](const QString &error) {
                           m_saveButton->setEnabled(true);
                           if (error.isEmpty())
                               accept();
                           else
                               showError(tr("The alert option was not saved: %1").arg(error));
                       });
}

void WorkingHoursDialog::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

} // namespace papo::desk
