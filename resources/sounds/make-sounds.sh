#!/bin/sh
# Makes papo-desk's alert sounds with SoX (Debian package `sox`): sine tones with a soft
# attack and an exponential-looking fade, 16-bit mono WAV at 22,050 Hz (QSoundEffect plays
# uncompressed WAV). Run from this folder; the WAV files are committed.
set -eu

tone() { # tone OUT FREQUENCY SECONDS
    sox -n -r 22050 -c 1 -b 16 "$1" synth "$3" sine "$2" sine "$(echo "$2 * 2" | bc)" \
        remix 1v0.8,2v0.2 fade q 0.01 "$3" "$(echo "$3 * 0.8" | bc)" gain -n -3
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A new chat in the queue: two rising notes, repeated while the chat waits.
tone "$work/a.wav" 659.25 0.22
tone "$work/b.wav" 880.00 0.45
sox "$work/a.wav" "$work/b.wav" new-chat.wav

# A new message in one of my chats: one short, quiet note.
tone "$work/m.wav" 1046.50 0.25
sox "$work/m.wav" new-message.wav gain -4

# An invitation into a chat: three notes up a major chord.
tone "$work/c.wav" 523.25 0.16
tone "$work/e.wav" 659.25 0.16
tone "$work/g.wav" 783.99 0.40
sox "$work/c.wav" "$work/e.wav" "$work/g.wav" invitation.wav
