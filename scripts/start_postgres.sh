#!/usr/bin/env bash
# Make sure a PostgreSQL server answers on HOST:PORT (default 127.0.0.1:5432) for the tests.
# If none answers: install Debian's postgresql when it is missing (trusting local connections,
# as the tests connect without a password), start every cluster with pg_ctlcluster (as root it
# switches to the postgres user itself; `service` is the fallback), then wait for it to answer.
# Exit 1 with a message when it still does not.
set -uo pipefail
HOST="${1:-127.0.0.1}"
PORT="${2:-5432}"
WAIT_SECONDS="${PG_WAIT_SECONDS:-60}"

answers() { pg_isready -q -h "$HOST" -p "$PORT" >/dev/null 2>&1; }

if command -v pg_isready >/dev/null 2>&1 && answers; then
  exit 0
fi
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "PostgreSQL is not installed: installing Debian's postgresql" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  for hba in /etc/postgresql/*/*/pg_hba.conf; do
    [ -f "$hba" ] && sed -i '1i host all all 127.0.0.1/32 trust\nlocal all all trust' "$hba"
  done
fi
echo "PostgreSQL is not answering on $HOST:$PORT: starting it" >&2
started=0
if command -v pg_lsclusters >/dev/null 2>&1; then
  while read -r version cluster _; do
    pg_ctlcluster "$version" "$cluster" start >&2 && started=1
  done < <(pg_lsclusters --no-header 2>/dev/null)
fi
if [ "$started" = 0 ] && command -v service >/dev/null 2>&1; then
  service postgresql start >&2 || true
fi
for _ in $(seq "$WAIT_SECONDS"); do
  answers && exit 0
  sleep 1
done
echo "PostgreSQL still does not answer on $HOST:$PORT after ${WAIT_SECONDS}s" >&2
exit 1
