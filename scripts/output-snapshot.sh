#!/usr/bin/env bash
# Writes everything the terminal mode prints for the built-in knowledge base into one folder:
# --list, --show and --compare in every format for every code, --explain in every format for
# every fixture, and the error messages. Two snapshots compared with `diff -r` show whether a
# change that should not change behaviour (a move, a split, a speed-up) changed any output.
#
#   scripts/output-snapshot.sh build/dev/app/smtp-codes /tmp/before
set -euo pipefail
if [[ $# -ne 2 ]]; then
    echo "usage: $0 EXECUTABLE OUTPUT-DIR" >&2
    exit 2
fi
app=$(realpath "$1")
out=$2
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"/{list,show,compare,explain,errors}
export QT_QPA_PLATFORM=offscreen

run() { # file, arguments...: stdout, stderr and exit status of one run
    local file=$1
    shift
    local status=0
    # The same program name whatever the executable's path, since --help prints it.
    (exec -a smtp-codes "$app" --no-overlay "$@") >"$file" 2>"$file.err" || status=$?
    echo "$status" >"$file.status"
}

for format in tsv json; do
    run "$out/list/$format" --list --format "$format"
done
mapfile -t codes < <("$app" --no-overlay --list --format tsv | cut -f1)

# Enhanced rows also answer to a concrete class: X.1.1 as 5.1.1 and 4.1.1.
queries=("${codes[@]}")
for code in "${codes[@]}"; do
    [[ $code == X.* ]] && queries+=("5${code:1}" "4${code:1}" "2${code:1}")
done
for query in "${queries[@]}"; do
    for format in text markdown html json; do
        run "$out/show/$query.$format" --show "$query" --format "$format"
    done
done

# Every code against its neighbour in the list and against 550, and every pair a curated
# distinction names.
pairs=()
for ((i = 0; i < ${#codes[@]}; ++i)); do
    pairs+=("${codes[i]} ${codes[(i + 1) % ${#codes[@]}]}" "${codes[i]} 550")
done
while read -r pair; do
    pairs+=("$pair")
done < <(python3 - "$here/resources/knowledge-base/distinctions.json" <<'EOF'
import itertools, json, sys
for d in json.load(open(sys.argv[1]))["distinctions"]:
    for a, b in itertools.combinations(d["codes"], 2):
        print(a, b)
EOF
)
for pair in "${pairs[@]}"; do
    read -r left right <<<"$pair"
    for format in text markdown html json; do
        run "$out/compare/$left-$right.$format" --compare "$left" "$right" --format "$format"
    done
done

for fixture in "$here"/tests/data/explain/*; do
    name=$(basename "$fixture")
    for format in text markdown json; do
        run "$out/explain/$name.$format" --explain "$fixture" --format "$format"
    done
done

run "$out/errors/help" --help
run "$out/errors/version" --version
run "$out/errors/show-unknown" --show 599
run "$out/errors/show-malformed" --show 5.x
run "$out/errors/compare-one" --compare 250
run "$out/errors/format" --show 250 --format yaml
run "$out/errors/two-modes" --show 250 --list
echo "$(find "$out" -type f -name '*.status' | wc -l) runs written to $out"
