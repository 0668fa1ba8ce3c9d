#include "app/translationloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

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

// translations/papo_pt_BR.ts is complete (every string translated) and current (running
// lupdate over client/ would change nothing), and the compiled .qm is the one embedded.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_tsPath = qEnvironmentVariable("PAPO_TS_DIR") + QStringLiteral("/papo_pt_BR.ts");
        QVERIFY2(QFile::exists(m_tsPath), qPrintable(m_tsPath));
    }

    void everyStringIsTranslated()
    {
        QString error;
        const QList<TsMessage> messages = readTs(m_tsPath, &error);
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
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void translationsMatchTheSources()
    {
        const QString lupdate = qEnvironmentVariable("PAPO_LUPDATE");
        const QString sources = qEnvironmentVariable("PAPO_CLIENT_SOURCE_DIR");
        QVERIFY(!lupdate.isEmpty() && !sources.isEmpty());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("papo_pt_BR.ts"));
        QVERIFY(QFile::copy(m_tsPath, copy));
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
        const QList<TsMessage> before = readTs(m_tsPath, &error);
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

    void compiledTranslationWorks()
    {
        QTranslator translator;
        const QString qmDir = qEnvironmentVariable("PAPO_QM_DIR");
        QVERIFY2(translator.load(QStringLiteral("papo_pt_BR"), qmDir), qPrintable(qmDir));
        QCOMPARE(translator.translate("papo::desk::DeskApp", "Wrong email or password"),
                 QStringLiteral("E-mail ou senha incorretos"));
        QCOMPARE(
            translator.translate("papo::desk::ConnectionBanner", "Disconnected — reconnecting…"),
            QStringLiteral("Desconectado — reconectando…"));
        QCOMPARE(translator.translate("papo::desk::TrayNotifier", "%n unread", nullptr, 3),
                 QStringLiteral("%n não lidas"));
    }

    void loaderPicksTheUsersLanguage_data()
    {
        QTest::addColumn<QStringList>("languages");
        QTest::addColumn<QString>("installed");
        QTest::addColumn<QString>("loginError");
        QTest::addColumn<QString>("qtClose"); // Qt's own word, from qt6-translations-l10n
        QTest::newRow("pt_BR") << QStringList{"pt_BR"} << "pt_BR"
                               << "E-mail ou senha incorretos"
                               << "Fechar";
        QTest::newRow("pt: the Brazilian one") << QStringList{"pt"} << "pt"
                                               << "E-mail ou senha incorretos"
                                               << "Fechar";
        QTest::newRow("English first") << QStringList{"en_GB", "pt_BR"} << ""
                                       << "Wrong email or password"
                                       << "Close";
        QTest::newRow("unknown, then pt_BR") << QStringList{"ja_JP", "pt_BR"} << "pt_BR"
                                             << "E-mail ou senha incorretos"
                                             << "Fechar";
        QTest::newRow("nothing known") << QStringList{"ja_JP"} << ""
                                       << "Wrong email or password"
                                       << "Close";
    }

    void loaderPicksTheUsersLanguage()
    {
        QFETCH(QStringList, languages);
        QFETCH(QString, installed);
        QFETCH(QString, loginError);
        QFETCH(QString, qtClose);
        QCOMPARE(papo::desk::TranslationLoader::install(QCoreApplication::instance(), languages,
                                                        qEnvironmentVariable("PAPO_QM_DIR")),
                 installed);
        QCOMPARE(QCoreApplication::translate("papo::desk::DeskApp", "Wrong email or password"),
                 loginError);
        QCOMPARE(QCoreApplication::translate("papo::desk::TrayNotifier", "%n unread", nullptr, 2),
                 installed.isEmpty() ? QString("2 unread") : QString("2 não lidas"));
        // What a QDialogButtonBox's Close button says.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Close"), qtClose);
        // Back to English for the next row.
        const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            translator->deleteLater();
        }
    }

private:
    QString m_tsPath;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
