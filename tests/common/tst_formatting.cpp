#include <formatting.h>

#include <QTest>

using papo::common::formatMessageHtml;

// WID-4: the same rules as formatText() in server/widget/js/10-core.js.
class TestFormatting final : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::newRow("plain") << "Olá"
                               << "Olá";
        QTest::newRow("bold") << "é **grátis** hoje"
                              << "é <b>grátis</b> hoje";
        QTest::newRow("italic") << "um _pouco_ caro"
                                << "um <i>pouco</i> caro";
        QTest::newRow("snake_case untouched") << "use frete_gratis_br"
                                              << "use frete_gratis_br";
        QTest::newRow("newline") << "a\nb"
                                 << "a<br>b";
        QTest::newRow("link")
            << "veja https://loja.example/p?a=1&b=2."
            << "veja <a href=\"https://loja.example/p?a=1&amp;b=2\" rel=\"noopener noreferrer\" "
               "target=\"_blank\">https://loja.example/p?a=1&amp;b=2</a>.";
        QTest::newRow("underscores in link")
            << "https://x.example/a_b_c"
            << "<a href=\"https://x.example/a_b_c\" rel=\"noopener noreferrer\" "
               "target=\"_blank\">https://x.example/a_b_c</a>";
        QTest::newRow("script tag") << "<script>alert(1)</script>"
                                    << "&lt;script&gt;alert(1)&lt;/script&gt;";
        QTest::newRow("img onerror") << "<img src=x onerror=alert(1)>"
                                     << "&lt;img src=x onerror=alert(1)&gt;";
        QTest::newRow("bold html") << "**<i>x</i>**"
                                   << "<b>&lt;i&gt;x&lt;/i&gt;</b>";
        QTest::newRow("javascript url") << "javascript:alert(1)"
                                        << "javascript:alert(1)";
        QTest::newRow("quote in link")
            << "https://a.example/\"onmouseover=alert(1)"
            << "<a href=\"https://a.example/&quot;onmouseover=alert(1\" rel=\"noopener "
               "noreferrer\" target=\"_blank\">https://a.example/&quot;onmouseover=alert(1</a>)";
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
