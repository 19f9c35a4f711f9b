#!/usr/bin/env bash
# RSVP benchmark (issue 3): requests/s and p99 of GET /api/rsvp/{token} and of POST /api/rsvp/{token}/accept
# (a distinct token per request), directly on invitation-service (:8081) and through the gateway (:8080), in one run.
# Needs the suite up with the gateway's RSVP rate limit lifted (it is 120/min per client address by default):
#   ./summit down; SUMMIT_RATE_LIMIT_RSVP=100000000 ./summit up; bench/rsvp.sh
# It creates invitations (emails @example.invalid) in the local database. Needs wrk, curl, jq.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
per_run=${ACCEPTS_PER_RUN:-4000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
organizer=$(organizer_token)

invite() { # $1 = how many → tokens on stdout
  seq 1 "$1" | xargs -P 8 -I{} sh -c "curl -fsS -X POST http://localhost:8081/api/invitations \
    -H 'Authorization: Bearer $organizer' -H 'Content-Type: application/json' \
    -d '{\"email\":\"bench-'\$(cat /proc/sys/kernel/random/uuid)'@example.invalid\",\"fullName\":\"Bench\",\"company\":\"Bench\",\"locale\":\"en\",\"criteria\":[\"EVANGELIST\"]}' \
    | jq -r .token"
}

echo "creating invitations ..." >&2
read_token=$(invite 1)
invite "$per_run" > "$work/direct.tokens"
invite "$per_run" > "$work/gateway.tokens"

echo "| operation | requests/s | p99 |"
echo "|---|---|---|"
measure "GET /api/rsvp/{token}, direct (:8081)" "http://localhost:8081/api/rsvp/$read_token"
measure "GET /api/rsvp/{token}, via gateway (:8080)" "http://localhost:8080/api/rsvp/$read_token"
MODE=accept ITEMS_FILE="$work/direct.tokens" WRK_THREADS=$threads \
  measure "POST accept (distinct tokens), direct" "http://localhost:8081" -s "$(dirname "$0")/items.lua"
MODE=accept ITEMS_FILE="$work/gateway.tokens" WRK_THREADS=$threads \
  measure "POST accept (distinct tokens), via gateway" "http://localhost:8080" -s "$(dirname "$0")/items.lua"
echo "(wrk -t$threads -c$connections -d$duration; accepts past capacity are WAITLISTED, the same locked path)" 
