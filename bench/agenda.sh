#!/usr/bin/env bash
# Agenda read benchmark (issue 5): requests/s and p99 of GET /api/agenda and GET /api/agenda.ics with a 60-session
# published agenda, directly on agenda-service (:8083) and through the gateway (:8080), in one run; the same reads
# revalidated with If-None-Match (→ 304, no body); and the baseline: a second agenda-service replica (:8093) started
# with the in-memory read cache off, which reads and renders the published version on every request.
# Needs the suite up (./summit up). Tops the local agenda up to 60 sessions (bench rooms, summit day) and publishes.
# Needs wrk, curl, jq.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/bench/lib.sh"
target=${SESSIONS:-60}
baseline_port=${BASELINE_PORT:-8093}
organizer=$(organizer_token)

ensure_published_agenda "$target" "$organizer"
published=$(curl -fsS http://localhost:8083/api/agenda)
echo "agenda: version $(jq .version <<<"$published"), $(jq '.sessions | length' <<<"$published") sessions," \
  "$(curl -fsS http://localhost:8083/api/agenda | wc -c) bytes of JSON, $(curl -fsS http://localhost:8083/api/agenda.ics | wc -c) bytes of .ics" >&2

echo "starting the baseline replica (read cache off) on :$baseline_port ..." >&2
log=$(mktemp)
SUMMIT_JWT_PUBLIC_KEY=$root/.summit/keys/jwt-public.pem KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092 SUMMIT_DB_PASSWORD=summit \
  java -Xmx384m -Dquarkus.http.port="$baseline_port" -Dquarkus.management.port=$((baseline_port + 1000)) \
  -Dsummit.read-cache.enabled=false \
  -jar "$root/agenda-service/target/quarkus-app/quarkus-run.jar" > "$log" 2>&1 &
baseline=$!
trap 'kill $baseline 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 120); do curl -fsS -o /dev/null "http://127.0.0.1:$((baseline_port + 1000))/q/health/ready" 2>/dev/null && break; sleep 0.5; done
curl -fsS -o /dev/null "http://127.0.0.1:$baseline_port/api/agenda" || { tail -20 "$log" >&2; exit 1; }

agenda_tag=$(curl -fsS -D - -o /dev/null http://localhost:8083/api/agenda | awk -F': ' 'tolower($1)=="etag" {print $2}' | tr -d '\r')
ics_tag=$(curl -fsS -D - -o /dev/null http://localhost:8083/api/agenda.ics | awk -F': ' 'tolower($1)=="etag" {print $2}' | tr -d '\r')

echo "warming up (5 s per URL, not recorded) ..." >&2
for url in http://localhost:$baseline_port/api/agenda http://localhost:$baseline_port/api/agenda.ics \
  http://localhost:8083/api/agenda http://localhost:8083/api/agenda.ics http://localhost:8080/api/agenda \
  http://localhost:8080/api/agenda.ics; do
  wrk -t"$threads" -c"$connections" -d5s "$url" > /dev/null 2>&1
done

echo "| read | requests/s | p99 |"
echo "|---|---|---|"
measure "GET /api/agenda, baseline: no read cache (:$baseline_port)" "http://localhost:$baseline_port/api/agenda"
measure "GET /api/agenda, direct (:8083)" "http://localhost:8083/api/agenda"
measure "GET /api/agenda, via gateway (:8080)" "http://localhost:8080/api/agenda"
measure "GET /api/agenda If-None-Match → 304, direct" "http://localhost:8083/api/agenda" -H "If-None-Match: $agenda_tag"
measure "GET /api/agenda If-None-Match → 304, via gateway" "http://localhost:8080/api/agenda" -H "If-None-Match: $agenda_tag"
measure "GET /api/agenda.ics, baseline: no read cache (:$baseline_port)" "http://localhost:$baseline_port/api/agenda.ics"
measure "GET /api/agenda.ics, direct (:8083)" "http://localhost:8083/api/agenda.ics"
measure "GET /api/agenda.ics, via gateway (:8080)" "http://localhost:8080/api/agenda.ics"
measure "GET /api/agenda.ics If-None-Match → 304, via gateway" "http://localhost:8080/api/agenda.ics" -H "If-None-Match: $ics_tag"
echo "(wrk -t$threads -c$connections -d$duration; $(nproc) cores; every service, the broker and PostgreSQL on this machine)"
