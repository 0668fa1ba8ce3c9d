#include "deskfixture.h"
#include "reportfixture.h"

#include "app/reportcontroller.h"
#include "app/translationloader.h"
#include "app/visitorexportcontroller.h"
#include "views/downloadprogress.h"
#include "views/reportsview.h"
#include "views/visitorexportdialog.h"

#include <csv.h>

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>

using namespace papo::desk;
using namespace papo::testing;
using papo::common::Csv::parse;

namespace {

const QString EvilName = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"Clique\")");
const QString AnaName = QStringLiteral("Ana Conceição 😀 שלום");

// A click on a check box's square, as a person aims (its middle may be past the label).
void clickBox(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
}

QStringList column(const QList<QStringList> &records, int index)
{
    QStringList values;
    for (qsizetype i = 1; i < records.size(); ++i)
        values << records[i].value(index);
    return values;
}

} // namespace

// EXP-1 in papo-desk, offscreen against the real server: an admin exports the visitors'
// emails of the Reports tab's period from "Export visitors' emails…", with the columns and
// consent they chose, into a file written as the server streams it; Cancel leaves no file;
// an operator gets no button, and the server's refusal shows as a message.
class TestVisitorExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(startAndLogIn(m_server, &m_ownerToken));
        QVERIFY(addOperator(m_server, "bia@papo.test", "Bia", "senha-da-bia"));
        m_biaToken = m_server.login("bia@papo.test", "senha-da-bia");
        QVERIFY(!m_biaToken.isEmpty());
        // Visitors as the widget makes them: the page's setVisitorData over the real socket.
        QVERIFY(visitorLeavesData({{"name", AnaName},
                                   {"email", "ana@exemplo.com.br"},
                                   {"phone", "+55 11 98888-7777"},
                                   {"fields", QJsonObject{{"plano", "Ouro"}}},
                                   {"marketingConsent", true}}));
        QVERIFY(visitorLeavesData(
            {{"name", EvilName}, {"email", "evil@example.com"}, {"marketingConsent", true}}));
        QVERIFY(
            visitorLeavesData({{"name", "João Sem Consentimento"}, {"email", "joao@exemplo.com"}}));
        QVERIFY(visitorLeavesData({{"name", "Sem Email"}, {"marketingConsent", true}}));
    }

    void anAdminExportsConsentingEmails()
    {
        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_ownerToken));
        ReportsView *view = openReports(desk);
        auto *button = child<QPushButton>(*view, "reportExportVisitors");
        QTRY_VERIFY(button->isVisible());
        button->click();
        VisitorExportDialog *dialog = view->visitorExportDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // Every column is ticked at first; the email cannot be unticked.
        for (const QString &field : VisitorExportController::fieldNames()) {
            auto *box = dialog->findChild<QCheckBox *>("exportField_" + field);
            QVERIFY(box && box->isChecked());
            QCOMPARE(box->isEnabled(), field != "email");
        }
        // The period is the tab's (last 7 days, today included).
        const QString period = child<QLabel>(*dialog, "exportPeriod")->text();
        QVERIFY2(period.contains(QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)),
                 qPrintable(period));

        for (const char *field : {"exportField_phone", "exportField_location"})
            clickBox(child<QCheckBox>(*dialog, field));
        auto *email = child<QCheckBox>(*dialog, "exportField_email");
        clickBox(email);
        QVERIFY(email->isChecked());
        clickBox(child<QCheckBox>(*dialog, "exportConsentedOnly"));
        QVERIFY(!child<QCheckBox>(*dialog, "exportField_phone")->isChecked());
        QVERIFY(child<QCheckBox>(*dialog, "exportConsentedOnly")->isChecked());
        auto *path = child<QLineEdit>(*dialog, "exportPath");

        QTemporaryDir dir;
        const QString file = dir.filePath("clientes.csv");
        path->clear();
        QTest::keyClicks(path, QDir::toNativeSeparators(file));
        QSignalSpy ended(dialog, &VisitorExportDialog::exportEnded);
        QTest::mouseClick(child<QPushButton>(*dialog, "exportStart"), Qt::LeftButton);
        QVERIFY(child<DownloadProgress>(*dialog, "exportProgress")->isVisible());
        QVERIFY(ended.wait(15000));
        QCOMPARE(ended.first().first().toBool(), true);
        QVERIFY(!child<DownloadProgress>(*dialog, "exportProgress")->isVisible());
        QCOMPARE(child<QLabel>(*dialog, "exportStatus")->text(),
                 QString("2 visitors exported to %1.").arg(QDir::toNativeSeparators(file)));

        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> records = parse(bytes);
        QCOMPARE(records.value(0), (QStringList{"name", "email", "firstVisit", "lastVisit",
                                                "customFields", "consent"}));
        QCOMPARE(records.size(), 3); // the two who agreed and left an address
        QCOMPARE(column(records, 0), (QStringList{AnaName, "'" + EvilName}));
        QCOMPARE(column(records, 1), (QStringList{"ana@exemplo.com.br", "evil@example.com"}));
        QVERIFY2(records[1][4].contains("Ouro"), qPrintable(records[1][4]));
        for (int row : {1, 2}) {
            const QDateTime agreed = QDateTime::fromString(records[row][5], Qt::ISODate);
            QVERIFY2(agreed.isValid() && agreed.secsTo(QDateTime::currentDateTime()) < 600,
                     qPrintable(records[row][5]));
        }

        // Everyone with an address, every column, into the same file again (replaced on Yes).
        clickBox(child<QCheckBox>(*dialog, "exportConsentedOnly"));
        for (const char *field : {"exportField_phone", "exportField_location"})
            clickBox(child<QCheckBox>(*dialog, field));
        answerYesToTheNextQuestion();
        QTest::mouseClick(child<QPushButton>(*dialog, "exportStart"), Qt::LeftButton);
        QVERIFY(ended.wait(15000));
        QCOMPARE(ended.last().first().toBool(), true);
        QFile replaced(file); // a new file took the old one's name
        QVERIFY(replaced.open(QIODevice::ReadOnly));
        const QList<QStringList> everyone = parse(replaced.readAll());
        QCOMPARE(everyone.value(0).size(), 8);
        QCOMPARE(column(everyone, 1),
                 (QStringList{"ana@exemplo.com.br", "evil@example.com", "joao@exemplo.com"}));
        QCOMPARE(everyone[1][2], "'+55 11 98888-7777"); // a phone starting with + is text too
        QVERIFY(everyone[3][7].isEmpty());              // João never agreed
        QCOMPARE(child<QLabel>(*dialog, "exportStatus")->text(),
                 QString("3 visitors exported to %1.").arg(QDir::toNativeSeparators(file)));
        child<QPushButton>(*dialog, "exportClose")->click();
        QTRY_VERIFY(!view->visitorExportDialog()); // closed and gone
    }

    void cancelLeavesNoFile()
    {
        // Enough visitors for the server to send several pages.
        ReportFixture fixture;
        QVERIFY(fixture.open(m_server));
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        QVERIFY(fixture.connection().transaction());
        for (int i = 0; i < 3000; ++i)
            QVERIFY(fixture.contact(QString("Cliente %1").arg(i), QString("c%1@example.com").arg(i),
                                    "", now, now));
        QVERIFY(fixture.connection().commit());

        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_ownerToken));
        ReportsView *view = openReports(desk);
        QTRY_VERIFY(child<QPushButton>(*view, "reportExportVisitors")->isVisible());
        child<QPushButton>(*view, "reportExportVisitors")->click();
        VisitorExportDialog *dialog = view->visitorExportDialog();
        QVERIFY(dialog);
        QTemporaryDir dir;
        child<QLineEdit>(*dialog, "exportPath")->setText(dir.filePath("grande.csv"));
        auto *progress = child<DownloadProgress>(*dialog, "exportProgress");
        auto *bar = child<QProgressBar>(*progress, "downloadBar");
        // The person presses Cancel as soon as the bar moves.
        int shownMaximum = -1;
        qint64 shownRecords = -1;
        auto *exporter = desk.window.findChild<ReportController *>()->visitorExport();
        // Pressed while the piece is being written: the download can't have ended yet.
        connect(exporter, &VisitorExportController::progress, this, [&] {
            if (shownMaximum >= 0)
                return;
            shownMaximum = bar->maximum();
            shownRecords = progress->records();
            QTest::mouseClick(child<QPushButton>(*progress, "downloadCancel"), Qt::LeftButton);
        });
        QSignalSpy ended(dialog, &VisitorExportDialog::exportEnded);
        child<QPushButton>(*dialog, "exportStart")->click();
        QVERIFY(ended.wait(15000));
        QCOMPARE(ended.first().first().toBool(), false);
        QCOMPARE(shownMaximum, 3003); // rows done of the rows the server announced
        QVERIFY(shownRecords >= 0 && shownRecords <= 3003);
        QCOMPARE(child<QLabel>(*dialog, "exportStatus")->text(),
                 QString("The export was cancelled; no file was written."));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
        QVERIFY(child<QPushButton>(*dialog, "exportStart")->isEnabled());
    }

    void aFileThatCannotBeWrittenIsSaid()
    {
        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_ownerToken));
        ReportsView *view = openReports(desk);
        QTRY_VERIFY(child<QPushButton>(*view, "reportExportVisitors")->isVisible());
        child<QPushButton>(*view, "reportExportVisitors")->click();
        VisitorExportDialog *dialog = view->visitorExportDialog();
        // The dialog stays open; pressed again after the tab's period changed, it follows.
        ReportFilters custom;
        custom.period = ReportFilters::Period::Custom;
        custom.from = QDate(2026, 11, 2);
        custom.to = QDate(2026, 11, 5);
        view->setFilters(custom);
        child<QPushButton>(*view, "reportExportVisitors")->click();
        QCOMPARE(view->visitorExportDialog(), dialog);
        const QString period = child<QLabel>(*dialog, "exportPeriod")->text();
        QVERIFY2(period.contains(QLocale().toString(custom.from, QLocale::ShortFormat))
                     && period.contains(QLocale().toString(custom.to, QLocale::ShortFormat)),
                 qPrintable(period));
        QTemporaryDir dir;
        const QString file = dir.filePath("no-such-folder/clientes.csv");
        child<QLineEdit>(*dialog, "exportPath")->setText(file);
        QSignalSpy ended(dialog, &VisitorExportDialog::exportEnded);
        child<QPushButton>(*dialog, "exportStart")->click();
        QTRY_COMPARE(ended.size(), 1);
        QCOMPARE(ended.first().first().toBool(), false);
        const QString status = child<QLabel>(*dialog, "exportStatus")->text();
        QVERIFY2(status.startsWith("The export failed: " + file + " could not be written"),
                 qPrintable(status));
    }

    // A full disk, played by a file size limit on this process (the server runs apart):
    // the export stops, says why, and leaves no file.
    void aFullDiskIsSaid()
    {
        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_ownerToken));
        ReportsView *view = openReports(desk);
        QTRY_VERIFY(child<QPushButton>(*view, "reportExportVisitors")->isVisible());
        child<QPushButton>(*view, "reportExportVisitors")->click();
        VisitorExportDialog *dialog = view->visitorExportDialog();
        QTemporaryDir dir;
        const QString file = dir.filePath("cheio.csv");
        child<QLineEdit>(*dialog, "exportPath")->setText(file);
        QSignalSpy ended(dialog, &VisitorExportDialog::exportEnded);

        rlimit before{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN); // write() fails with EFBIG
        rlimit limited = before;
        limited.rlim_cur = 32 * 1024; // the 3,000 visitors above take far more
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        child<QPushButton>(*dialog, "exportStart")->click();
        const bool waited = ended.wait(15000);
        setrlimit(RLIMIT_FSIZE, &before);
        std::signal(SIGXFSZ, oldHandler);

        QVERIFY(waited);
        QCOMPARE(ended.first().first().toBool(), false);
        const QString status = child<QLabel>(*dialog, "exportStatus")->text();
        QVERIFY2(status.startsWith("The export failed: " + file + " could not be written: "),
                 qPrintable(status));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList());
    }

    void anOperatorHasNoButtonAndIsRefused()
    {
        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_biaToken));
        ReportsView *view = openReports(desk);
        QCOMPARE(desk.connection.profile().role, QString("operator"));
        QVERIFY(!child<QPushButton>(*view, "reportExportVisitors")->isVisible());

        // Forged: the dialog made anyway; the server refuses and the dialog says so.
        auto *exporter = desk.window.findChild<ReportController *>()->visitorExport();
        VisitorExportDialog dialog(exporter, QDate::currentDate().addDays(-6),
                                   QDate::currentDate());
        QTemporaryDir dir;
        const QString file = dir.filePath("roubado.csv");
        child<QLineEdit>(dialog, "exportPath")->setText(file);
        QSignalSpy ended(&dialog, &VisitorExportDialog::exportEnded);
        child<QPushButton>(dialog, "exportStart")->click();
        QVERIFY(ended.wait(15000));
        QCOMPARE(ended.first().first().toBool(), false);
        QCOMPARE(child<QLabel>(dialog, "exportStatus")->text(),
                 QString("The export failed: Only owners and admins may download this."));
        QVERIFY(!QFile::exists(file));
    }

    // docs/desk.md, "Making the screenshots": PAPO_SCREENSHOT_DIR=dir saves
    // desk-visitor-export.png there, in Portuguese when PAPO_QM_DIR holds papo_pt_BR.qm (the
    // last test: the language stays).
    void screenshots()
    {
        if (!qEnvironmentVariableIsSet("PAPO_SCREENSHOT_DIR"))
            QSKIP("PAPO_SCREENSHOT_DIR is not set");
        speakPortugueseWhenAsked();
        DeskSession desk;
        QVERIFY(desk.showAndConnect(m_server, m_ownerToken));
        ReportsView *view = openReports(desk);
        auto *button = child<QPushButton>(*view, "reportExportVisitors");
        QTRY_VERIFY(button->isVisible());
        button->click();
        VisitorExportDialog *dialog = view->visitorExportDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        for (const char *field : {"exportField_phone", "exportField_location"})
            clickBox(child<QCheckBox>(*dialog, field));
        clickBox(child<QCheckBox>(*dialog, "exportConsentedOnly"));
        QVERIFY(child<QCheckBox>(*dialog, "exportConsentedOnly")->isChecked());
        child<QLineEdit>(*dialog, "exportPath")
            ->setText(QDir::toNativeSeparators("/home/ana/Documentos/clientes-da-semana.csv"));
        screenshot(*dialog, "desk-visitor-export.png");
    }

private:
    bool visitorLeavesData(const QJsonObject &data)
    {
        QString token;
        const auto visitor = connectVisitor(m_server, &token);
        const auto reply = visitor ? visitor->request("visitor_data", data) : std::nullopt;
        return reply && reply->type == "ack";
    }

    static ReportsView *openReports(DeskSession &desk)
    {
        auto *tabs = child<QTabWidget>(desk.window, "mainTabs");
        ReportsView *view = desk.window.reportsView();
        tabs->setCurrentWidget(view);
        return view;
    }

    // docs/desk.md, "Making the screenshots".
    static void screenshot(QWidget &window, const char *name)
    {
        if (const QByteArray dir = qgetenv("PAPO_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(window.grab().save(QString::fromLocal8Bit(dir) + '/' + name));
    }

    ServerProcess m_server;
    QString m_ownerToken;
    QString m_biaToken;
};

QTEST_MAIN(TestVisitorExport)
#include "tst_visitorexport.moc"
