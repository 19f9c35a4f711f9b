#!/usr/bin/env bash
# Side by side (issue 14): the suite's hot reads against three baseline apps and nginx, on this machine, in one run.
#   ceilings: bench/baseline/hello (GET /hello, Quarkus REST + Jackson: the most an in-memory read can do) and
#   bench/baseline/items (GET /items/{id}, a Panache-reactive primary-key lookup; and GET /items/{id}/signed, the same
#   for the bench attendee's token checked by SmallRye JWT, measured against it: the issue's ceiling for a one-row
#   read, "what the baseline does plus a JWT check", so the one-row reads are measured against it);
#   nginx (Debian nginx-light) as reverse proxy to agenda-service on the gateway's route, for the gateway's goal; and
#   bench/baseline/proxy, a bare Vert.x reverse proxy (one route, no filters) on the same route, twice: reading the
#   answer whole before writing it (as the gateway does) and piping it as it arrives — the most a JVM proxy does here.
# Every target is warmed (WARMUP, 20 s), then measured in ROUNDS (2) interleaved rounds of DURATION (10 s) with
# wrk -t2 -c32; the table gives each read's mean requests/s, its ratio to its ceiling and the goal, and the CPU every
# process but wrk spent per request (bench/cpu.sh): steadier than requests/s on a machine whose speed wanders, and
# its ratio (the ceiling's CPU per request ÷ the read's) says the same as the throughput ratio when both are sound.
# Needs the suite up with the gateway's RSVP limit lifted:
#   ./summit down; SUMMIT_RATE_LIMIT_RSVP=100000000 ./summit up; bench/side-by-side.sh
# ONLY (an extended regular expression) measures the targets whose name matches it, with their ceilings, e.g.
#   ONLY='via' bench/side-by-side.sh      the proxies and the gateway only
# Needs wrk, nginx, curl, jq, psql. Builds the baselines if needed (./mvnw -f bench/baseline/pom.xml package), makes
# the database summit_bench (10,000 items), writes one bench invitee into the local databases and tops the published
# agenda up to 60 sessions (lib.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/bench/lib.sh"
. "$root/bench/cpu.sh"
command -v nginx >/dev/null || { echo "nginx is needed (Debian: apt-get install nginx-light)" >&2; exit 1; }
warmup=${WARMUP:-20s}
rounds=${ROUNDS:-2}
hello_port=8095 items_port=8096 nginx_port=8097 proxy_port=8098 stream_port=8099
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

for port in 9081 9082 9083 9080; do
  curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" || { echo "the suite is not up (./summit up)" >&2; exit 1; }
done

# --- the baselines ---
if [ ! -f "$root/bench/baseline/items/target/quarkus-app/quarkus-run.jar" ] \
  || [ ! -f "$root/bench/baseline/hello/target/quarkus-app/quarkus-run.jar" ] \
  || [ ! -f "$root/bench/baseline/proxy/target/quarkus-app/quarkus-run.jar" ]; then
  echo "building the baselines ..." >&2
  (cd "$root" && ./mvnw -q -B -f bench/baseline/pom.xml package -DskipTests)
fi
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432}
psql -v ON_ERROR_STOP=1 -qAt -U "${SUMMIT_PG_ADMIN:-postgres}" -d postgres <<'SQL'
SELECT 'CREATE DATABASE summit_bench OWNER summit'
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'summit_bench') \gexec
SQL
PGPASSWORD=${SUMMIT_DB_PASSWORD:-summit} psql -v ON_ERROR_STOP=1 -qAt -U summit -d summit_bench <<'SQL'
create table if not exists bench_item (id bigint primary key, name text not null, description text not null,
    quantity integer not null);
insert into bench_item select i, 'item ' || i, 'a row of the primary-key baseline', i % 100
  from generate_series(1, 10000) i on conflict do nothing;
SQL
# the same JVM settings as ./summit up gives the services
for app in hello items; do
  java -Xms64m -Xmx384m -Dquarkus.http.host=127.0.0.1 \
    -Dmp.jwt.verify.publickey.location="${SUMMIT_JWT_PUBLIC_KEY:-$root/.summit/keys/jwt-public.pem}" -jar "$root/bench/baseline/$app/target/quarkus-app/quarkus-run.jar" \
    > "$work/$app.log" 2>&1 &
  pids+=($!)
done
for mode in buffered:$proxy_port stream:$stream_port; do
  java -Xms64m -Xmx384m -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="${mode#*:}" -Dbench.proxy.mode="${mode%%:*}" \
    -jar "$root/bench/baseline/proxy/target/quarkus-app/quarkus-run.jar" > "$work/proxy-${mode%%:*}.log" 2>&1 &
  pids+=($!)
done

