#include <formatting.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using papo::common::formatMessageHtml;

// WID-4: the same rules as formatText() in server/widget/js/10-core.js.
class TestFormatting final : public QObject
{
    Q_OBJECT

private slots:
    // One file of vectors for both implementations: this test and the widget's
    // (tests/e2e/formatting.test.mjs) read tests/data/formatting-vectors.json.
    void rules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QFile file(QStringLiteral(PAPO_SOURCE_DIR "/tests/data/formatting-vectors.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray vectors
            = QJsonDocument::fromJson(file.readAll()).object().value("vectors").toArray();
        QVERIFY(vectors.size() > 20);
        for (const QJsonValue &value : vectors) {
            const QJsonObject vector = value.toObject();
            QTest::newRow(qPrintable(vector.value("name").toString()))
                << vector.value("text").toString() << vector.value("html").toString();
        }
    }
    void rules()
    {
        QFETCH(QString, text);
        QFETCH(QString, html);
        QCOMPARE(formatMessageHtml(text), html);
    }

    // One-line previews (papo-desk's conversation list) show the words, not the markers.
    void plainPreviews_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("plain");
        QTest::newRow("bold") << "O frete é **grátis** hoje"
                              << "O frete é grátis hoje";
        QTest::newRow("italic") << "um _pouco_ caro"
                                << "um pouco caro";
        QTest::newRow("snake_case untouched") << "use frete_gratis_br"
                                              << "use frete_gratis_br";
        QTest::newRow("markup stays text") << "**<b>x</b>**"
                                           << "<b>x</b>";
    }
    void plainPreviews()
    {
        QFETCH(QString, text);
        QFETCH(QString, plain);
        QCOMPARE(papo::common::formatMessagePlain(text), plain);
    }
};

QTEST_GUILESS_MAIN(TestFormatting)
#include "tst_formatting.moc"
