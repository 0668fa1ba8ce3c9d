#include "visitorexportdialog.h"

#include "app/visitorexportcontroller.h"
#include "downloadprogress.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace papo::desk {

VisitorExportDialog::VisitorExportDialog(VisitorExportController *exporter, QDate from, QDate to,
                                         QWidget *parent)
    : QDialog(parent)
    , m_exporter(exporter)
    , m_from(from)
    , m_to(to)
    , m_period(new QLabel(this))
    , m_consentedOnly(new QCheckBox(tr("Only visitors who agreed to marketing email"), this))
    , m_path(new QLineEdit(this))
    , m_choose(new QPushButton(tr("Choose…"), this))
    , m_progress(new DownloadProgress(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("Export"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("visitorExportDialog"));
    setWindowTitle(tr("Export visitors' emails"));
    m_consentedOnly->setObjectName(QStringLiteral("exportConsentedOnly"));
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_choose->setObjectName(QStringLiteral("exportChoose"));
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_export->setObjectName(QStringLiteral("exportStart"));
    m_close->setObjectName(QStringLiteral("exportClose"));

    m_period->setObjectName(QStringLiteral("exportPeriod"));
    m_period->setWordWrap(true);
    setPeriod(from, to);

    const QStringList labels{tr("Name"),          tr("Email"),
                             tr("Phone"),         tr("First visit"),
                             tr("Last visit"),    tr("Location"),
                             tr("Custom fields"), tr("Marketing consent (when given)")};
    const QStringList names = VisitorExportController::fieldNames();
    auto *fieldBox = new QGroupBox(tr("Columns"), this);
    auto *grid = new QGridLayout(fieldBox);
    for (int i = 0; i < names.size(); ++i) {
        auto *box = new QCheckBox(labels.value(i), fieldBox);
        box->setObjectName(QStringLiteral("exportField_") + names[i]);
        box->setChecked(true);
        grid->addWidget(box, i / 2, i % 2);
        m_fields.insert(names[i], box);
    }
    // The email is what the export is for.
    m_fields.value(QStringLiteral("email"))->setEnabled(false);
    m_fields.value(QStringLiteral("email"))
        ->setToolTip(tr("The email address is always exported."));
    m_consentedOnly->setToolTip(tr("Leaves out visitors who gave their address only to get an "
                                   "answer: that is no permission to send them marketing."));

    setFilePath(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                    .filePath(QStringLiteral("papo-visitors-%1-%2.csv")
                                  .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))));
    m_path->setClearButtonEnabled(true);
    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("Save to:"), this);
    fileLabel->setBuddy(m_path);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);

    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_export->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_period);
    layout->addWidget(fieldBox);
    layout->addWidget(m_consentedOnly);
    layout->addLayout(fileRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_choose, &QPushButton::clicked, this, &VisitorExportDialog::chooseFile);
    connect(m_export, &QPushButton::clicked, this, &VisitorExportDialog::startExport);
    connect(m_close, &QPushButton::clicked, this, &VisitorExportDialog::reject);
    connect(m_progress, &DownloadProgress::cancelRequested, m_exporter,
            &VisitorExportController::cancel);
    connect(m_exporter, &VisitorExportController::progress, m_progress,
            &DownloadProgress::setProgress);
    connect(m_exporter, &VisitorExportController::finished, this,
            &VisitorExportDialog::showOutcome);
    connect(m_exporter, &VisitorExportController::cancelled, this, [this] {
        setRunning(false);
        showStatus(tr("The export was cancelled; no file was written."));
        emit exportEnded(false);
    });
}

void VisitorExportDialog::setPeriod(QDate from, QDate to)
{
    if (m_exporter->isRunning())
        return;
    m_from = from;
    m_to = to;
    const QLocale locale;
    m_period->setText(tr("Visitors who left an email address and visited from %1 to %2.")
                          .arg(locale.toString(from, QLocale::ShortFormat),
                               locale.toString(to, QLocale::ShortFormat)));
}

void VisitorExportDialog::setFilePath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString VisitorExportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void VisitorExportDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export visitors' emails"),
                                                      filePath(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void VisitorExportDialog::startExport()
{
    const QString path = filePath();
    if (path.isEmpty() || QFileInfo(path).isDir()) {
        showStatus(tr("Say where to save the file: type a file name or press Choose…"));
        m_path->setFocus();
        return;
    }
    if (QFileInfo::exists(path)
        && QMessageBox::question(
               this, tr("Replace the file?"),
               tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path)))
               != QMessageBox::Yes)
        return;
    QStringList fields;
    for (const QString &name : VisitorExportController::fieldNames()) {
        if (m_fields.value(name)->isChecked())
            fields << name;
    }
    m_exportingTo = path;
    setRunning(true);
    m_status->hide();
    m_progress->begin();
    m_exporter->start(m_from, m_to, fields, m_consentedOnly->isChecked(), path);
}

void VisitorExportDialog::setRunning(bool running)
{
    for (QCheckBox *box : std::as_const(m_fields))
        box->setEnabled(!running && box != m_fields.value(QStringLiteral("email")));
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_consentedOnly, m_path, m_choose, m_export})
        widget->setEnabled(!running);
    m_progress->setVisible(running);
}

void VisitorExportDialog::showOutcome(bool ok, qint64 visitors, const QString &error)
{
    setRunning(false);
    const QString where = QDir::toNativeSeparators(m_exportingTo);
    if (!ok)
        showStatus(tr("The export failed: %1").arg(error));
    else if (visitors == 1)
        showStatus(tr("1 visitor exported to %1.").arg(where));
    else
        showStatus(tr("%1 visitors exported to %2.").arg(QLocale().toString(visitors), where));
    emit exportEnded(ok);
}

void VisitorExportDialog::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->show();
}

void VisitorExportDialog::reject()
{
    if (m_exporter->isRunning())
        m_exporter->cancel();
    QDialog::reject();
}

} // namespace papo::desk
