#!/usr/bin/env bash
# Seat throughput benchmark (issue 14): accepts/s on one summit and registrations/s for sessions, each with wrk
# -t2 -c32 directly on the service (a work item of its own per request: items.lua), then the seat totals checked in
# the databases: no summit and no session past its capacity, every counter equal to the rows it counts.
#   1. accepts: 5 s of warm-up (WARM = 3,000 invitations), then DURATION (10 s) measured (ACCEPTS = 8,000
#      invitations: a run that uses them all says OUT-OF-ITEMS), a seat free for each;
#   2. 500-way: 500 accepts sent at once (one connection each, from Node) for 250 free seats → 250 ACCEPTED and 250
#      WAITLISTED, the edition's counter checked against its rows;
#   3. registrations: the attendees of step 1 × 10 sessions (one bench room, back to back) with seats for 90 % of
#      them, in random order: 5 s of warm-up, then DURATION measured; every session's counter checked against its
#      rows and its capacity.
# Needs the suite up (./summit up) and wrk, curl, jq, psql. Writes bench invitees (@example.invalid), a bench room and
# its sessions into the local databases and publishes the agenda.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/bench/lib.sh"
. "$root/bench/cpu.sh"
warm=${WARM:-3000}
accepts=${ACCEPTS:-8000}
invitation=${INVITATION:-http://localhost:8081}
agenda=${AGENDA:-http://localhost:8083}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
organizer=$(organizer_token)
auth=(-H "Authorization: Bearer $organizer" -H 'Content-Type: application/json')
sql() { PGPASSWORD=${SUMMIT_DB_PASSWORD:-summit} psql -qAt -h "${PGHOST:-127.0.0.1}" -U summit -d "$1" -c "$2"; }

invite() { # $1 = how many → tokens, one per line, in $2
  node -e '
    const [n, url, auth, out] = process.argv.slice(1);
    const fs = require("fs"); const tokens = []; let next = 0;
    async function worker() {
      while (next < Number(n)) {
        next++;
        const r = await fetch(url + "/api/invitations", { method: "POST",
          headers: { Authorization: "Bearer " + auth, "Content-Type": "application/json" },
          body: JSON.stringify({ email: `bench-${crypto.randomUUID()}@example.invalid`, fullName: "Bench",
            company: "Bench", locale: "en", criteria: ["EVANGELIST"] }) });
        if (r.status !== 201) throw new Error("create: " + r.status + " " + await r.text());
        tokens.push((await r.json()).token);
      }
    }
    Promise.all(Array.from({ length: 8 }, worker)).then(() => fs.writeFileSync(out, tokens.join("\n") + "\n"));
  ' "$1" "$invitation" "$organizer" "$2"
}

run() { # $1 mode, $2 items file, $3 duration, $4 base URL → the summary line items.lua prints
  MODE=$1 ITEMS_FILE=$2 WRK_THREADS=$threads TOKENS_OUT=${TOKENS_OUT:-} \
    wrk -t"$threads" -c"$connections" -d"$3" --timeout 30s -s "$root/bench/items.lua" "$4" | grep '^answers'
}

rate() { # "answers 200=…,… seconds S …" and a status → answers with it per second
  awk -v s="$2" '{ split($2, a, ","); for (i in a) { split(a[i], kv, "="); if (kv[1] == s) n = kv[2] } ;
    printf "%.0f", n / $4 }' <<<"$1"
}

drained() { # waits until no outbox has unpublished rows and the consumers have stopped counting events for 3 s
  local _ pending db events previous=-1 still=0
  for _ in $(seq 1 600); do
    pending=0
    for db in summit_invitation summit_attendee summit_agenda; do
      pending=$((pending + $(sql "$db" "select count(*) from outbox_event where published_at is null")))
    done
    events=$(for port in 9081 9082 9083; do curl -fsS "http://localhost:$port/q/metrics"; done \
      | awk '/^summit_inbox_events_total/ { n += $2 } END { print n + 0 }')
    if [ "$pending" -eq 0 ] && [ "$events" = "$previous" ]; then
      still=$((still + 1)); [ "$still" -ge 6 ] && return 0
    else
      still=0
    fi
    previous=$events
    sleep 0.5
  done
}

answered() { # the summary line and a status → how many answers had it
  awk -v s="$2" '{ split($2, a, ","); for (i in a) { split(a[i], kv, "="); if (kv[1] == s) n = kv[2] } ; print n + 0 }' <<<"$1"
}

check_summit() {
  sql summit_invitation "select case when seats_taken <= capacity and seats_taken = (select count(*) from invitation i
    where i.summit_id = s.id and i.status = 'ACCEPTED') then 'ok' else 'MISMATCH' end || ' (seats_taken ' || seats_taken
    || ', capacity ' || capacity || ')' from summit s where current"
}

started=$(date -u '+%Y-%m-%d %H:%M:%S+00')
echo "creating $((warm + accepts + 500)) invitations ..." >&2
invite "$warm" "$work/warm"; invite "$accepts" "$work/measured"; invite 500 "$work/rush"
free_seats $((warm + accepts + 10)) "$organizer"

drained
echo "accepts: warming up (5 s) ..." >&2
TOKENS_OUT="$work/attendees-warm" run accept "$work/warm" 5s "$invitation" > /dev/null
drained
echo "accepts: measuring ($duration) ..." >&2
cpu_before=$(cpu_snapshot)
accept_line=$(TOKENS_OUT="$work/attendees" run accept "$work/measured" "$duration" "$invitation")
echo "  $accept_line" >&2
drained
accept_cpu=$(cpu_per_op "$cpu_before" "$(answered "$accept_line" 200)")
summit_after_accepts=$(check_summit)

