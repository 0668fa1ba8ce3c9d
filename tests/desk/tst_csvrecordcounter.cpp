#include "net/csvrecordcounter.h"

#include <csv.h>

#include <QTest>

using papo::desk::CsvRecordCounter;

// The records of a CSV file counted as it arrives in pieces cut anywhere: the progress of
// papo-desk's downloads (REP-3, EXP-1).
class TestCsvRecordCounter final : public QObject
{
    Q_OBJECT

private slots:
    void countsRecordsWhereverThePiecesAreCut_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<qint64>("records");
        using papo::common::Csv::row;
        QTest::newRow("nothing") << QByteArray() << qint64(0);
        QTest::newRow("names only") << row({"name", "email"}) << qint64(1);
        QTest::newRow("plain") << row({"name", "email"}) + row({"Ana", "ana@exemplo.com.br"})
                                      + row({"Bia", "bia@exemplo.com.br"})
                               << qint64(3);
        QTest::newRow("line breaks and quotes inside cells")
            << row({"name", "customFields"}) + row({"Ana \"Aninha\"", "{\"nota\":\"a\\nb\"}"})
                   + row({"Linha\r\nquebrada", "\"\"\n\"\""}) + row({"João 😀", ""})
            << qint64(4);
        QTest::newRow("an unfinished last record")
            << row({"name"}) + row({"Ana"}) + QByteArray("\"Bia\r\nmeio") << qint64(2);
    }

    void countsRecordsWhereverThePiecesAreCut()
    {
        QFETCH(QByteArray, csv);
        QFETCH(qint64, records);
        for (qsizetype size : {qsizetype(1), qsizetype(2), qsizetype(7), csv.size() + 1}) {
            CsvRecordCounter counter;
            for (qsizetype at = 0; at < csv.size(); at += size)
                counter.add(csv.mid(at, size));
            QCOMPARE(counter.records(), records);
        }
        if (csv.isEmpty() || csv.endsWith("\r\n")) // a whole file: what the parser reads too
            QCOMPARE(qint64(papo::common::Csv::parse(csv).size()), records);
    }
};

QTEST_GUILESS_MAIN(TestCsvRecordCounter)
#include "tst_csvrecordcounter.moc"
