#!/usr/bin/env bash
# Renders the PNG sizes of the icon from its SVG, for desktops and menus that cannot draw SVG.
# Run it after changing the SVG and commit the PNGs with it; the build does not render them,
# so it needs no SVG renderer. Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/icons/hicolor"
svg=scalable/apps/io.github.smtpcodes.SmtpCodes.svg
for size in 16 24 32 48 64 128 256; do
    mkdir -p "${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" "$svg" \
        --output "${size}x${size}/apps/io.github.smtpcodes.SmtpCodes.png"
done
