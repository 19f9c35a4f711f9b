#!/usr/bin/env bash
# Measures, on a running suite (./summit up), the time from an RSVP accept returning to the attendee being readable
# through the gateway: invitation-service outbox → Kafka → attendee-service consumer → GET /api/attendees/me.
#   bench/accept-to-attendee.sh [ROUNDS=20] [GATEWAY=http://localhost:8080]
set -euo pipefail
rounds=${1:-20}
gw=${2:-http://localhost:8080}
now_ms() { date +%s%3N; }
organizer=$(curl -fsS -X POST "$gw/api/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"organizer","password":"summit-local"}' | jq -r .accessToken)
samples=()
for i in $(seq 1 "$rounds"); do
  email="bench-$(date +%s%N)-$i@example.com"
  token=$(curl -fsS -X POST "$gw/api/invitations" -H "Authorization: Bearer $organizer" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$email\",\"fullName\":\"Bench $i\",\"company\":\"Bench\",\"locale\":\"en\",\"criteria\":[\"EVANGELIST\"]}" | jq -r .token)
  accepted=$(curl -fsS -X POST "$gw/api/rsvp/$token/accept")
  t0=$(now_ms)
  [ "$(jq -r .status <<<"$accepted")" = ACCEPTED ] || { echo "round $i: not accepted ($accepted) - summit full?" >&2; exit 1; }
  attendee=$(jq -r .accessToken <<<"$accepted")
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$gw/api/attendees/me" -H "Authorization: Bearer $attendee")" = 200 ]; do
    [ $(( $(now_ms) - t0 )) -lt 30000 ] || { echo "round $i: attendee not readable after 30 s" >&2; exit 1; }
    sleep 0.01
  done
  samples+=($(( $(now_ms) - t0 )))
done
printf '%s\n' "${samples[@]}" | sort -n | awk -v n="$rounds" '
  { v[NR] = $1; sum += $1 }
  END { printf "accept -> attendee readable, %d rounds: min %d ms, p50 %d ms, p95 %d ms, max %d ms, mean %.0f ms\n",
        n, v[1], v[int((n + 1) / 2)], v[int(n * 0.95 + 0.999)], v[n], sum / n }'
