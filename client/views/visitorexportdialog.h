#pragma once

#include <QDate>
#include <QDialog>
#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace papo::desk {

class DownloadProgress;
class VisitorExportController;

// "Export visitors' emails…" (EXP-1): the period the Reports tab shows, the fields to write
// (the email always), "only those who agreed to marketing email", and the file. The export
// runs while the dialog stays open, with its progress and a Cancel that leaves no file; the
// dialog then says how many visitors went where, or why it failed.
class VisitorExportDialog final : public QDialog
{
    Q_OBJECT

public:
    VisitorExportDialog(VisitorExportController *exporter, QDate from, QDate to,
                        QWidget *parent = nullptr);

    // The days to export; kept while an export runs.
    void setPeriod(QDate from, QDate to);
    // Where "Choose…" starts and the file name proposed; the path field holds it at first.
    void setFilePath(const QString &path);
    QString filePath() const;
    // Closing the dialog while the export runs cancels it.
    void reject() override;

signals:
    // The export ended: ok with the file written, else cancelled or failed (the message shown).
    void exportEnded(bool ok);

private:
    void chooseFile();
    void startExport();
    void setRunning(bool running);
    void showOutcome(bool ok, qint64 visitors, const QString &error);
    void showStatus(const QString &text);

    VisitorExportController *m_exporter;
    QDate m_from;
    QDate m_to;
    QLabel *m_period;
    QMap<QString, QCheckBox *> m_fields; // by the server's field name
    QCheckBox *m_consentedOnly;
    QLineEdit *m_path;
    QPushButton *m_choose;
    DownloadProgress *m_progress;
    QLabel *m_status;
    QPushButton *m_export;
    QPushButton *m_close;
    QString m_exportingTo;
};

} // namespace papo::desk
