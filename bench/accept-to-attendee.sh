#!/usr/bin/env bash
# Measures, on a running suite (./summit up), the time from an RSVP accept returning to the attendee being readable
# through the gateway: invitation-service outbox → Kafka → attendee-service consumer → GET /api/attendees/me.
#   bench/accept-to-attendee.sh [ROUNDS=200] [GATEWAY=http://localhost:8080] [INVITATION=http://localhost:8081]
# p99 wants 200 rounds or more. The rounds run in one Node process (accept-to-attendee.mjs), polling every 2 ms:
# a shell loop's forks (curl, date, jq) would add tens of milliseconds to every sample.
set -euo pipefail
exec node "$(dirname "$0")/accept-to-attendee.mjs" "${1:-200}" "${2:-http://localhost:8080}" "${3:-http://localhost:8081}"
