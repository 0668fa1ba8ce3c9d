#pragma once

#include <protocol/workingschedule.h>

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace papo::desk {

class SlowAlertsController;
class WorkingHoursController;

// Edits the operator's weekly working hours (HRS-1): per weekday on or off, a start and an
// end in this machine's local time; and STA-5's alerts while invisible. Saving goes to the
// server, whose refusal (HRS-2: 1 to 23 hours a day) is shown as it says it.
class WorkingHoursDialog final : public QDialog
{
    Q_OBJECT

public:
    WorkingHoursDialog(WorkingHoursController *hours, SlowAlertsController *slowAlerts,
                       QWidget *parent = nullptr);

    // Reloads the rows and the options from the controllers.
    void reload();
    void showSchedule(const papo::common::WorkingSchedule &schedule);
    void showSlowAlerts();
    papo::common::WorkingSchedule editedSchedule() const;
    QString errorText() const;

    // The controls of one weekday, for tests: "<day>Enabled", "<day>Start", "<day>End".
    static QString objectNameFor(Qt::DayOfWeek day, const QString &part);

private:
    void save();
    void saveSlowAlerts();
    QWidget *createSlowAlertsBox();
    void showError(const QString &error);

    struct DayRow
    {
        QCheckBox *enabled = nullptr;
        QTimeEdit *start = nullptr;
        QTimeEdit *end = nullptr;
    };

    WorkingHoursController *m_hours;
    SlowAlertsController *m_slowAlerts;
    QList<DayRow> m_rows; // Monday first
    QCheckBox *m_notifyWhenSlow = nullptr;
    QSpinBox *m_slowThreshold = nullptr;
    QLabel *m_error;
    QPushButton *m_saveButton;
};

} // namespace papo::desk
