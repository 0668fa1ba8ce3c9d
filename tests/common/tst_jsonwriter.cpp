#include <jsonwriter.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using papo::common::JsonObjectWriter;

// Objects written straight as bytes (a visitor's summary at every page view) must read back
// as the same values Qt's own JSON gives: every string escaped where JSON requires it, the
// rest of Unicode as UTF-8.
class TestJsonWriter final : public QObject
{
    Q_OBJECT

private slots:
    void stringsReadBackUnchanged_data()
    {
        QTest::addColumn<QString>("text");
        QString everyAscii;
        for (char16_t c = 0; c < 0x80; ++c)
            everyAscii.append(QChar(c));
        QTest::addRow("empty") << QString("");
        QTest::addRow("null") << QString();
        QTest::addRow("every ASCII character") << everyAscii;
        QTest::addRow("quotes and backslashes") << QString(R"(a "b" \c\\ "\")");
        QTest::addRow("Portuguese") << QString("Olá, ação, pão, coração");
        QTest::addRow("beyond the BMP") << QString("pedido 🛒 ✓ 𝄞");
        QTest::addRow("line separators") << QString::fromUtf16(u"a\u2028b\u2029c\u0085d");
        QTest::addRow("markup") << QString("<script>alert('x')</script>&amp;");
    }

    void stringsReadBackUnchanged()
    {
        QFETCH(QString, text);
        const QByteArray json = JsonObjectWriter().add(QLatin1String("s"), text).take();
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(parsed.object().value("s").toString(), text);
    }

    void everyKindOfMember()
    {
        const QJsonObject nested{{"b", "two"}, {"a", 1}};
        const QByteArray inner = JsonObjectWriter().add(QLatin1String("x"), true).take();
        const QByteArray json = JsonObjectWriter()
                                    .add(QLatin1String("text"), QString("Joana"))
                                    .add(QLatin1String("int"), 42)
                                    .add(QLatin1String("big"), qint64(1) << 53)
                                    .add(QLatin1String("negative"), qint64(-7))
                                    .add(QLatin1String("yes"), true)
                                    .add(QLatin1String("no"), false)
                                    .add(QLatin1String("object"), nested)
                                    .add(QLatin1String("empty"), QJsonObject())
                                    .addNull(QLatin1String("nothing"))
                                    .addRaw(QLatin1String("raw"), inner)
                                    .addIdOrNull(QLatin1String("id"), 9)
                                    .addIdOrNull(QLatin1String("noId"), 0)
                                    .addStringOrNull(QLatin1String("maybe"), QString())
                                    .add(QLatin1String("v-null"), QJsonValue())
                                    .add(QLatin1String("v-number"), QJsonValue(2.5))
                                    .add(QLatin1String("v-integer"), QJsonValue(qint64(-3)))
                                    .add(QLatin1String("v-array"), QJsonValue(QJsonArray{1, "a"}))
                                    .add(QLatin1String("v-object"), QJsonValue(nested))
                                    .add(QLatin1String("v-string"), QJsonValue("s\n"))
                                    .add(QLatin1String("v-bool"), QJsonValue(true))
                                    .take();
        const QJsonObject expected{{"text", "Joana"},
                                   {"int", 42},
                                   {"big", qint64(1) << 53},
                                   {"negative", -7},
                                   {"yes", true},
                                   {"no", false},
                                   {"object", nested},
                                   {"empty", QJsonObject()},
                                   {"nothing", QJsonValue()},
                                   {"raw", QJsonObject{{"x", true}}},
                                   {"id", 9},
                                   {"noId", QJsonValue()},
                                   {"maybe", QJsonValue()},
                                   {"v-null", QJsonValue()},
                                   {"v-number", 2.5},
                                   {"v-integer", -3},
                                   {"v-array", QJsonArray{1, "a"}},
                                   {"v-object", nested},
                                   {"v-string", "s\n"},
                                   {"v-bool", true}};
        QJsonParseError error;
        QCOMPARE(QJsonDocument::fromJson(json, &error).object(), expected);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(JsonObjectWriter().take(), QByteArray("{}"));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
