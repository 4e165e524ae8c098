#!/usr/bin/env bash
# Build the Teams app package for MeetingBot.
#
#   bash manifest/build-package.sh <botAppId> <botDomain> [version]
#
#   botAppId   the bot's Microsoft App ID (the Entra app registration's client id, or the client id of the
#              user-assigned managed identity): a GUID such as 00000000-0000-0000-0000-000000000000
#   botDomain  the host name the bot is served on, without scheme or path: meetingbot.example.org
#   version    the app package version, semver x.y.z (default 1.0.0). Raise it for every upload that
#              changes the manifest, or Teams keeps the old one.
#
# Writes manifest/build/manifest.json, the two icons and manifest/build/MeetingBot.zip (upload that one).
# Needs bash, python3 and zip (or python3's zipfile module when zip is missing).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${MEETINGBOT_PACKAGE_OUT:-$here/build}"  # override for throw-away builds (validate.sh uses a temp folder)

usage() {
  echo "usage: bash manifest/build-package.sh <botAppId> <botDomain> [version]" >&2
  echo "   eg: bash manifest/build-package.sh 3f2b0c1e-9a7d-4c55-8e21-6b0d9f4a1c77 meetingbot.example.org 1.0.0" >&2
}
fail() { echo "build-package: $*" >&2; exit 2; }

if [[ $# -lt 2 || $# -gt 3 ]]; then usage; exit 2; fi
app_id="$1"
domain="$2"
version="${3:-1.0.0}"

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
[[ "$app_id" =~ $guid ]] ||
  fail "botAppId '$app_id' is not a GUID. Use the Application (client) ID of the bot's app registration, eg 3f2b0c1e-9a7d-4c55-8e21-6b0d9f4a1c77 (az ad app list --display-name MeetingBot --query [].appId -o tsv)."
[[ "$app_id" != "00000000-0000-0000-0000-000000000000" ]] ||
  fail "botAppId is the all-zero placeholder GUID: use the bot's real Application (client) ID."

[[ "$domain" != *"://"* ]] ||
  fail "botDomain '$domain' has a scheme: give only the host name, eg meetingbot.example.org (not https://meetingbot.example.org)."
[[ "$domain" != */* ]] ||
  fail "botDomain '$domain' has a path: give only the host name, eg meetingbot.example.org (the bot answers on https://<domain>/api/messages)."
# Lower-case host name labels (letters, digits, hyphens), at least two labels; an optional :port is refused
# because Teams needs the default https port.
host='^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$'
app_id="$(printf '%s' "$app_id" | tr '[:upper:]' '[:lower:]')"
domain_lower="$(printf '%s' "$domain" | tr '[:upper:]' '[:lower:]')"
[[ "$domain_lower" =~ $host ]] ||
  fail "botDomain '$domain' is not a host name like meetingbot.example.org or meetingbot-prod.azurewebsites.net (no port, no trailing dot)."

semver='^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$'
[[ "$version" =~ $semver ]] ||
  fail "version '$version' is not x.y.z (eg 1.0.3); Teams needs plain semver without a pre-release suffix."

for f in manifest.json color.png outline.png; do
  [[ -f "$here/$f" ]] || fail "missing $here/$f (redraw the icons with: python3 manifest/draw-icons.py)"
done

mkdir -p "$out"
rm -f "$out/manifest.json" "$out/color.png" "$out/outline.png" "$out/MeetingBot.zip"

# Substitute with Python rather than sed so no character of the values needs escaping, and check that
# the result is JSON with no placeholder left.
python3 - "$here/manifest.json" "$out/manifest.json" "$app_id" "$domain_lower" "$version" <<'PY'
import json, re, sys
src, dst, app_id, domain, version = sys.argv[1:]
text = open(src, encoding="utf-8").read()
values = {"BOT_APP_ID": app_id, "BOT_DOMAIN": domain, "APP_VERSION": version}
text = re.sub(r"\$\{\{(\w+)\}\}", lambda m: values[m.group(1)] if m.group(1) in values else m.group(0), text)
left = sorted(set(re.findall(r"\$\{\{\w+\}\}", text)))
if left:
    sys.exit("build-package: manifest.json has placeholders this script does not know: " + ", ".join(left))
json.loads(text)
open(dst, "w", encoding="utf-8", newline="\n").write(text)
PY

cp "$here/color.png" "$here/outline.png" "$out/"

# The three files sit at the root of the zip, as Teams requires.
if command -v zip >/dev/null 2>&1; then
  (cd "$out" && zip -q -X MeetingBot.zip manifest.json color.png outline.png)
else
  (cd "$out" && python3 -m zipfile -c MeetingBot.zip manifest.json color.png outline.png)
fi

echo "Built $out/MeetingBot.zip (bot $app_id, domain $domain_lower, version $version)."
echo "Validate it with: bash manifest/validate.sh $out"
echo "Upload it in Teams: Apps > Manage your apps > Upload an app > Upload a custom app (or the Teams admin centre)."
