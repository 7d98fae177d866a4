#!/usr/bin/env bash
# Fetches Dear ImGui from Debian's source archive (package `imgui`, suite sid) and unpacks it into
# DEST. The pinned version (1.92.2b+ds-1) comes first and is checked against its SHA-256 below.
# When sid no longer has it, the newest 1.92.x there is taken instead, with a warning: apt checks
# it against the hashes in Debian's signed Sources index, and the tests decide whether it works.
# The tarball is cached in CACHE so later builds need no network. The apt configuration used is
# generated from the machine's own sources (so no host name lives in this repository) and kept
# inside the build folder: the system's apt setup is untouched.
#
# Usage: fetch-imgui.sh CACHE_DIR DEST_DIR
#        fetch-imgui.sh --choose PIN VERSION...   print which of VERSION... would be used for PIN
#                                                 (no network; warnings on stderr; for tests)
# CE_IMGUI_PIN=<Debian version> pins another version (its checksum is then apt's alone).
set -euo pipefail

pinned_version="1.92.2b+ds-1"
pinned_sha256="e7bd201d56b5ee90d24d5dac85e5c12f98bdb95410252a62d27b7f89e4566d48"
fallback_series="1.92"   # a fallback must come from the same minor series: the API we build on

# Picks the version to use: PIN when it is among the VERSIONs, else the newest of the fallback
# series (Debian's version order), else nothing (exit 1). Warns on stderr when not the pin.
choose() {
  local pin=$1 best="" v
  shift
  for v in "$@"; do
    if [ "$v" = "$pin" ]; then echo "$pin"; return 0; fi
  done
  for v in "$@"; do
    case "${v#*:}" in "$fallback_series".*) ;; *) continue ;; esac
    if [ -z "$best" ] || dpkg --compare-versions "$v" gt "$best"; then best=$v; fi
  done
  if [ -z "$best" ]; then
    echo "fetch-imgui: Debian has neither imgui $pin nor any $fallback_series.x (it has: ${*:-nothing})" >&2
    return 1
  fi
  echo "fetch-imgui: WARNING: imgui $pin is no longer in Debian; using $best, the newest $fallback_series.x" \
       "there (checked by apt against Debian's signed index, not against our pinned checksum)." \
       "The tests decide whether it works; update the pin in scripts/fetch-imgui.sh when it does." >&2
  echo "$best"
}

if [ "${1:-}" = "--choose" ]; then
  shift
  [ $# -ge 1 ] || { echo "usage: fetch-imgui.sh --choose PIN VERSION..." >&2; exit 2; }
  choose "$@"
  exit
fi
[ $# -eq 2 ] || { echo "usage: fetch-imgui.sh CACHE_DIR DEST_DIR" >&2; exit 2; }

pin=${CE_IMGUI_PIN:-$pinned_version}
cache=$(mkdir -p "$1" && cd "$1" && pwd)
dest=$2
stamp="$dest/.debian-version"   # "<version used> <pin it stood in for>"

orig_tarball() { local upstream=${1#*:}; echo "imgui_${upstream%-*}.orig.tar.xz"; }
# Only the pinned version has a checksum of ours; VERSION FILE.
verify_pinned() {
  [ "$1" = "$pinned_version" ] && echo "$pinned_sha256  $2" | sha256sum -c --status
}
unpack() {
  rm -rf "$dest"
  mkdir -p "$dest"
  tar -xJf "$cache/$(orig_tarball "$1")" -C "$dest" --strip-components=1
  echo "$1 $pin" > "$stamp"
  echo "fetch-imgui: Dear ImGui $1 in $dest"
}

# Already unpacked: the pin, or a fallback chosen earlier for this same pin (warned about again).
if [ -f "$dest/imgui.h" ] && [ -f "$stamp" ]; then
  read -r used used_for < "$stamp" || true
  if [ "$used" = "$pin" ]; then exit 0; fi
  if [ "${used_for:-}" = "$pin" ]; then
    echo "fetch-imgui: WARNING: building with imgui $used, a fallback for the pinned $pin" >&2
    exit 0
  fi
elif [ -f "$dest/imgui.h" ] && [ "$pin" = "$pinned_version" ] &&
     grep -Eq "define IMGUI_VERSION +\"${pinned_version%%+*}\"" "$dest/imgui.h"; then
  echo "$pin $pin" > "$stamp"   # unpacked before stamps existed
  exit 0
fi

# The pinned tarball in the cache, checksum-verified: no network needed.
if verify_pinned "$pin" "$cache/$(orig_tarball "$pin")" 2>/dev/null; then
  unpack "$pin"
  exit 0
fi
# A fallback downloaded earlier for this pin (apt verified it then): no network either.
if [ -f "$cache/fallback" ]; then
  read -r used used_for < "$cache/fallback" || true
  if [ "${used_for:-}" = "$pin" ] && [ -f "$cache/$(orig_tarball "$used")" ]; then
    echo "fetch-imgui: WARNING: building with imgui $used, a fallback for the pinned $pin" >&2
    unpack "$used"
    exit 0
  fi
fi

# The first deb URI of the machine's Debian archive (not the security one), from either format.
uri=$( { grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources | awk '{print $2}';
         grep -hs '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list | awk '{for(i=2;i<=NF;i++) if ($i ~ /^[a-z]+:\/\//) {print $i; break}}'; } \
       | grep -v -- '-security' | grep '/debian/\?$' | head -n 1 || true)
if [ -z "$uri" ]; then
  echo "fetch-imgui: found no Debian archive in this machine's apt sources" >&2
  exit 1
fi
apt_dir="$cache/apt"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/parts"
echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uri sid main" > "$apt_dir/sources.list"
apt_opts=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=$apt_dir/parts"
          -o "Dir::State::Lists=$apt_dir/lists" -o "APT::Sandbox::User=root")
apt-get -qq "${apt_opts[@]}" update
mapfile -t available < <(apt-cache "${apt_opts[@]}" showsrc imgui 2>/dev/null | sed -n 's/^Version: //p' | sort -u)
version=$(choose "$pin" "${available[@]}") || { rm -rf "$apt_dir/lists"; exit 1; }
echo "fetch-imgui: downloading imgui $version source from Debian"
(cd "$cache" && apt-get -qq "${apt_opts[@]}" source --download-only "imgui=$version" >/dev/null)
rm -rf "$apt_dir/lists"   # 12 MB of package indices, only needed for this one download
if [ "$version" = "$pinned_version" ] && ! verify_pinned "$version" "$cache/$(orig_tarball "$version")"; then
  echo "fetch-imgui: checksum mismatch for $(orig_tarball "$version") (expected $pinned_sha256)" >&2
  exit 1
fi
[ "$version" = "$pin" ] || echo "$version $pin" > "$cache/fallback"
unpack "$version"
