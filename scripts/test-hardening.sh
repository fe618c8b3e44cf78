#!/usr/bin/env bash
# Hardening checks, after scripts/test.sh has installed what the build needs:
#  1. the whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer
#     (build/asan); any sanitizer report fails, also from the processes the tests start;
#  2. each libFuzzer target (build/fuzz, clang) for FUZZ_SECONDS seconds (default 60), both at
#     once, one a core; any crash, leak, timeout or sanitizer report fails.
# FUZZ_SECONDS=3600 scripts/test-hardening.sh fuzzes for an hour; SKIP_ASAN=1 only fuzzes.
set -euo pipefail
cd "$(dirname "$0")/.."
fuzz_seconds="${FUZZ_SECONDS:-60}"

if [[ "${SKIP_ASAN:-0}" != 1 ]]; then
    # The asan test preset sends every report here (log_path), so that a report from the
    # executable tst_terminalmode starts is not lost in that test's captured stderr.
    reports=build/asan/sanitizer-reports
    rm -rf "$reports"
    mkdir -p "$reports"
    start=$SECONDS
    cmake --preset asan
    cmake --build --preset asan
    built=$SECONDS
    ctest --preset asan
    if compgen -G "$reports/*" > /dev/null; then
        echo "test-hardening: sanitizer reports:" >&2
        cat "$reports"/* >&2
        exit 1
    fi
    echo "test-hardening: sanitizer suite clean (build $((built - start)) s, tests $((SECONDS - built)) s)"
fi

cmake -S . -B build/fuzz -G "Unix Makefiles" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSMTPCODES_FUZZ=ON -DBUILD_TESTING=OFF > /dev/null
# Only the fuzzers and the modules they link, not the window and the terminal mode.
cmake --build build/fuzz -j 2 --target fuzzers

# target, seed directories, dictionary, longest input
fuzz() {
    local target=$1 dict=$2 max_len=$3
    shift 3
    local binary=build/fuzz/tests/fuzz/$target
    local corpus=build/fuzz/corpus/$target
    local artifacts=build/fuzz/artifacts/$target
    mkdir -p "$corpus" "$artifacts"
    # Former findings first: each must pass before new inputs are tried.
    local regressions=tests/fuzz/regressions/$target
    if compgen -G "$regressions/*" > /dev/null; then
        "$binary" -runs=0 "$regressions"/* > "build/fuzz/$target-regressions.log" 2>&1 || {
            cat "build/fuzz/$target-regressions.log" >&2
            return 1
        }
    fi
    # The first directory collects new inputs; the seeds are only read.
    "$binary" -max_total_time="$fuzz_seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
        -dict="$dict" -artifact_prefix="$artifacts/" -print_final_stats=1 \
        "$corpus" "$@" > "build/fuzz/$target.log" 2>&1
}

fuzz fuzz_knowledgebaseloader tests/fuzz/knowledgebase.dict 65536 \
    tests/data/kb tests/data/overlay resources/knowledge-base &
kb_pid=$!
fuzz fuzz_replyparser tests/fuzz/replyparser.dict 16384 tests/data/explain &
parser_pid=$!
fuzz fuzz_mailreader tests/fuzz/mailreader.dict 65536 tests/data/explain/mail &
mail_pid=$!
fuzz fuzz_summarizer tests/fuzz/summarizer.dict 65536 tests/data/summary tests/data/explain/mail &
summary_pid=$!
status=0
for pid_target in "$kb_pid:fuzz_knowledgebaseloader" "$parser_pid:fuzz_replyparser" "$mail_pid:fuzz_mailreader" \
    "$summary_pid:fuzz_summarizer"; do
    pid=${pid_target%%:*}
    target=${pid_target#*:}
    if wait "$pid"; then
        echo "test-hardening: $target: no crash in ${fuzz_seconds} s ($(grep -o 'stat::number_of_executed_units: [0-9]*' "build/fuzz/$target.log" | grep -o '[0-9]*$') inputs)"
    else
        echo "test-hardening: $target failed (a crash, leak or timeout: the input is in build/fuzz/artifacts/$target/)" >&2
        tail -n 60 "build/fuzz/$target.log" >&2
        status=1
    fi
done
exit $status
