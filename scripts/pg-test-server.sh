#!/usr/bin/env bash
# A throwaway PostgreSQL server on 127.0.0.1 for the shared-store tests.
#   eval "$(scripts/pg-test-server.sh start)"   prints the exports of
#       JIXIAO_TEST_PG_URI (what the tests connect to) and JIXIAO_PG_TEST_DIR
#   eval "$(scripts/pg-test-server.sh start --tls)"   the same, as real
#       servers are set up: connections over TCP only with TLS (a self-signed
#       test certificate made now, in DIR) and a password (a role `jixiao`
#       with a random one, which the URI carries; sslmode=require)
#   scripts/pg-test-server.sh stop [DIR]         stops it and removes DIR
# Runs the server as the postgres user when started as root (initdb refuses
# root), as the current user otherwise. Everything lives in one mktemp dir.
set -euo pipefail

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
as_server() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
start)
  tls=0
  [ "${2:-}" = --tls ] && tls=1
  if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "pg-test-server: PostgreSQL is not installed (scripts/install-deps.sh installs it)" >&2
    exit 1
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "pg-test-server: there is no postgres user to run the server as" >&2
    exit 1
  fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/jixiao-pg.XXXXXX")
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  if ! as_server "$bindir/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-locale >"$dir/initdb.log" 2>&1; then
    echo "pg-test-server: initdb failed:" >&2
    cat "$dir/initdb.log" >&2
    rm -rf "$dir"
    exit 1
  fi
  server_options="-c fsync=off -c max_connections=200"
  if [ $tls = 1 ]; then
    # The certificate and its key live and die with DIR (never in the repository).
    as_server openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 \
      -keyout "$dir/data/server.key" -out "$dir/data/server.crt" >/dev/null 2>&1
    chmod 600 "$dir/data/server.key"
    printf '%s\n' 'local all all trust' 'hostssl all all 127.0.0.1/32 scram-sha-256' \
      'hostnossl all all 127.0.0.1/32 reject' >"$dir/data/pg_hba.conf"
    server_options="$server_options -c ssl=on -c password_encryption=scram-sha-256"
  fi
  # A free port: try a few at random (another test run may hold one).
  for attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 30000))
    if as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 $server_options" start >/dev/null 2>&1; then
      if [ $tls = 1 ]; then
        password=$(openssl rand -hex 12)
        if as_server "$bindir/psql" -h "$dir" -p "$port" -U postgres -q -v ON_ERROR_STOP=1 \
            -c "CREATE ROLE jixiao LOGIN CREATEDB PASSWORD '$password'" -c "CREATE DATABASE jixiao_test OWNER jixiao" \
            >/dev/null 2>&1; then
          echo "export JIXIAO_TEST_PG_URI='postgresql://jixiao:$password@127.0.0.1:$port/jixiao_test?sslmode=require'"
          echo "export JIXIAO_PG_TEST_DIR=$dir"
          exit 0
        fi
      elif "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres jixiao_test >/dev/null 2>&1; then
        echo "export JIXIAO_TEST_PG_URI=postgresql://postgres@127.0.0.1:$port/jixiao_test"
        echo "export JIXIAO_PG_TEST_DIR=$dir"
        exit 0
      fi
      as_server "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
  done
  echo "pg-test-server: the server did not start:" >&2
  tail -n 20 "$dir/server.log" >&2 2>/dev/null || true
  rm -rf "$dir"
  exit 1
  ;;
stop)
  dir="${2:-${JIXIAO_PG_TEST_DIR:-}}"
  if [ -z "$dir" ] || [ ! -d "$dir" ]; then
    exit 0
  fi
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_server "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start | stop [DIR]" >&2
  exit 2
  ;;
esac
