#!/usr/bin/env bash
# Per-user install on a Debian/Ubuntu packing PC: Qt's system libraries, a venv under
# ~/.local/share/lazpack/venv, and a desktop entry. Run from the repo root.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
debs="libegl1 libgl1 libglib2.0-0 libfontconfig1 libxkbcommon0 libdbus-1-3 libcups2 libpulse0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-render-util0 libxcb-image0 libxcb-shape0
  libxkbcommon-x11-0 python3-venv"
missing=$(for d in $debs; do dpkg -s "$d" >/dev/null 2>&1 || echo "$d"; done)
if [ -n "$missing" ]; then sudo apt-get install -y $missing; fi
venv="${XDG_DATA_HOME:-$HOME/.local/share}/lazpack/venv"
python3 -m venv "$venv"
"$venv/bin/pip" install -q "$here"
mkdir -p "$HOME/.local/bin" "$HOME/.local/share/applications" "$HOME/.local/share/icons/hicolor/scalable/apps"
ln -sf "$venv/bin/lazpack" "$HOME/.local/bin/lazpack"
cp "$here/packaging/lazpack.desktop" "$HOME/.local/share/applications/"
cp "$here/resources/icons/lazpack.svg" "$HOME/.local/share/icons/hicolor/scalable/apps/"
echo "installed: run 'lazpack' or pick lazpack from the applications menu"
