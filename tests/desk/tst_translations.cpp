#include "app/deskpreferences.h"
#include "app/translationloader.h"
#include "views/preferencesdialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <memory>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString type; // of <translation>: "", "unfinished", "vanished", "obsolete"
    QStringList translations;
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage)
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                inMessage = true;
                current = {};
                current.context = context;
                current.numerus
                    = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform"))
                current.translations.append(xml.readElementText());
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            messages.append(current);
            current = {};
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString describe(const TsMessage &message)
{
    return message.context + QStringLiteral(": \"") + message.source + QStringLiteral("\"");
}

} // namespace

// Every translations/papo_*.ts is complete (every string translated) and current (running
// lupdate over client/ would change nothing), the compiled .qm files are the ones embedded,
// and the desk speaks the chosen language: its own words, Qt's and the dates.
using papo::desk::DeskPreferences;
using papo::desk::PreferencesDialog;
using papo::desk::TranslationLoader;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const QString &language : Languages)
            QVERIFY2(QFile::exists(tsPath(language)), qPrintable(tsPath(language)));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void cleanup() { uninstallTranslators(); }

    void everyStringIsTranslated_data() { languageRows(); }

    void everyStringIsTranslated()
    {
        QFETCH(QString, language);
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 50);
        QStringList problems;
        for (const TsMessage &message : messages) {
            if (!message.type.isEmpty())
                problems << message.type + QStringLiteral(" ") + describe(message);
            else if (message.translations.isEmpty())
                problems << QStringLiteral("no translation ") + describe(message);
            else if (message.numerus && message.translations.size() < 2)
                problems << QStringLiteral("missing plural form ") + describe(message);
            for (const QString &translation : message.translations) {
                if (translation.trimmed().isEmpty()) {
                    problems << QStringLiteral("empty translation ") + describe(message);
                    break;
                }
                // Every %1 of the source must survive the translation.
                for (int arg = 1; arg <= 3; ++arg) {
                    const QString marker = QStringLiteral("%%1").arg(arg);
                    if (message.source.contains(marker) != translation.contains(marker))
                        problems << QStringLiteral("placeholder %1 ").arg(marker)
                                        + describe(message);
                }
                if (message.source.contains(QStringLiteral("%n"))
                    && !translation.contains(QStringLiteral("%n")))
                    problems << QStringLiteral("placeholder %n ") + describe(message);
                // A menu entry keeps its keyboard accelerator.
                if (message.source.contains(QLatin1Char('&'))
                    != translation.contains(QLatin1Char('&')))
                    problems << QStringLiteral("accelerator & ") + describe(message);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void translationsMatchTheSources_data() { languageRows(); }

    void translationsMatchTheSources()
    {
        QFETCH(QString, language);
        const QString lupdate = qEnvironmentVariable("PAPO_LUPDATE");
        const QString sources = qEnvironmentVariable("PAPO_CLIENT_SOURCE_DIR");
        QVERIFY(!lupdate.isEmpty() && !sources.isEmpty());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("papo_%1.ts").arg(language));
        QVERIFY(QFile::copy(tsPath(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(lupdate, {QStringLiteral("-locations"), QStringLiteral("none"), sources,
                                QStringLiteral("-ts"), copy});
        QVERIFY(process.waitForFinished(120000));
        const QString output = QString::fromLocal8Bit(process.readAll());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(output));

        QString error;
        const QList<TsMessage> before = readTs(tsPath(language), &error);
        const QList<TsMessage> after = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const TsMessage &message : after) {
            if (message.type == QLatin1String("unfinished"))
                problems << QStringLiteral("not translated, or new in the sources: ")
                                + describe(message);
            else if (message.type == QLatin1String("vanished")
                     || message.type == QLatin1String("obsolete"))
                problems << QStringLiteral("in the .ts, gone from the sources: ")
                                + describe(message);
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("run the papo-desk_lupdate target and translate:\n")
                            + problems.join(QLatin1Char('\n'))));
        QCOMPARE(after.size(), before.size());
    }

    void compiledTranslationWorks_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("loginError");
        QTest::addColumn<QString>("disconnected");
        QTest::addColumn<QString>("oneUnread");
        QTest::addColumn<QString>("threeUnread");
        QTest::newRow("pt_BR") << "pt_BR"
                               << "E-mail ou senha incorretos"
                               << "Desconectado — reconectando…"
                               << "1 não lida"
                               << "3 não lidas";
        QTest::newRow("es") << "es"
                            << "Correo o contraseña incorrectos"
                            << "Desconectado — reconectando…"
                            << "1 sin leer"
                            << "3 sin leer";
    }

    void compiledTranslationWorks()
    {
        QFETCH(QString, language);
        QFETCH(QString, loginError);
        QFETCH(QString, disconnected);
        QFETCH(QString, oneUnread);
        QFETCH(QString, threeUnread);
        QTranslator translator;
        const QString qmDir = qEnvironmentVariable("PAPO_QM_DIR");
        QVERIFY2(translator.load(QStringLiteral("papo_") + language, qmDir), qPrintable(qmDir));
        QCOMPARE(translator.translate("papo::desk::DeskApp", "Wrong email or password"),
                 loginError);
        QCOMPARE(
            translator.translate("papo::desk::ConnectionBanner", "Disconnected — reconnecting…"),
            disconnected);
        // The plural forms: lrelease picks them by the language's rule.
        QCOMPARE(translator.translate("papo::desk::TrayNotifier", "%n unread", nullptr, 1)
                     .replace(QStringLiteral("%n"), QStringLiteral("1")),
                 oneUnread);
        QCOMPARE(translator.translate("papo::desk::TrayNotifier", "%n unread", nullptr, 3)
                     .replace(QStringLiteral("%n"), QStringLiteral("3")),
                 threeUnread);
    }

    void loaderPicksTheUsersLanguage_data()
    {
        QTest::addColumn<QStringList>("languages");
        QTest::addColumn<QString>("installed");
        QTest::addColumn<QString>("loginError");
        QTest::addColumn<QString>("unread");
        QTest::addColumn<QString>("qtClose"); // Qt's own word, from qt6-translations-l10n
        QTest::newRow("pt_BR") << QStringList{"pt_BR"} << "pt_BR"
                               << "E-mail ou senha incorretos"
                               << "2 não lidas"
                               << "Fechar";
        QTest::newRow("pt: the Brazilian one") << QStringList{"pt"} << "pt"
                                               << "E-mail ou senha incorretos"
                                               << "2 não lidas"
                                               << "Fechar";
        QTest::newRow("es") << QStringList{"es"} << "es"
                            << "Correo o contraseña incorrectos"
                            << "2 sin leer"
                            << "Cerrar";
        QTest::newRow("es_MX: the one Spanish") << QStringList{"es_MX"} << "es_MX"
                                                << "Correo o contraseña incorrectos"
                                                << "2 sin leer"
                                                << "Cerrar";
        QTest::newRow("English first") << QStringList{"en_GB", "pt_BR"} << ""
                                       << "Wrong email or password"
                                       << "2 unread"
                                       << "Close";
        QTest::newRow("unknown, then pt_BR") << QStringList{"ja_JP", "pt_BR"} << "pt_BR"
                                             << "E-mail ou senha incorretos"
                                             << "2 não lidas"
                                             << "Fechar";
        QTest::newRow("nothing known") << QStringList{"ja_JP"} << ""
                                       << "Wrong email or password"
                                       << "2 unread"
                                       << "Close";
    }

    void loaderPicksTheUsersLanguage()
    {
        QFETCH(QStringList, languages);
        QFETCH(QString, installed);
        QFETCH(QString, loginError);
        QFETCH(QString, unread);
        QFETCH(QString, qtClose);
        QCOMPARE(TranslationLoader::install(QCoreApplication::instance(), languages,
                                            qEnvironmentVariable("PAPO_QM_DIR")),
                 installed);
        QCOMPARE(QCoreApplication::translate("papo::desk::DeskApp", "Wrong email or password"),
                 loginError);
        QCOMPARE(QCoreApplication::translate("papo::desk::TrayNotifier", "%n unread", nullptr, 2),
                 unread);
        // What a dialog's Close button says: Qt's translation, loaded beside ours.
        QDialogButtonBox buttons(QDialogButtonBox::Close);
        QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), qtClose);
    }

    // Qt's own words in a Portuguese desk: the dialog's Close and a text field's context menu.
    void qtsOwnWordsFollowTheDesk()
    {
        QCOMPARE(TranslationLoader::install(QCoreApplication::instance(), {"pt_BR"},
                                            qEnvironmentVariable("PAPO_QM_DIR")),
                 QString("pt_BR"));
        QDialogButtonBox buttons(QDialogButtonBox::Close);
        QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QString("Fechar"));
        QLineEdit field;
        field.setText("texto");
        std::unique_ptr<QMenu> menu(field.createStandardContextMenu());
        QStringList entries; // "&Copiar\tCtrl+C": the keys follow a tab
        const auto actions = menu->actions();
        for (const QAction *action : actions)
            entries << action->text().section(QLatin1Char('\t'), 0, 0);
        QVERIFY2(entries.contains("&Copiar") && entries.contains("Selecionar tudo"),
                 qPrintable(entries.join(", ")));
    }

    // Preferences → Language: the choice alone is tried, an empty one means the system's.
    void theChosenLanguageWins()
    {
        DeskPreferences preferences;
        QCOMPARE(preferences.language(), QString());
        QCOMPARE(TranslationLoader::languagesFor(preferences.language()),
                 TranslationLoader::preferredLanguages());
        {
            PreferencesDialog dialog(&preferences, nullptr);
            QComboBox *box = dialog.languageBox();
            QCOMPARE(box->currentText(), QString("System default"));
            QCOMPARE(box->count(), 4);
            QCOMPARE(box->itemText(3), QString("Español"));
            QSignalSpy changed(&preferences, &DeskPreferences::languageChanged);
            QTest::keyClick(box, Qt::Key_End); // the operator picks the last one
            QCOMPARE(changed.size(), 1);
        }
        QCOMPARE(DeskPreferences().language(), QString("es"));
        QCOMPARE(PreferencesDialog(&preferences, nullptr).languageBox()->currentText(),
                 QString("Español"));
        QCOMPARE(TranslationLoader::languagesFor(DeskPreferences().language()), QStringList{"es"});
        QCOMPARE(TranslationLoader::install(QCoreApplication::instance(),
                                            TranslationLoader::languagesFor("es"),
                                            qEnvironmentVariable("PAPO_QM_DIR")),
                 QString("es"));
        QCOMPARE(QCoreApplication::translate("papo::desk::DeskApp", "Wrong email or password"),
                 QString("Correo o contraseña incorrectos"));
        preferences.setLanguage({});
        QCOMPARE(DeskPreferences().language(), QString());
    }

    // Dates follow the desk's language (the invite expiry read "4 Dec 2026 18:13:49").
    void datesFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("shortDate");
        QTest::newRow("pt_BR") << "pt_BR"
                               << "04/12/2026 18:13";
        QTest::newRow("pt") << "pt"
                            << "04/12/2026 18:13";
        QTest::newRow("es_MX") << "es_MX"
                               << "04/12/26 18:13";
    }

    void datesFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, shortDate);
        const QDateTime at(QDate(2026, 12, 4), QTime(18, 13, 49));
        QCOMPARE(TranslationLoader::localeFor(language).toString(at, QLocale::ShortFormat),
                 shortDate);
    }

private:
    inline static const QStringList Languages{QStringLiteral("pt_BR"), QStringLiteral("es")};

    static QString tsPath(const QString &language)
    {
        return qEnvironmentVariable("PAPO_TS_DIR") + QStringLiteral("/papo_%1.ts").arg(language);
    }

    static void languageRows()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : Languages)
            QTest::newRow(qPrintable(language)) << language;
    }

    // Back to English for the next test.
    static void uninstallTranslators()
    {
        const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            translator->deleteLater();
        }
    }

    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
