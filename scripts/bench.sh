#!/usr/bin/env bash
# Builds the benchmarks (tests/bench) in build/bench, an optimised build of its own, and prints
# one figure per benchmark and data row.
#
#   scripts/bench.sh              wall time, the median of 5 runs of Qt Test's adaptive loop
#   scripts/bench.sh --callgrind  instructions per iteration under valgrind's callgrind, which
#                                 do not depend on the machine's load (needs valgrind)
#   scripts/bench.sh ... NAME     only the benchmark executables whose name contains NAME
set -euo pipefail
cd "$(dirname "$0")/.."
mode=walltime
filter=
for argument in "$@"; do
    case "$argument" in
    --callgrind) mode=callgrind ;;
    -h | --help)
        sed -n '2,8p' "$0"
        exit 0
        ;;
    *) filter=$argument ;;
    esac
done
if [[ $mode == callgrind ]] && ! command -v valgrind >/dev/null; then
    echo "bench.sh: --callgrind needs valgrind (apt-get install valgrind)" >&2
    exit 2
fi

scripts/install-deps.sh
build=build/bench
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON -DSMTPCODES_WERROR=ON >/dev/null
benchmarks=(bench_knowledgebaseloader bench_search bench_renderers bench_explainer)
cmake --build "$build" --parallel 2 --target "${benchmarks[@]}" bench_summarizer >/dev/null

export QT_QPA_PLATFORM=offscreen
case $mode in
walltime)
    options=(-median 5)
    unit="ms per iteration (median of 5)"
    ;;
callgrind)
    # Each iteration runs once under callgrind, so data rows that alternate between two
    # inputs count only the first.
    options=(-callgrind)
    unit="instructions per iteration (callgrind)"
    ;;
esac

printf '%-44s %-24s %16s\n' benchmark "data row" "$unit"
for benchmark in "${benchmarks[@]}"; do
    [[ -z $filter || $benchmark == *"$filter"* ]] || continue
    # -csv prints "function","data row","metric",value,total,iterations for each result.
    "$build/tests/bench/$benchmark" "${options[@]}" -csv 2>/dev/null |
        awk -F, -v bench="$benchmark" '
            /^"/ && NF >= 6 {
                name = $1; gsub(/"/, "", name)
                row = $2; gsub(/"/, "", row)
                value = $4 + 0
                if ($3 ~ /Walltime/) {
                    printf "%-44s %-24s %16.4f\n", bench "::" name, row, value
                } else {
                    printf "%-44s %-24s %16.0f\n", bench "::" name, row, value
                }
            }'
done
# The summary of a large log is one run per size, not a QBENCHMARK loop: a 100 MB log is its
# own measurement. It prints its time, its speed and its peak RSS against the file's size.
if [[ $mode == walltime && ( -z $filter || bench_summarizer == *"$filter"* ) ]]; then
    "$build/tests/bench/bench_summarizer" 25 50 100
fi