# --- nginx: reverse proxy to agenda-service, as the gateway is on /api/agenda (keep-alive to the upstream) ---
cat > "$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  upstream agenda { server 127.0.0.1:8083; keepalive 64; }
  server {
    listen 127.0.0.1:$nginx_port;
    location / {
      proxy_pass http://agenda;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
    }
  }
}
NGINX
nginx -c "$work/nginx.conf" -p "$work" -e "$work/nginx-error.log"

for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$hello_port/hello" 2>/dev/null \
    && curl -fsS -o /dev/null "http://127.0.0.1:$items_port/items/1" 2>/dev/null \
    && curl -fsS -o /dev/null "http://127.0.0.1:$nginx_port/api/agenda" 2>/dev/null \
    && curl -fsS -o /dev/null "http://127.0.0.1:$proxy_port/api/agenda" 2>/dev/null \
    && curl -fsS -o /dev/null "http://127.0.0.1:$stream_port/api/agenda" 2>/dev/null && break
  sleep 0.5
done
curl -fsS -o /dev/null "http://127.0.0.1:$items_port/items/1" || { tail -20 "$work/items.log" >&2; exit 1; }

# --- the suite's data: a published agenda, an invitee who accepted (an attendee with a token) ---
organizer=$(organizer_token)
ensure_published_agenda 60 "$organizer"
free_seats 1 "$organizer"
invitation=$(curl -fsS -X POST http://localhost:8081/api/invitations -H "Authorization: Bearer $organizer" \
  -H 'Content-Type: application/json' -d "{\"email\":\"bench-$(cat /proc/sys/kernel/random/uuid)@example.invalid\",
  \"fullName\":\"Bench\",\"company\":\"Bench\",\"locale\":\"en\",\"criteria\":[\"EVANGELIST\"]}")
