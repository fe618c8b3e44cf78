#!/usr/bin/env bash
# Screenshots of the window as a user sees it: Browse (the first start, on 550), Compare
# (250 vs 251), Explain (a short bounce typed into the paste box), Mail (a Postfix bounce
# mail opened as a file), Summary (a 20 MB Postfix log made by scripts/genlog.py, opened as a
# file) and Providers (Browse narrowed to Microsoft 365's responses, on its banned-IP range,
# through the settings a user's choice leaves), each at 1280x800 and
# 800x600, light and dark (View ▸ Appearance, through the settings), into docs/screenshots/
# as VIEW-WIDTHxHEIGHT-THEME.png.
#
#   scripts/screenshots.sh [BUILD-DIR]
#   SCREENSHOTS="providers-1280x800-light" scripts/screenshots.sh [BUILD-DIR]
#
# SCREENSHOTS, when set, keeps only the named ones (space-separated), so that one new view
# does not rewrite every picture; the others are still taken, just not saved.
#
# Without BUILD-DIR it builds build/dev (the dev preset). Every run starts from empty settings
# in a scratch directory, in English, under its own Xvfb server of the screen's size with no
# window manager: the window is sized to the screen and grabbed whole with ImageMagick's
# import. Needs xvfb-run, xdotool and import (Debian: xvfb xauth xdotool imagemagick).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
sizes=(1280x800 800x600)
themes=(light dark)
# A Postfix bounce as users paste it: the reply spread over three lines.
sample='<alice@example.com>: host mx.example.com[192.0.2.10] said: 550 5.1.1
    <alice@example.com>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)'
# What Microsoft 365 answers a sender whose IP is on its banned list.
provider_sample='550 5.7.606 Access denied, banned sending IP [203.0.113.5]. To request removal from this list please visit https://sender.office.com/ and follow the directions. (AS16012607) [BN8NAM11FT045.eop-nam11.prod.protection.outlook.com]'

# True when SCREENSHOTS is unset or names $1.
wanted() {
    [[ -z ${SCREENSHOTS:-} || " $SCREENSHOTS " == *" $1 "* ]]
}

