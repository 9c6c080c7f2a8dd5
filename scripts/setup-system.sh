#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian packages the app and its test suite need, only when some are missing.
# Idempotent: a second run installs nothing and exits quickly.
set -euo pipefail

# Runtime: tor and its pluggable transports, audio, Qt's xcb platform, CJK fonts.
RUNTIME_PACKAGES=(
  tor obfs4proxy snowflake-client
  libportaudio2 libasound2-plugins
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-xinerama0 libxcb-shape0 libegl1 libgl1 libfontconfig1 libdbus-1-3
  fonts-noto-cjk
  python3-venv
)
# Tests, benchmarks and `make dist`: the real age tools, a private audio server, synthetic speech, a virtual
# screen (xdotool finds the app's window from outside), patchelf (points the bundled tor at its bundled libraries), desktop-file-validate,
# ClamAV (the archive's virus check before bagging; archive machines install it too, docs/archive.md).
TEST_PACKAGES=(
  age pulseaudio pulseaudio-utils sox espeak-ng xvfb xauth nodejs npm imagemagick time
  patchelf desktop-file-utils xdotool clamav
)

want=("${RUNTIME_PACKAGES[@]}")
if [ "${1:-}" = "--with-tests" ]; then want+=("${TEST_PACKAGES[@]}"); fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "setup-system: this is not a Debian-family system; install these by hand: ${want[*]}" >&2
  exit 0
fi

missing=()
for pkg in "${want[@]}"; do
  # nodejs from another repository may provide npm itself; accept any installed npm.
  if [ "$pkg" = npm ] && command -v npm >/dev/null 2>&1; then continue; fi
  if [ "$pkg" = nodejs ] && command -v node >/dev/null 2>&1; then continue; fi
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO=(sudo -n)
elif command -v sudo >/dev/null 2>&1; then
  echo "setup-system: these Debian packages are missing: ${missing[*]}" >&2
  echo "setup-system: sudo will ask for your password to install them." >&2
  SUDO=(sudo)
else
  echo "setup-system: these Debian packages are missing: ${missing[*]}" >&2
  echo "setup-system: run 'make' as root, or install them first:  apt-get install ${missing[*]}" >&2
  exit 1
fi

echo "setup-system: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