invitation_id=$(jq -r .id <<<"$invitation")
rsvp_token=$(jq -r .token <<<"$invitation")
accepted=$(curl -fsS -X POST "http://localhost:8081/api/rsvp/$rsvp_token/accept")
[ "$(jq -r .status <<<"$accepted")" = ACCEPTED ] || { echo "the bench invitee was not accepted: $accepted" >&2; exit 1; }
attendee=$(jq -r .accessToken <<<"$accepted")
session_id=$(curl -fsS http://localhost:8083/api/agenda | jq -r '.sessions[0].id')
for _ in $(seq 1 100); do # the attendee reaches attendee-service and agenda-service through Kafka
  curl -fsS -o /dev/null -H "Authorization: Bearer $attendee" http://localhost:8082/api/attendees/me 2>/dev/null \
    && curl -fsS -o /dev/null -H "Authorization: Bearer $attendee" http://localhost:8083/api/agenda/me 2>/dev/null \
    && break
  sleep 0.2
done

# --- the targets: name|URL|bearer token (or -)|ceiling (a target's name)|goal ---
org="$organizer" att="$attendee"
targets=(
  "hello baseline|http://127.0.0.1:$hello_port/hello|-||"
  "PK lookup baseline|http://127.0.0.1:$items_port/items/4242|-||"
  "PK lookup + JWT baseline|http://127.0.0.1:$items_port/items/4242/signed|$att|PK lookup baseline|"
  "GET /api/agenda direct|http://127.0.0.1:8083/api/agenda|-|hello baseline|0.8"
  "GET /api/sessions/{id} direct|http://127.0.0.1:8083/api/sessions/$session_id|-|hello baseline|0.8"
  "GET /api/summit direct|http://127.0.0.1:8081/api/summit|-|hello baseline|0.8"
  "GET /api/invitations/{id} direct|http://127.0.0.1:8081/api/invitations/$invitation_id|$org|PK lookup + JWT baseline|1.0"
  "GET /api/rsvp/{token} direct|http://127.0.0.1:8081/api/rsvp/$rsvp_token|-|PK lookup + JWT baseline|1.0"
  "GET /api/attendees/me direct|http://127.0.0.1:8082/api/attendees/me|$att|PK lookup + JWT baseline|1.0"
  "GET /api/agenda/me direct|http://127.0.0.1:8083/api/agenda/me|$att|PK lookup + JWT baseline|1.0"
  "GET /api/agenda via nginx|http://127.0.0.1:$nginx_port/api/agenda|-||"
  "GET /api/agenda via Vert.x proxy, buffered|http://127.0.0.1:$proxy_port/api/agenda|-|GET /api/agenda via nginx|"
  "GET /api/agenda via Vert.x proxy, streamed|http://127.0.0.1:$stream_port/api/agenda|-|GET /api/agenda via nginx|"
  "GET /api/agenda via gateway|http://127.0.0.1:8080/api/agenda|-|GET /api/agenda via nginx|1.0"
  "GET /api/invitations/{id} via gateway|http://127.0.0.1:8080/api/invitations/$invitation_id|$org|GET /api/invitations/{id} direct|0.8"
  "GET /api/rsvp/{token} via gateway|http://127.0.0.1:8080/api/rsvp/$rsvp_token|-|GET /api/rsvp/{token} direct|0.8"
  "GET /api/attendees/me via gateway|http://127.0.0.1:8080/api/attendees/me|$att|GET /api/attendees/me direct|0.8"
  "GET /api/agenda/me via gateway|http://127.0.0.1:8080/api/agenda/me|$att|GET /api/agenda/me direct|0.8"
)

if [ -n "${ONLY:-}" ]; then # the matching targets and what they are measured against, in the table's order
  declare -A keep
  for t in "${targets[@]}"; do
    IFS='|' read -r name _ _ ceiling _ <<<"$t"
    if grep -Eq -- "$ONLY" <<<"$name"; then keep[$name]=1; [ -n "$ceiling" ] && keep[$ceiling]=1; fi
  done
  for t in "${targets[@]}"; do # a ceiling's own ceiling (the PK lookup under the one with a JWT check)
    IFS='|' read -r name _ _ ceiling _ <<<"$t"
    if [ -n "${keep[$name]:-}" ] && [ -n "$ceiling" ]; then keep[$ceiling]=1; fi
  done
  chosen=()
  for t in "${targets[@]}"; do [ -n "${keep[${t%%|*}]:-}" ] && chosen+=("$t"); done
  targets=("${chosen[@]}")
fi

rps_of() { # $1 target line, $2 duration → "requests/s µs-of-CPU-per-request" (non-2xx answers fail the run)
  local name url token out before
  IFS='|' read -r name url token _ _ <<<"$1"
  local auth=()
  [ "$token" != "-" ] && auth=(-H "Authorization: Bearer $token")
  before=$(cpu_snapshot)
  out=$(wrk -t"$threads" -c"$connections" -d"$2" "${auth[@]}" "$url" 2>&1)
  if grep -q "Non-2xx" <<<"$out"; then
    echo "$name: $(grep "Non-2xx" <<<"$out")" >&2; exit 1
  fi
  echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") $(cpu_serving_us "$before" "$(awk '/requests in/ {print $1}' <<<"$out")")"
}

echo "warming up ($warmup per target, not recorded) ..." >&2
for t in "${targets[@]}"; do rps_of "$t" "$warmup" > /dev/null; done
declare -A sum runs cpu
for round in $(seq 1 "$rounds"); do
  echo "round $round of $rounds ..." >&2
  for t in "${targets[@]}"; do
    name=${t%%|*}
    read -r r us <<<"$(rps_of "$t" "$duration")"
    sum[$name]=$(awk -v a="${sum[$name]:-0}" -v b="$r" 'BEGIN {print a + b}')
    cpu[$name]=$(awk -v a="${cpu[$name]:-0}" -v b="$us" 'BEGIN {print a + b}')
    runs[$name]="${runs[$name]:+${runs[$name]} / }$(printf '%.0f' "$r")"
  done
done

echo "| read | req/s per round | mean | ÷ ceiling | goal | | µs CPU/request | ÷ ceiling (CPU) |"
echo "|---|---|---|---|---|---|---|---|"
for t in "${targets[@]}"; do
  IFS='|' read -r name _ _ ceiling goal <<<"$t"
  mean=$(awk -v s="${sum[$name]}" -v n="$rounds" 'BEGIN {printf "%.0f", s / n}')
  us=$(awk -v s="${cpu[$name]}" -v n="$rounds" 'BEGIN {printf "%.1f", s / n}')
  ratio="" cpu_ratio="" met="" goal_cell=""
  if [ -n "$ceiling" ] && [ -n "${sum[$ceiling]:-}" ]; then
    ratio="$(awk -v a="${sum[$name]}" -v b="${sum[$ceiling]}" 'BEGIN {printf "%.2f", a / b}') of $ceiling"
    cpu_ratio=$(awk -v a="${cpu[$name]}" -v b="${cpu[$ceiling]}" 'BEGIN {printf "%.2f", b / a}')
    if [ -n "$goal" ]; then
      goal_cell="≥ $goal"
      met=$(awk -v r="${ratio%% *}" -v g="$goal" 'BEGIN {print (r >= g) ? "met" : "below"}')
    fi
  fi
  printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "${runs[$name]}" "$mean" "$ratio" "$goal_cell" "$met" \
    "$us" "$cpu_ratio"
done
gateway="GET /api/agenda via gateway" bare="GET /api/agenda via Vert.x proxy, buffered"
[ -n "${sum[$gateway]:-}" ] && [ -n "${sum[$bare]:-}" ] && echo "The gateway on /api/agenda: $(awk -v a="${sum[$gateway]}" -v b="${sum[$bare]}" 'BEGIN {printf "%.2f", a / b}') of the bare Vert.x proxy (buffered)"
echo "(wrk -t$threads -c$connections; warm-up $warmup per target, $rounds interleaved rounds of $duration; $(nproc) cores;" \
  "the suite, the baselines, nginx, PostgreSQL and Kafka on this machine)"
