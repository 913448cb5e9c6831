#!/usr/bin/env bash
# The package as a user gets it, for the scripts that test it so (consumer.sh, runtimes.sh):
#
#   source .ci/pack.sh
#   install_packed "$repo" "$work" consumer
#
# install_packed REPO DIR NAME packs the package in REPO (npm pack) into DIR, writes there the
# package.json of a fresh ESM project named NAME, and installs the tarball into it.

install_packed() {
  local repo=$1 dir=$2 name=$3 tarball
  tarball=$(cd "$repo" && npm pack --silent --pack-destination "$dir" | tail -n 1)
  printf '{ "name": "%s", "version": "1.0.0", "private": true, "type": "module" }\n' "$name" > "$dir/package.json"
  (cd "$dir" && npm install --silent --no-audit --no-fund --prefer-offline "./$tarball" >/dev/null)
}