echo "accepts: 500 at once for 250 free seats ..." >&2
free_seats 250 "$organizer"
rush_line=$(node -e '
  const fs = require("fs"); const [file, url] = process.argv.slice(1);
  const tokens = fs.readFileSync(file, "utf8").trim().split("\n"); const counts = {}; const t0 = Date.now();
  Promise.all(tokens.map(t => fetch(url + "/api/rsvp/" + t + "/accept", { method: "POST" })
      .then(async r => { const k = r.status === 200 ? (await r.json()).status : "HTTP " + r.status;
        counts[k] = (counts[k] || 0) + 1; })))
    .then(() => console.log(Object.entries(counts).sort().map(([k, n]) => k + "=" + n).join(",") + " in "
      + (Date.now() - t0) + " ms"));
' "$work/rush" "$invitation")
echo "  $rush_line" >&2
summit_after_rush=$(check_summit)

cat "$work"/attendees*.* > "$work/attendees"
echo "registrations: 10 sessions for $(wc -l < "$work/attendees") attendees ..." >&2
attendees=$(wc -l < "$work/attendees")
seats=$((attendees * 9 / 10))
summit=$(curl -fsS "$invitation/api/summit")
tz=$(jq -r .timezone <<<"$summit")
day=$(TZ=$tz date -d "$(jq -r .startsAt <<<"$summit")" +%F)
offset=$(TZ=$tz date -d "$day 12:00" +%:z)
room=$(curl -fsS "${auth[@]}" -X POST "$agenda/api/rooms" \
  -d "{\"name\":\"Bench hall $(cut -c1-8 /proc/sys/kernel/random/uuid)\",\"capacity\":$seats}" | jq -r .id)
sessions=()
for slot in 0 1 2 3 4 5 6 7 8 9; do
  start=$(printf '%02d:%02d' $((8 + slot / 2)) $((slot % 2 * 30)))
  end=$(printf '%02d:%02d' $((8 + slot / 2)) $((slot % 2 * 30 + 25)))
  sessions+=("$(curl -fsS "${auth[@]}" -X POST "$agenda/api/sessions" -d "{
    \"title\":\"Bench seats $slot\",\"abstract\":\"A session of the seat benchmark.\",\"kind\":\"PRACTICE\",
    \"topics\":[\"TECHNOLOGY\"],\"speakers\":[{\"name\":\"Bench speaker $slot $room\",\"company\":\"Bench\"}],
    \"roomId\":\"$room\",\"startsAt\":\"${day}T$start:00$offset\",\"endsAt\":\"${day}T$end:00$offset\"}" | jq -r .id)")
done
curl -fsS -o /dev/null "${auth[@]}" -X POST "$agenda/api/agenda/publish"
for s in "${sessions[@]}"; do awk -v s="$s" '{ print $1, s }' "$work/attendees"; done | shuf > "$work/registrations"
# every attendee must be known to agenda-service (attendee.registered) before the run
for _ in $(seq 1 120); do
  known=$(sql summit_agenda "select count(*) from attendee_eligibility where status = 'ACTIVE' and updated_at > '$started'")
  [ "$known" -ge "$attendees" ] && break
  sleep 1
done
echo "registrations: warming up (5 s), then measuring ($duration) ..." >&2
quarter=$(($(wc -l < "$work/registrations") / 4))
head -n "$quarter" "$work/registrations" > "$work/registrations.warm"
tail -n +$((quarter + 1)) "$work/registrations" > "$work/registrations.measured"
run register "$work/registrations.warm" 5s "$agenda" > /dev/null
drained
cpu_before=$(cpu_snapshot)
register_line=$(run register "$work/registrations.measured" "$duration" "$agenda")
register_cpu=$(cpu_per_op "$cpu_before" "$(answered "$register_line" 201)")
echo "  $register_line" >&2
in_list=$(printf "'%s'," "${sessions[@]}" | sed 's/,$//')
sessions_check=$(sql summit_agenda "select count(*) filter (where seats_taken <= $seats and seats_taken =
  (select count(*) from registration r where r.session_id = s.id)) || ' of ' || count(*) from agenda_session s
  where id in ($in_list)")

echo "| operation | per second | p50 | p99 | seats afterwards |"
echo "|---|---|---|---|---|"
awk -v r="$(rate "$accept_line" 200)" -v c="$summit_after_accepts" -v n="$connections" \
  '{ printf "| accept, %d connections, a seat free each (%s) | %s | %s ms | %s ms | %s |\n", n, $2, r, $6, $8, c }' <<<"$accept_line"
echo "| accept, 500 at once for 250 seats: $rush_line | | | | $summit_after_rush |"
awk -v r="$(rate "$register_line" 201)" -v n="$connections" \
  '{ printf "| registration, %d connections (%s) | %s | %s ms | %s ms | |\n", n, $2, r, $6, $8 }' <<<"$register_line"
echo "| sessions afterwards: $sessions_check with their seat counter equal to their registrations, none past $seats | | | | |"
echo
echo "where the CPU went, per accept (its events through every consumer included): $accept_cpu"
echo "where the CPU went, per registration made: $register_cpu"
echo "(wrk -t$threads -c$connections -d$duration after 5 s of warm-up; $(nproc) cores; every service, the broker and PostgreSQL on this machine)"
