#include <csv.h>

#include <QTest>

using namespace papo::common;

// REP-3, EXP-1: what spreadsheet programs get from Papo's CSV files.
class TestCsv final : public QObject
{
    Q_OBJECT

private slots:
    void formulasAreNeutralised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written");
        QTest::addRow("equals") << "=HYPERLINK(\"http://evil.example\",\"Clique\")"
                                << "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Clique\"\")\"";
        QTest::addRow("plus") << "+55 11 99999-0000"
                              << "'+55 11 99999-0000";
        QTest::addRow("minus") << "-2+3"
                               << "'-2+3";
        QTest::addRow("at") << "@SUM(A1:A9)"
                            << "'@SUM(A1:A9)";
        QTest::addRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::addRow("inside is fine") << "a=b"
                                        << "a=b";
        QTest::addRow("plain") << "Maria"
                               << "Maria";
        QTest::addRow("comma") << "Silva, Maria"
                               << "\"Silva, Maria\"";
        QTest::addRow("line break") << "linha 1\nlinha 2"
                                    << "\"linha 1\nlinha 2\"";
        QTest::addRow("empty") << ""
                               << "";
    }

    void formulasAreNeutralised()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QCOMPARE(Csv::cell(text), written);
    }

    void rowsAreRfc4180()
    {
        QCOMPARE(Csv::row({"a", "b c", "d\"e"}), QByteArray("a,b c,\"d\"\"e\"\r\n"));
        QCOMPARE(Csv::byteOrderMark(), QByteArray("\xEF\xBB\xBF"));
    }

    void unicodeRoundTrips()
    {
        const QList<QStringList> records = {
            {"name", "email"},
            {"João Ñúñez Ação", "joao@exemplo.com.br"},
            {"Zoë 👍🏽 🇧🇷", "zoe@example.com"},
            {"שלום עליכם", "shalom@example.co.il"},
            {"مرحبا, \"صديقي\"", "ahlan@example.com"},
            {"várias\r\nlinhas", ""},
        };
        QByteArray file = Csv::byteOrderMark();
        for (const QStringList &record : records)
            file += Csv::row(record);
        QVERIFY(file.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(Csv::parse(file), records);
        // Injection attempts come back as text a spreadsheet shows, apostrophe first.
        const QByteArray attack = Csv::row({"=1+1", "@cmd", "-x"});
        QCOMPARE(Csv::parse(attack), (QList<QStringList>{{"'=1+1", "'@cmd", "'-x"}}));
    }
};

QTEST_APPLESS_MAIN(TestCsv)
#include "tst_csv.moc"
