#include <attachmenttype.h>

#include <QTest>

using namespace papo::server;

// CHT-9: what the server accepts as an attachment, by content.
class TestAttachmentType final : public QObject
{
    Q_OBJECT

private slots:
    void detect_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type"); // empty: refused
        const QByteArray zip("PK\x03\x04\x14\x00\x00\x00", 8);
        const QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00", 9);
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n....", 12) << "a.png"
                             << "image/png";
        QTest::newRow("png named jpg") << QByteArray("\x89PNG\r\n\x1a\n....", 12) << "a.jpg"
                                       << "image/png";
        QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0..JFIF", 10) << "foto"
                              << "image/jpeg";
        QTest::newRow("gif") << QByteArray("GIF89a....") << "x.gif"
                             << "image/gif";
        QTest::newRow("webp") << QByteArray("RIFF\x10\x00\x00\x00WEBPVP8 ", 16) << "x.webp"
                              << "image/webp";
        QTest::newRow("riff but wav") << QByteArray("RIFF\x10\x00\x00\x00WAVEfmt ", 16) << "x.webp"
                                      << "";
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << "x.pdf"
                             << "application/pdf";
        QTest::newRow("docx") << zip << "Pedido.DOCX"
                              << "application/"
                                 "vnd.openxmlformats-officedocument.wordprocessingml.document";
        QTest::newRow("ods") << zip << "tabela.ods"
                             << "application/vnd.oasis.opendocument.spreadsheet";
        QTest::newRow("zip") << zip << "fotos.zip"
                             << "application/zip";
        QTest::newRow("xls") << ole << "precos.xls"
                             << "application/vnd.ms-excel";
        QTest::newRow("ole without a known name") << ole << "x.msi"
                                                  << "";
        QTest::newRow("csv") << QByteArray("nome;preço\nCamiseta;39,90\n") << "lista.csv"
                             << "text/plain; charset=utf-8";
        QTest::newRow("text named html") << QByteArray("hello") << "x.html"
                                         << "";
        QTest::newRow("markup named txt") << QByteArray("  <html><script>") << "x.txt"
                                          << "";
        QTest::newRow("binary named txt") << QByteArray("ab\x00\x01", 4) << "x.txt"
                                          << "";
        QTest::newRow("not utf-8") << QByteArray("caf\xE9") << "x.txt"
                                   << "";
        QTest::newRow("svg") << QByteArray("<svg xmlns='http://www.w3.org/2000/svg'/>") << "x.svg"
                             << "";
        QTest::newRow("exe") << QByteArray("MZ\x90\x00", 4) << "setup.exe"
                             << "";
        QTest::newRow("elf") << QByteArray("\x7F"
                                           "ELF\x02\x01",
                                           6)
                             << "a.png"
                             << "";
        QTest::newRow("empty") << QByteArray() << "a.txt"
                               << "";
    }
    void detect()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, name);
        QFETCH(QString, type);
        QCOMPARE(AttachmentType::detect(content, name), type);
    }

    void cleanName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("clean");
        QTest::newRow("as is") << "Foto da loja.JPG"
                               << "image/jpeg"
                               << "Foto da loja.JPG";
        QTest::newRow("windows path") << "C:\\Users\\ana\\nota.pdf"
                                      << "application/pdf"
                                      << "nota.pdf";
        QTest::newRow("unix path") << "../../etc/passwd.txt"
                                   << "text/plain; charset=utf-8"
                                   << "passwd.txt";
        QTest::newRow("wrong extension") << "page.html"
                                         << "image/png"
                                         << "page.html.png";
        QTest::newRow("no name") << ""
                                 << "application/pdf"
                                 << "file.pdf";
        QTest::newRow("control characters") << "a\nb\tc.png"
                                            << "image/png"
                                            << "abc.png";
    }
    void cleanName()
    {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(QString, clean);
        QCOMPARE(AttachmentType::cleanName(name, type), clean);
    }
};

QTEST_GUILESS_MAIN(TestAttachmentType)
#include "tst_attachmenttype.moc"
