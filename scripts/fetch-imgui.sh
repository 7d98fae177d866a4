#!/usr/bin/env bash
# Fetches Dear ImGui 1.92.2b from Debian's source archive (package `imgui`, suite sid), verifies
# its checksum and unpacks it into DEST. The tarball is cached in CACHE so later builds need no
# network. The apt configuration used is generated from the machine's own sources (so no host name
# lives in this repository) and kept inside the build folder: the system's apt setup is untouched.
# Usage: fetch-imgui.sh CACHE_DIR DEST_DIR
set -euo pipefail

version="1.92.2b"
debian_version="1.92.2b+ds-1"
tarball="imgui_${version}+ds.orig.tar.xz"
sha256="e7bd201d56b5ee90d24d5dac85e5c12f98bdb95410252a62d27b7f89e4566d48"

cache=$(mkdir -p "$1" && cd "$1" && pwd)
dest=$2

if [ -f "$dest/imgui.h" ] && grep -Eq "define IMGUI_VERSION +\"$version\"" "$dest/imgui.h"; then
  exit 0
fi

verify() { echo "$sha256  $1" | sha256sum -c --status; }

if [ ! -f "$cache/$tarball" ] || ! verify "$cache/$tarball"; then
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
  echo "fetch-imgui: downloading imgui $debian_version source from Debian"
  apt-get -qq "${apt_opts[@]}" update
  (cd "$cache" && apt-get -qq "${apt_opts[@]}" source --download-only "imgui=$debian_version" >/dev/null)
  rm -rf "$apt_dir/lists"   # 12 MB of package indices, only needed for this one download
  if ! verify "$cache/$tarball"; then
    echo "fetch-imgui: checksum mismatch for $tarball (expected $sha256)" >&2
    exit 1
  fi
fi

rm -rf "$dest"
mkdir -p "$dest"
tar -xJf "$cache/$tarball" -C "$dest" --strip-components=1
echo "fetch-imgui: Dear ImGui $version in $dest"
