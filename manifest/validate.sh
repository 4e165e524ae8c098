#!/usr/bin/env bash
# Validate MeetingBot's Teams app package with Microsoft's @microsoft/app-manifest (npm), offline.
#
#   bash manifest/validate.sh                  build a package with sample ids in a temp folder and validate it
#   bash manifest/validate.sh manifest/build   validate a package built by build-package.sh
#
# The manifest is checked against the JSON schema shipped inside the npm package (its $schema URL is resolved
# to that local file; the validator has no network access), plus the Teams rules the schema leaves out
# (<= 10 commands per list, icon sizes, white-on-transparent outline icon, zip layout).
# The validator's exact versions are pinned in manifest/.validator/package-lock.json; it installs them with
# `npm ci` on first use (needs the npm registry once, or a warm npm cache).
#
# Exit 0 on PASS, 1 on FAIL, and 0 with a "SKIPPED: <reason>" line when node/npm (or python3) are missing or
# the validator cannot be installed, so CI can call it unconditionally and still show why nothing was checked.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
validator="$here/.validator"

skip() {
  echo "########################################################################"
  echo "SKIPPED: Teams manifest validation: $*"
  echo "########################################################################"
  exit 0
}

command -v node >/dev/null 2>&1 || skip "node is not installed (install Node.js 18+ and npm to validate the Teams package)"
node_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
[[ "$node_major" -ge 18 ]] || skip "node $(node --version 2>/dev/null) is older than 18"
command -v python3 >/dev/null 2>&1 || skip "python3 is not installed (build-package.sh needs it)"

installed_version() {
  node -p 'require(process.argv[1]).version' "$validator/node_modules/@microsoft/app-manifest/package.json" 2>/dev/null
}
locked_version() {
  node -p 'require(process.argv[1]).packages["node_modules/@microsoft/app-manifest"].version' "$validator/package-lock.json"
}

if [[ "$(installed_version)" != "$(locked_version)" || ! -d "$validator/node_modules/fs-extra" ]]; then
  command -v npm >/dev/null 2>&1 || skip "npm is not installed and the validator is not installed yet"
  echo "Installing the validator (npm ci in manifest/.validator) ..."
  if ! npm_log="$(cd "$validator" && npm ci --no-audit --no-fund --loglevel=error 2>&1)"; then
    echo "$npm_log" | tail -n 15
    skip "npm ci failed in manifest/.validator (offline or registry unreachable?)"
  fi
fi

if [[ $# -ge 1 ]]; then
  folder="$(cd "$1" 2>/dev/null && pwd)" || { echo "FAIL: no such folder: $1"; exit 1; }
  [[ -f "$folder/manifest.json" ]] || { echo "FAIL: $folder has no manifest.json (build it with: bash manifest/build-package.sh <botAppId> <botDomain>)"; exit 1; }
  zip_file="$folder/MeetingBot.zip"
else
  folder="$(mktemp -d "${TMPDIR:-/tmp}/meetingbot-package.XXXXXX")"
  trap 'rm -rf "$folder"' EXIT
  # Sample values: any GUID and host name will do to check the template's shape.
  MEETINGBOT_PACKAGE_OUT="$folder" bash "$here/build-package.sh" \
    "6b1e4c2a-3f5d-4e8b-9a70-2c4d6e8f0a1b" "meetingbot.example.org" "1.0.0" >/dev/null || {
    echo "FAIL: build-package.sh could not build the package"; exit 1; }
  zip_file="$folder/MeetingBot.zip"
fi

echo "Validating the Teams app package in $folder ..."
zip_arg=()
[[ -f "$zip_file" ]] && zip_arg=("$zip_file")
(cd "$validator" && node validate.mjs "$folder" "${zip_arg[@]}")
status=$?
if [[ $status -eq 2 ]]; then
  echo "FAIL: the validator could not run (see above)"
  exit 1
fi
exit $status
