#!/usr/bin/env bash
# The hygiene gate of the test command: every C++ source is formatted by the project's
# .clang-format (Debian's clang-format), no file in app/ is over 400 lines and no function there
# over 80. Prints each offence and fails on any.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(git ls-files -co --exclude-standard '*.cpp' '*.h' | grep -v '^build/')
status=0

unformatted=()
for file in "${sources[@]}"; do
    [[ -f $file ]] || continue
    clang-format --dry-run -Werror "$file" >/dev/null 2>&1 || unformatted+=("$file")
done
if [[ ${#unformatted[@]} -gt 0 ]]; then
    echo "check-sources: not formatted by .clang-format (run clang-format -i on them):" >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    clang-format --dry-run "${unformatted[0]}" 2>&1 | head -20 >&2
    status=1
fi

for file in "${sources[@]}"; do
    [[ $file == app/* && -f $file ]] || continue
    lines=$(wc -l <"$file")
    if [[ $lines -gt 400 ]]; then
        echo "check-sources: $file has $lines lines (at most 400: split it by responsibility)" >&2
        status=1
    fi
    # With the project's style a function body opens with "{" alone in column 0 and closes
    # with "}" alone there; classes close with "};" and namespaces with "} // namespace".
    awk -v file="$file" '
        $0 == "{" { start = FNR; header = previous }
        $0 == "}" && start { if (FNR - start - 1 > 80) { printf "check-sources: %s:%d: function of %d lines (at most 80): %s\n", file, start, FNR - start - 1, header; bad = 1 } start = 0 }
        { previous = $0 }
        END { exit bad }' "$file" >&2 || status=1
done

if [[ $status -eq 0 ]]; then
    echo "check-sources: ${#sources[@]} sources formatted; files and functions in app/ within their limits"
fi
exit $status
