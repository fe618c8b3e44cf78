#!/usr/bin/env bash
# Builds the .deb and .tar.gz in build/package, validates the desktop file, the AppStream
# metainfo and the manual page, checks the .deb with lintian (hardening included), installs it
# with apt and checks the installed app.
set -euo pipefail
cd "$(dirname "$0")/.."

build=build/package
app_id=io.github.smtpcodes.SmtpCodes
desktop=packaging/$app_id.desktop
metainfo=packaging/$app_id.metainfo.xml
manual=packaging/smtp-codes.1
# The files the package must install, relative to its prefix.
installed_files=(
    bin/smtp-codes
    share/applications/$app_id.desktop
    share/metainfo/$app_id.metainfo.xml
    share/icons/hicolor/scalable/apps/$app_id.svg
    share/icons/hicolor/48x48/apps/$app_id.png
    share/icons/hicolor/256x256/apps/$app_id.png
    share/man/man1/smtp-codes.1.gz
    share/doc/smtp-codes/copyright
    share/doc/smtp-codes/changelog.gz
)

fail() {
    echo "test-package: $*" >&2
    exit 1
}
step() { echo "== $* (${SECONDS}s)"; }

sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
remove_package=false
settings=$(mktemp -d)
cleanup() {
    rm -rf "$settings"
    if [[ $remove_package == true ]]; then
        "${sudo[@]}" apt-get remove -y -q smtp-codes >/dev/null
    fi
}
trap cleanup EXIT

scripts/install-deps.sh

step "desktop file, metainfo and manual page"
# desktop-file-validate exits 0 on warnings and hints, so any output counts as a failure.
report=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $report"
[[ -z "$report" ]] || fail "desktop-file-validate: $report"
# --strict fails on warnings and infos too; only pedantic hints pass.
appstreamcli validate --no-net --strict "$metainfo"
# The installed icons (installed_files) carry the application id as their name.
grep -qx "Icon=$app_id" "$desktop" || fail "$desktop: Icon is not $app_id"
report=$(groff -man -Tutf8 -ww -z "$manual" 2>&1)
[[ -z "$report" ]] || fail "groff: $report"
# Screenshot URLs point at where docs/screenshots is published; each must exist with the
# size the metainfo declares.
while read -r width height name; do
    [[ -f docs/screenshots/$name ]] || fail "$metainfo: no docs/screenshots/$name"
    grep -q ", $width x $height," <<<"$(file "docs/screenshots/$name")" \
        || fail "docs/screenshots/$name is not ${width}x${height} as $metainfo says"
done < <(sed -nE 's|.*<image type="source" width="([0-9]+)" height="([0-9]+)">[^<]*/([^/<]+)</image>.*|\1 \2 \3|p' "$metainfo")

step "release build in $build"
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" --parallel 2

version=$("$build/app/smtp-codes" --version | sed -n 's/^smtp-codes //p')
[[ -n "$version" ]] || fail "no version from $build/app/smtp-codes --version"
newest_release=$(sed -nE '/<release /{s|.*<release version="([^"]+)".*|\1|p;q}' "$metainfo")
[[ "$newest_release" == "$version" ]] \
    || fail "newest release in $metainfo is $newest_release, the program says $version"
grep -q "^\.TH .*\"smtp-codes $version\"" "$manual" || fail "$manual does not say version $version"
changelog_version=$(dpkg-parsechangelog -l packaging/changelog -S Version)
[[ "$changelog_version" == "$version" ]] \
    || fail "newest version in packaging/changelog is $changelog_version, the program says $version"

step "cmake --install under another prefix"
stage=$PWD/$build/stage
rm -rf "$stage"
cmake --install "$build" --prefix "$stage/opt/smtp-codes" >/dev/null
for path in "${installed_files[@]}"; do
    [[ -f "$stage/opt/smtp-codes/$path" ]] || fail "cmake --install did not install $path"
done
# Also checks that the desktop file the metainfo launches is installed.
appstreamcli validate-tree --no-net --strict "$stage/opt/smtp-codes"

step "packages"
rm -f "$build"/smtp-codes_*.deb "$build"/smtp-codes-*.tar.gz
(cd "$build" && cpack)
deb=$build/smtp-codes_${version}_$(dpkg --print-architecture).deb
tarball=$(ls "$build"/smtp-codes-"$version"-*.tar.gz)
[[ -f "$deb" ]] || fail "cpack made no $deb"
dpkg-deb --info "$deb"
control() { dpkg-deb --field "$deb" "$1"; }
[[ "$(control Package)" == smtp-codes ]] || fail "Package: $(control Package)"
[[ "$(control Section)" == mail ]] || fail "Section: $(control Section)"
[[ -n "$(control Maintainer)" ]] || fail "no Maintainer"
# These come from dpkg-shlibdeps; without them it did not run.
for library in libc6 libqt6core6 libqt6widgets6 libgmime-3.0-0; do
    grep -q "\b$library (>=" <<<"$(control Depends)" || fail "Depends lacks $library: $(control Depends)"
