#include "net/framedecoder.h"

#include <protocol/envelope.h>

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using papo::common::ParsedFrame;
using papo::desk::FrameDecoder;

Q_DECLARE_METATYPE(ParsedFrame)

namespace {

QString eventFrame(const QString &type, qint64 seq, const QString &filler = {})
{
    return QString::fromUtf8(papo::common::encodeEvent(type, {{"filler", filler}}, seq));
}

// The visitors online of a big website: megabytes in one frame.
QString bigFrame(qint64 seq)
{
    return eventFrame("visitors_changed", seq, QString(FrameDecoder::OffThreadChars, 'x'));
}

QList<qint64> seqs(const QSignalSpy &spy)
{
    QList<qint64> result;
    for (const auto &arguments : spy)
        result << arguments.at(0).value<ParsedFrame>().envelope->seq;
    return result;
}

} // namespace

// ServerConnection's frames: handed on in the order they came, the big ones parsed off the
// UI thread (the event loop runs meanwhile) and the small ones at once.
class TestFrameDecoder : public QObject
{
    Q_OBJECT

private slots:
    void smallFramesAreHandedOnAtOnce()
    {
        FrameDecoder decoder;
        QSignalSpy decoded(&decoder, &FrameDecoder::decoded);
        decoder.decode(eventFrame("typing", 1));
        decoder.decode("{not json");
        QCOMPARE(decoded.size(), 2);
        QCOMPARE(decoded.at(0).at(0).value<ParsedFrame>().envelope->type, QString("typing"));
        QVERIFY(!decoded.at(1).at(0).value<ParsedFrame>().ok());
    }

    void framesBehindABigOneWaitForIt()
    {
        FrameDecoder decoder;
        QSignalSpy decoded(&decoder, &FrameDecoder::decoded);
        decoder.decode(eventFrame("typing", 1));
        decoder.decode(bigFrame(2));
        decoder.decode(eventFrame("typing", 3));
        decoder.decode(bigFrame(4));
        decoder.decode(eventFrame("typing", 5));
        // The big one is being parsed on a worker thread: the UI thread went on.
        QCOMPARE(seqs(decoded), QList<qint64>{1});
        QTRY_COMPARE(seqs(decoded), (QList<qint64>{1, 2, 3, 4, 5}));
        const auto big = decoded.at(1).at(0).value<ParsedFrame>().envelope;
        QCOMPARE(big->data.value("filler").toString().size(), FrameDecoder::OffThreadChars);
    }

    void aClearedDecoderHandsOnNothingOfTheOldSocket()
    {
        FrameDecoder decoder;
        QSignalSpy decoded(&decoder, &FrameDecoder::decoded);
        decoder.decode(bigFrame(1));
        decoder.decode(eventFrame("typing", 2));
        decoder.clear();
        // The new socket's frames are not held behind the old one's.
        decoder.decode(eventFrame("typing", 10));
        QCOMPARE(seqs(decoded), QList<qint64>{10});
        decoder.decode(bigFrame(11));
        QTRY_COMPARE(seqs(decoded), (QList<qint64>{10, 11}));
    }
};

QTEST_GUILESS_MAIN(TestFrameDecoder)
#include "tst_framedecoder.moc"
