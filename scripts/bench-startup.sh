#!/usr/bin/env bash
# Start-up of the window against a bare Qt Widgets window, both under one Xvfb server.
#
#   scripts/bench-startup.sh [RUNS]     (default 21 runs of each program)
#
# Each program runs with SMTPCODES_STARTUP_PROBE set: it prints "first-paint-ms" once its
# first paint is done (for smtp-codes: the filled code list) and exits. startup_timer
# (tests/bench) takes the wall time from just before the spawn to the arrival of that line,
# and the peak RSS from wait4(). The two programs alternate, their order swapping every run,
# after one unmeasured warm-up each; settings come from an empty configuration directory every
# time. The figures are medians, with the 25th to 75th percentile beside them.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/bench

if [[ ${1:-} != --inside-xvfb ]]; then
    runs=${1:-21}
    [[ $runs =~ ^[1-9][0-9]*$ ]] || {
        echo "usage: $0 [RUNS]" >&2
        exit 2
    }
    command -v xvfb-run >/dev/null || {
        echo "bench-startup.sh: needs xvfb-run (apt-get install xvfb xauth)" >&2
        exit 2
    }
    scripts/install-deps.sh
    cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON -DSMTPCODES_WERROR=ON >/dev/null
    cmake --build "$build" --parallel 2 --target smtp-codes bare_window startup_timer >/dev/null
    exec xvfb-run -a -s '-screen 0 1280x800x24 -noreset' "$0" --inside-xvfb "$runs"
fi
runs=$2

unset QT_QPA_PLATFORM
export SMTPCODES_STARTUP_PROBE=1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# Settings differ after the first run (window size, last code); an empty directory keeps every
# run a first start without touching the user's own ~/.config/smtp-codes.
export XDG_CONFIG_HOME=$scratch/config
export XDG_RUNTIME_DIR=$scratch/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"

timer=$build/tests/bench/startup_timer
declare -A program=([app]=$build/app/smtp-codes [bare]=$build/tests/bench/bare_window)

measure() { # name -> appends "ms probe-ms rss-kB" to $scratch/name
    rm -rf "$XDG_CONFIG_HOME"
    "$timer" "${program[$1]}" 2>>"$scratch/stderr" |
        awk '{ print $2, $4, $6 }' >>"$scratch/$1" || true
}

measure app && measure bare # warm-up: page cache, font cache
: >"$scratch/app"
: >"$scratch/bare"
for ((i = 0; i < runs; i++)); do
    if ((i % 2 == 0)); then
        measure bare
        measure app
    else
        measure app
        measure bare
    fi
done

# column -> "median p25 p75" of that column of a file
stats() {
    sort -g -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c }
        function q(p,   i) { i = 1 + p * (NR - 1); return v[int(i)] + (i - int(i)) * (v[int(i) + 1] - v[int(i)]) }
        END { if (NR == 0) exit 1; printf "%.1f %.1f %.1f\n", q(0.5), q(0.25), q(0.75) }'
}

for name in bare app; do
    count=$(wc -l <"$scratch/$name")
    if ((count != runs)); then
        echo "bench-startup.sh: only $count of $runs runs of ${program[$name]} reported a first paint:" >&2
        cat "$scratch/stderr" >&2
        exit 1
    fi
done
read -r bare_ms bare_ms25 bare_ms75 < <(stats "$scratch/bare" 1)
read -r app_ms app_ms25 app_ms75 < <(stats "$scratch/app" 1)
read -r bare_probe _ _ < <(stats "$scratch/bare" 2)
read -r app_probe _ _ < <(stats "$scratch/app" 2)
read -r bare_rss bare_rss25 bare_rss75 < <(stats "$scratch/bare" 3)
read -r app_rss app_rss25 app_rss75 < <(stats "$scratch/app" 3)

echo "start-up under Xvfb 1280x800x24, $runs runs each, medians (25th-75th percentile)"
printf '%-12s %26s %18s %24s\n' program "spawn to first paint, ms" "main() to paint, ms" "peak RSS, MB"
row() {
    printf '%-12s %10s (%5s-%5s) %18s %10s (%5s-%5s)\n' "$1" "$2" "$3" "$4" "$5" \
        "$(awk -v k="$6" 'BEGIN { printf "%.1f", k / 1024 }')" \
        "$(awk -v k="$7" 'BEGIN { printf "%.1f", k / 1024 }')" \
        "$(awk -v k="$8" 'BEGIN { printf "%.1f", k / 1024 }')"
}
row "bare window" "$bare_ms" "$bare_ms25" "$bare_ms75" "$bare_probe" "$bare_rss" "$bare_rss25" "$bare_rss75"
row "smtp-codes" "$app_ms" "$app_ms25" "$app_ms75" "$app_probe" "$app_rss" "$app_rss25" "$app_rss75"
awk -v a="$app_ms" -v b="$bare_ms" -v ar="$app_rss" -v br="$bare_rss" 'BEGIN {
    printf "ratio        start-up %.2fx (target <= 1.35x)   peak RSS %.2fx (target <= 1.5x)\n", a / b, ar / br }'