done
listing=$(dpkg-deb --contents "$deb")
tar_listing=$(tar -tzf "$tarball")
for path in "${installed_files[@]}"; do
    grep -q " \./usr/$path\$" <<<"$listing" || fail "$deb lacks /usr/$path"
    grep -q "/$path\$" <<<"$tar_listing" || fail "$tarball lacks $path"
done
ls -l "$deb" "$tarball"

step "lintian $deb"
# Every level is shown (-I info, --pedantic, -E experimental) and any tag fails, errors and
# warnings (--fail-on) as much as the rest: the package is clean, and a new tag is to be fixed,
# or overridden with its reason in usr/share/lintian/overrides/smtp-codes, installed by the
# package. --show-overrides prints overridden tags too (O:, after their reason as N:), so that no
# override hides a hardening tag (hardening-no-pie, -relro, -bindnow, -fortify-functions: the
# program was built without the hardening flags). --no-cfg keeps a user's lintianrc out, and
# --tag-display-limit 0 shows every instance of a tag.
lintian_status=0
report=$(lintian --no-cfg --pedantic -I -E --show-overrides --tag-display-limit 0 \
    --fail-on error,warning "$deb") || lintian_status=$?
[[ $lintian_status -ne 1 ]] || fail "lintian could not check $deb: $report"
hardening=$(grep -E '^[A-Z]: [^ ]+: hardening-' <<<"$report" || true)
[[ -z "$hardening" ]] || fail "lintian: the program lacks hardening flags:"$'\n'"$hardening"
tags=$(grep -vE '^[ON]: ' <<<"$report" || true)
[[ -z "$tags" && $lintian_status -eq 0 ]] || fail "lintian:"$'\n'"$report"
echo "lintian: no tags${report:+ (overridden: $(grep -c '^O: ' <<<"$report"))}"

step "apt-get install ./$deb"
was_installed=$(dpkg-query -W -f='${Status}' smtp-codes 2>/dev/null || true)
# Leaves the machine as it was; a copy installed before the run stays, updated.
[[ "$was_installed" == "install ok installed" ]] || remove_package=true
# --reinstall: the same version may be installed from an earlier run of this script.
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --reinstall "./$deb"
package_files=$(dpkg -L smtp-codes)
for path in "${installed_files[@]}"; do
    grep -qx "/usr/$path" <<<"$package_files" || fail "dpkg -L smtp-codes lacks /usr/$path"
    [[ -f "/usr/$path" ]] || fail "/usr/$path is not on disk"
done
desktop-file-validate "/usr/share/applications/$app_id.desktop"
[[ "$(man -w smtp-codes)" == /usr/share/man/man1/smtp-codes.1.gz ]] || fail "man -w smtp-codes: $(man -w smtp-codes)"

step "the installed smtp-codes"
[[ "$(/usr/bin/smtp-codes --version)" == "smtp-codes $version" ]] \
    || fail "/usr/bin/smtp-codes --version: $(/usr/bin/smtp-codes --version)"
entry=$(/usr/bin/smtp-codes --show 250) || fail "/usr/bin/smtp-codes --show 250 failed"
grep -q '^250 .*completed' <<<"$entry" || fail "/usr/bin/smtp-codes --show 250 printed: $entry"
head -n 1 <<<"$entry"
# The window must open from the package alone: the probe quits once the code list has
# painted. The temporary home keeps the user's settings, and a window of theirs that is
# already open, out of it.
first_paint=$(HOME=$settings XDG_CONFIG_HOME=$settings/config XDG_DATA_HOME=$settings/data \
    XDG_CACHE_HOME=$settings/cache XDG_RUNTIME_DIR=$settings TMPDIR=$settings \
    QT_QPA_PLATFORM=offscreen SMTPCODES_STARTUP_PROBE=1 timeout 60 /usr/bin/smtp-codes 250 \
    2>"$settings/stderr") || fail "the installed window did not open: $(cat "$settings/stderr")"
grep -q '^first-paint-ms ' <<<"$first_paint" \
    || fail "the installed window did not paint: $first_paint $(cat "$settings/stderr")"
echo "window: $first_paint"
echo "test-package: all checks passed in ${SECONDS}s"