if [[ ${1:-} == --inside-xvfb ]]; then
    # One screen size, both themes: the part that runs under xvfb-run.
    executable=$2 size=$3
    mail=$(realpath tests/data/explain/mail/postfix.eml)
    width=${size%x*} height=${size#*x}
    # Browse on one provider's responses: a start whose settings hold what choosing Microsoft
    # 365 in the provider filter and its banned-IP range in the list leaves behind.
    providers() {
        local scratch app window
        scratch=$(mktemp -d)
        mkdir -p "$scratch/config/smtp-codes" "$scratch/data" "$scratch/runtime"
        chmod 700 "$scratch/runtime"
        printf '[appearance]\ntheme=%s\n\n[browse]\nkindFilter=3\nproviderFilter=microsoft\nlastCode=%s\n' \
            "$1" microsoft/banned-sending-ip >"$scratch/config/smtp-codes/smtp-codes.conf"
        XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data XDG_RUNTIME_DIR=$scratch/runtime \
            SMTPCODES_INSTANCE_SOCKET=$scratch/runtime/socket LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en \
            "$executable" &
        app=$!
        window=$(xdotool search --sync --onlyvisible --name '^SMTP Codes$' | head -1)
        xdotool windowmove "$window" 0 0 windowsize "$window" "$width" "$height"
        xdotool windowfocus --sync "$window"
        xdotool mousemove "$((width - 2))" "$((height - 2))"
        # Return goes from the search to the list, as after choosing the row there.
        xdotool key --window "$window" Return
        sleep 1.5
        import -window "$window" "$out/providers-$size-$1.png"
        echo "screenshots.sh: $out/providers-$size-$1.png"
        kill "$app"
        wait "$app" 2>/dev/null || true
        rm -rf "$scratch"
    }
    # The summary of a large Postfix log (20 MB, generated), opened as a file: it is summarised
    # on the worker thread, and the view opens on the summary.
    summary() {
        local scratch app window log
        scratch=$(mktemp -d)
        mkdir -p "$scratch/config/smtp-codes" "$scratch/data" "$scratch/runtime"
        chmod 700 "$scratch/runtime"
        printf '[appearance]\ntheme=%s\n' "$1" >"$scratch/config/smtp-codes/smtp-codes.conf"
        log=$scratch/mail.log
        python3 scripts/genlog.py 20 >"$log" 2>/dev/null
        XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data XDG_RUNTIME_DIR=$scratch/runtime \
            SMTPCODES_INSTANCE_SOCKET=$scratch/runtime/socket LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en \
            "$executable" "$log" &
        app=$!
        window=$(xdotool search --sync --onlyvisible --name '^SMTP Codes$' | head -1)
        xdotool windowmove "$window" 0 0 windowsize "$window" "$width" "$height"
        xdotool windowfocus --sync "$window"
        xdotool mousemove "$((width - 2))" "$((height - 2))"
        # Summarising 20 MB takes a few seconds on two cores.
        sleep 12
        import -window "$window" "$out/summary-$size-$1.png"
        echo "screenshots.sh: $out/summary-$size-$1.png"
        kill "$app"
        wait "$app" 2>/dev/null || true
        rm -rf "$scratch"
    }
    for theme in "${themes[@]}"; do
        scratch=$(mktemp -d)
        mkdir -p "$scratch/config/smtp-codes" "$scratch/data" "$scratch/runtime"
        chmod 700 "$scratch/runtime"
        printf '[appearance]\ntheme=%s\n' "$theme" >"$scratch/config/smtp-codes/smtp-codes.conf"
        XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data XDG_RUNTIME_DIR=$scratch/runtime \
            SMTPCODES_INSTANCE_SOCKET=$scratch/runtime/socket LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en \
            "$executable" 250 251 &
        app=$!
        window=$(xdotool search --sync --onlyvisible --name '^SMTP Codes$' | head -1)
        xdotool windowmove "$window" 0 0 windowsize "$window" "$width" "$height"
        xdotool windowfocus --sync "$window"
        # The pointer rests on the status bar, where it highlights nothing and opens no tooltip.
        xdotool mousemove "$((width - 2))" "$((height - 2))"
        grab() {
            wanted "$1-$size-$theme" || return 0
            sleep 1.5
            import -window "$window" "$out/$1-$size-$theme.png"
            echo "screenshots.sh: $out/$1-$size-$theme.png"
        }
        grab compare
        xdotool key --window "$window" ctrl+1
        grab browse
        xdotool key --window "$window" ctrl+3
        # Line by line: xdotool types a newline as a key the paste box does not take.
        first=1
        while IFS= read -r line; do
            [[ $first ]] || xdotool key --window "$window" Return
            xdotool type --window "$window" --delay 4 "$line"
            first=
        done <<<"$sample"
        grab explain
        # A bounce mail opened as a file, handed to the running window as a second start is.
        XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data XDG_RUNTIME_DIR=$scratch/runtime \
            SMTPCODES_INSTANCE_SOCKET=$scratch/runtime/socket LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en \
            "$executable" "$mail"
        grab mail
        # A provider's reply typed over the mail's text: its provider, reason and fix.
        if wanted "provider-$size-$theme"; then
            xdotool key --window "$window" ctrl+3 ctrl+a BackSpace
            xdotool type --window "$window" --delay 2 "$provider_sample"
            grab provider
        fi
        kill "$app"
        wait "$app" 2>/dev/null || true
        rm -rf "$scratch"
        if wanted "providers-$size-$theme"; then
            providers "$theme"
        fi
        if wanted "summary-$size-$theme"; then
            summary "$theme"
        fi
    done
    exit 0
fi

for tool in xvfb-run xdotool import python3; do
    command -v "$tool" >/dev/null || {
        echo "screenshots.sh: needs $tool (apt-get install xvfb xauth xdotool imagemagick python3)" >&2
        exit 2
    }
done
if [[ $# -ge 1 ]]; then
    build=$1
else
    build=build/dev
    cmake --preset dev >/dev/null
    cmake --build --preset dev --target smtp-codes >/dev/null
fi
executable=$(realpath "$build/app/smtp-codes")
[[ -x $executable ]] || {
    echo "screenshots.sh: no executable at $build/app/smtp-codes" >&2
    exit 2
}
mkdir -p "$out"
unset QT_QPA_PLATFORM
for size in "${sizes[@]}"; do
    xvfb-run -a -s "-screen 0 ${size}x24 -noreset" "$0" --inside-xvfb "$executable" "$size"
done
