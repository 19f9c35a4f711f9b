#!/usr/bin/env bash
# Soak benchmark (issue 11): mixed traffic through the gateway at a steady rate for 10 minutes (RSVP views and
# accepts, preparation updates, agenda and session reads, registrations and their withdrawal), then: errors,
# p50/p99 per operation, outbox lag (created → published) of every event written meanwhile, consumer lag, and the
# resident memory of each JVM at the start, at most and at the end (flat is what we want).
#   ./summit down; SUMMIT_RATE_LIMIT_RSVP=100000000 ./summit up; bench/soak.sh
#   SOAK_SECONDS=600 SOAK_RATE=40 SOAK_ATTENDEES=100 (defaults); a benchmark, never run by ./summit test.
# It creates invitations (emails @example.invalid) in the local databases. Needs node (18+), curl, psql, jcmd (JDK).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export SUMMIT_STATE_DIR="${SUMMIT_STATE_DIR:-$root/.summit}"
for tool in node curl psql jcmd; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done
curl -fsS -o /dev/null http://127.0.0.1:9080/q/health/ready 2>/dev/null \
  || { echo "the suite is not up: SUMMIT_RATE_LIMIT_RSVP=100000000 ./summit up" >&2; exit 1; }
exec node "$root/bench/soak.mjs"
