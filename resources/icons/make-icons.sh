#!/bin/sh
# Renders papo.svg (the app icon) into the hicolor PNG sizes papo-desk installs as
# share/icons/hicolor/NxN/apps/papo-desk.png. Needs rsvg-convert (Debian package
# `librsvg2-bin`). Run from this folder after changing papo.svg; the PNG files are committed.
set -eu

for size in 16 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" --format png --output "papo-desk-$size.png" \
        ../papo.svg
done
