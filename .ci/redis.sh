#!/usr/bin/env bash
# A throwaway Redis on loopback for the rate-limit store's tests (tests read REDIS_URL).
#
#   source .ci/redis.sh          starts it, exports REDIS_URL, and stops it when the shell exits
#   bash .ci/redis.sh start      starts it and prints `export REDIS_URL=...` (eval it)
#   bash .ci/redis.sh stop       stops the one `start` left running
#
# Installs redis-server (Debian's package, quietly) when it is missing. Port: REDIS_PORT, default
# 6390, or the next free one up to 6399. Data: a temp dir, nothing saved to disk.

redis_state_file="${TMPDIR:-/tmp}/digitalocean-models-redis.env"

redis_install() {
  command -v redis-server >/dev/null 2>&1 && return 0
  echo "redis.sh: installing redis-server" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
}

redis_listening() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

redis_start() {
  redis_install || { echo "redis.sh: could not install redis-server" >&2; return 1; }
  local port="${REDIS_PORT:-6390}" last=$(( ${REDIS_PORT:-6390} + 9 ))
  while redis_listening "$port"; do
    port=$((port + 1))
    [ "$port" -le "$last" ] || { echo "redis.sh: no free port up to $last" >&2; return 1; }
  done
  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/redis-XXXXXX")
  redis-server --port "$port" --bind 127.0.0.1 --dir "$dir" --save '' --appendonly no \
    --daemonize yes --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" || return 1
  local tries=0
  until [ "$(redis-cli -p "$port" ping 2>/dev/null)" = "PONG" ]; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ]; then
      echo "redis.sh: redis-server on port $port did not answer PING" >&2
      cat "$dir/redis.log" >&2 2>/dev/null
      return 1
    fi
    sleep 0.1
  done
  printf 'REDIS_PORT_STARTED=%s\nREDIS_DIR_STARTED=%s\n' "$port" "$dir" >"$redis_state_file"
  REDIS_URL="redis://127.0.0.1:$port"
  export REDIS_URL
  echo "redis.sh: redis-server $(redis-server --version | sed -E 's/.*v=([^ ]+).*/\1/') on $REDIS_URL" >&2
}

redis_stop() {
  [ -f "$redis_state_file" ] || return 0
  local REDIS_PORT_STARTED="" REDIS_DIR_STARTED=""
  # shellcheck disable=SC1090
  . "$redis_state_file"
  redis-cli -p "$REDIS_PORT_STARTED" shutdown nosave >/dev/null 2>&1 ||
    { [ -f "$REDIS_DIR_STARTED/redis.pid" ] && kill "$(cat "$REDIS_DIR_STARTED/redis.pid")" 2>/dev/null; }
  case "$REDIS_DIR_STARTED" in "${TMPDIR:-/tmp}"/redis-*) rm -rf "$REDIS_DIR_STARTED" ;; esac
  rm -f "$redis_state_file"
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  # Sourced: start, export REDIS_URL, and stop on exit, after whatever EXIT trap was there.
  redis_start || return 1
  eval "redis_previous_trap=($(trap -p EXIT))"
  trap "redis_stop; ${redis_previous_trap[2]:-}" EXIT
else
  set -euo pipefail
  case "${1:-start}" in
    start) redis_start && echo "export REDIS_URL=$REDIS_URL" ;;
    stop) redis_stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
  esac
fi
