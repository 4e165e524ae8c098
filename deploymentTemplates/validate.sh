#!/usr/bin/env bash
# Compile and lint deploymentTemplates/main.bicep with the Bicep CLI, offline after the first restore.
#
#   bash deploymentTemplates/validate.sh
#
# Uses `bicep` from PATH when there is one; otherwise restores the Bicep CLI from NuGet
# (Azure.Bicep.CommandLine.linux-x64, pinned below) into the NuGet global packages folder through a throw-away
# project, so only `dotnet` is needed. Then: `bicep build` (type checks every resource against the Azure API
# versions used), `bicep lint` with no warning allowed, and a check that every parameter in main.parameters.json
# is declared by the template.
#
# Exit 0 on PASS, 1 on FAIL, and 0 with a "SKIPPED: <reason>" line when neither bicep nor dotnet is usable.
set -uo pipefail

BICEP_VERSION="0.49.2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

skip() {
  echo "########################################################################"
  echo "SKIPPED: Bicep validation: $*"
  echo "########################################################################"
  exit 0
}

bicep="$(command -v bicep || true)"
if [[ -z "$bicep" ]]; then
  command -v dotnet >/dev/null 2>&1 || skip "neither bicep nor dotnet is installed"
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) package="Azure.Bicep.CommandLine.linux-x64" ;;
    *) skip "no pinned Bicep CLI package for $(uname -s)-$(uname -m); install bicep on PATH" ;;
  esac
  packages="$(dotnet nuget locals global-packages --list 2>/dev/null | sed -n 's/^global-packages: *//p')"
  packages="${packages:-$HOME/.nuget/packages/}"
  bicep="${packages%/}/$(echo "$package" | tr '[:upper:]' '[:lower:]')/$BICEP_VERSION/tools/bicep"
  if [[ ! -f "$bicep" ]]; then
    echo "Restoring $package $BICEP_VERSION from NuGet ..."
    restore_dir="$(mktemp -d "${TMPDIR:-/tmp}/bicep-restore.XXXXXX")"
    cat > "$restore_dir/restore.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="$package" Version="$BICEP_VERSION" />
  </ItemGroup>
</Project>
EOF
    if ! log="$(cd "$restore_dir" && dotnet restore restore.csproj 2>&1)"; then
      echo "$log" | tail -n 15
      rm -rf "$restore_dir"
      skip "could not restore $package $BICEP_VERSION from NuGet (offline?)"
    fi
    rm -rf "$restore_dir"
    [[ -f "$bicep" ]] || skip "the restored package has no tools/bicep at $bicep"
  fi
  chmod +x "$bicep" 2>/dev/null || true
fi

echo "Using $("$bicep" --version 2>&1 | head -n 1) ($bicep)"
out="$(mktemp -d "${TMPDIR:-/tmp}/bicep-build.XXXXXX")"
trap 'rm -rf "$out"' EXIT
failed=0

if ! build_log="$("$bicep" build "$here/main.bicep" --outfile "$out/main.json" 2>&1)"; then
  echo "$build_log"
  echo "  - bicep build failed"
  failed=1
elif grep -qi "warning\|error" <<<"$build_log"; then
  echo "$build_log"
  echo "  - bicep build reported diagnostics"
  failed=1
fi

if ! lint_log="$("$bicep" lint "$here/main.bicep" 2>&1)" || [[ -n "$lint_log" ]]; then
  echo "$lint_log"
  echo "  - bicep lint reported diagnostics"
  failed=1
fi

if [[ -f "$out/main.json" ]]; then
  if ! python3 - "$out/main.json" "$here/main.parameters.json" <<'PY'
import json, sys
template = json.load(open(sys.argv[1]))
parameters = json.load(open(sys.argv[2]))["parameters"]
declared = template["parameters"]
unknown = sorted(set(parameters) - set(declared))
missing = sorted(n for n, p in declared.items()
                 if "defaultValue" not in p and n not in parameters and p["type"] not in ("securestring", "secureobject"))
for n in unknown:
    print(f"  - main.parameters.json sets '{n}', which main.bicep does not declare")
for n in missing:
    print(f"  - main.parameters.json lacks required parameter '{n}'")
sys.exit(1 if unknown or missing else 0)
PY
  then
    failed=1
  fi
fi

if [[ $failed -ne 0 ]]; then
  echo "FAIL: deploymentTemplates/main.bicep"
  exit 1
fi
echo "PASS: deploymentTemplates/main.bicep builds and lints cleanly; main.parameters.json matches its parameters"
