#!/usr/bin/env bash
# Runs COMMAND against a throwaway PostgreSQL server and removes the server afterwards.
#
#   scripts/with-postgres.sh npm test
#
# The cluster lives in a fresh temp folder, listens on 127.0.0.1 only (first free port from 54329
# up) with its unix socket inside that folder, trusts every local connection and is tuned for
# tests, not durability. COMMAND runs with
#   AFTERMATH_TEST_PG_URL=postgres://postgres@127.0.0.1:<port>/postgres
# and this script exits with COMMAND's exit code. The server is stopped and the folder removed on
# any exit, including Ctrl-C. As root the server runs as the `postgres` OS user (PostgreSQL refuses
# to run as root); otherwise as the current user.
#
# Environment: PG_BINDIR (folder with initdb/pg_ctl; default: newest /usr/lib/postgresql/*/bin,
# preferring 15), PG_PORT_START (default 54329), PG_MAX_CONNECTIONS (default 100).
set -euo pipefail

log() { printf 'with-postgres: %s\n' "$*" >&2; }
die() {
  log "error: $*"
  exit 2
}

[ $# -gt 0 ] || die "usage: scripts/with-postgres.sh COMMAND [ARG...]"

find_bindir() {
  if [ -n "${PG_BINDIR:-}" ]; then
    printf '%s\n' "$PG_BINDIR"
    return
  fi
  if [ -x /usr/lib/postgresql/15/bin/initdb ]; then
    printf '%s\n' /usr/lib/postgresql/15/bin
    return
  fi
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$newest" ]; then
    printf '%s\n' "$newest"
  elif command -v pg_config >/dev/null 2>&1; then
    pg_config --bindir
  elif command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
  fi
}

BINDIR=$(find_bindir)
for tool in initdb pg_ctl pg_isready; do
  [ -n "$BINDIR" ] && [ -x "$BINDIR/$tool" ] ||
    die "PostgreSQL binaries not found (looked for $tool in '${BINDIR:-/usr/lib/postgresql/*/bin}'). Install them (Debian: apt-get install postgresql-15) or set PG_BINDIR."
done

if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 ||
    die "running as root needs a 'postgres' OS user to own the server (useradd --system postgres)"
  as_server_user() { runuser -u postgres -- "$@"; }
else
  as_server_user() { "$@"; }
fi

CALLER_DIR=$PWD
WORKDIR=$(mktemp -d "${TMPDIR:-/tmp}/aftermath-pg.XXXXXX")
DATADIR="$WORKDIR/data"
LOGFILE="$WORKDIR/server.log"
STARTED=0

cleanup() {
  local rc=$?
  if [ "$STARTED" -eq 1 ]; then
    (cd "$WORKDIR" && as_server_user "$BINDIR/pg_ctl" -D "$DATADIR" -m immediate -w stop) \
      >/dev/null 2>&1 || log "warning: could not stop the server cleanly"
  fi
  rm -rf "$WORKDIR"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

[ "$(id -u)" -ne 0 ] || chown postgres: "$WORKDIR"
chmod 700 "$WORKDIR"
cd "$WORKDIR"

as_server_user "$BINDIR/initdb" -D "$DATADIR" -U postgres --auth=trust -E UTF8 --locale=C \
  --no-sync >"$WORKDIR/initdb.log" 2>&1 || {
  cat "$WORKDIR/initdb.log" >&2
  die "initdb failed"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_server() {
  local port=$1
  [ ! -e "$LOGFILE" ] || : >"$LOGFILE"
  as_server_user "$BINDIR/pg_ctl" -D "$DATADIR" -l "$LOGFILE" -w -t 30 start -o "\
    -p $port -k $WORKDIR -c listen_addresses=127.0.0.1 \
    -c max_connections=${PG_MAX_CONNECTIONS:-100} -c shared_buffers=32MB \
    -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
    -c log_min_messages=warning" >/dev/null
}

PORT=${PG_PORT_START:-54329}
LAST_PORT=$((PORT + 100))
while :; do
  [ "$PORT" -le "$LAST_PORT" ] || die "no free port between ${PG_PORT_START:-54329} and $LAST_PORT"
  if ! port_in_use "$PORT"; then
    if start_server "$PORT"; then break; fi
    # Another process may have taken the port between the check and the start: try the next.
    if ! grep -q 'could not bind\|already in use' "$LOGFILE" 2>/dev/null; then
      cat "$LOGFILE" >&2 2>/dev/null || true
      die "the server did not start (log above)"
    fi
  fi
  PORT=$((PORT + 1))
done
STARTED=1

for _ in $(seq 1 50); do
  "$BINDIR/pg_isready" -q -h 127.0.0.1 -p "$PORT" -U postgres && break
  sleep 0.1
done
"$BINDIR/pg_isready" -q -h 127.0.0.1 -p "$PORT" -U postgres ||
  die "the server on port $PORT does not accept connections"

export AFTERMATH_TEST_PG_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
log "PostgreSQL $("$BINDIR/pg_ctl" --version | awk '{print $3}') ready: $AFTERMATH_TEST_PG_URL"

cd "$CALLER_DIR"
set +e
"$@"
rc=$?
set -e
exit "$rc"
