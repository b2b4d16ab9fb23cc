#!/usr/bin/env bash
# Installs what a fresh machine lacks to build, run and test LabelChain, and nothing else.
# Idempotent: when everything is present it only checks, in a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { echo "[setup] $*"; }

# 1. Debian packages: a C toolchain for -sys crates, protoc for libp2p, mold to link the node.
packages=(clang libclang-dev protobuf-compiler pkg-config libssl-dev mold make)
missing=()
for p in "${packages[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	log "installing Debian packages: ${missing[*]}"
	SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# 2. Rust: the wasm target substrate-wasm-builder uses, and the standard library's sources.
installed_targets=$(rustup target list --installed)
for t in wasm32v1-none wasm32-unknown-unknown; do
	grep -qx "$t" <<<"$installed_targets" || { log "rustup target add $t"; rustup target add "$t"; }
done
rustup component list --installed | grep -q '^rust-src' || { log "rustup component add rust-src"; rustup component add rust-src; }

# 3. npm packages of the client tests (pinned in scripts/package-lock.json).
if command -v npm >/dev/null; then
	if [ ! -d scripts/node_modules ] || [ scripts/package-lock.json -nt scripts/node_modules/.package-lock.json ]; then
		log "npm ci (scripts/)"
		(cd scripts && npm ci --no-audit --no-fund --loglevel=error)
	fi
else
	log "npm is missing: the client tests need Node.js 20+ and npm"; exit 1
fi
log "ready"
