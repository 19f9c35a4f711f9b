#!/usr/bin/env bash
# Idempotently creates the `summit` role and one database per service, plus separate test databases
# (a test run cleans only the *_test databases, never the local ones). Safe to run any number of times.
# Connects as an admin role: PGHOST (127.0.0.1), PGPORT (5432), SUMMIT_PG_ADMIN (postgres), PGPASSWORD if needed.
# usage: ensure-databases.sh [SUFFIX...]   database name suffixes (default: "" and _test; verify-deploy: _deploy)
set -euo pipefail
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}
admin=${SUMMIT_PG_ADMIN:-postgres}
role=${SUMMIT_DB_USER:-summit}
password=${SUMMIT_DB_PASSWORD:-summit}
services=(invitation attendee agenda)
suffixes=("$@"); [ $# -gt 0 ] || suffixes=("" _test)

psql_admin() { psql -v ON_ERROR_STOP=1 -qAt -U "$admin" -d postgres "$@"; }

psql_admin -v role="$role" -v pw="$password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'role', :'pw')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec
SQL

for svc in "${services[@]}"; do
  for suffix in "${suffixes[@]}"; do
    db="summit_$svc$suffix"
    psql_admin -v db="$db" -v role="$role" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'role')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL
  done
done
echo "postgres: role '$role' and databases summit_{$(IFS=,; echo "${services[*]}")}{$(IFS=,; echo "${suffixes[*]}")} present on $PGHOST:$PGPORT"
