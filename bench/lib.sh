# Shared by the bench scripts: sign in as the local organizer, and run wrk printing one Markdown table row.
# shellcheck shell=bash
for tool in wrk curl jq; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (Debian: apt-get install $tool)" >&2; exit 1; }
done
threads=${THREADS:-2}
duration=${DURATION:-10s}
connections=${CONNECTIONS:-32}

organizer_token() {
  curl -fsS -X POST http://localhost:8080/api/auth/login -H 'Content-Type: application/json' \
    -d '{"username":"organizer","password":"summit-local"}' | jq -r .accessToken
}

measure() { # $1 label, $2 URL, rest: wrk args → "| label | rps | p99 |"
  local label=$1 url=$2; shift 2
  local out; out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$@" "$url" 2>&1)
  if grep -q "Non-2xx" <<<"$out"; then
    echo "$label: non-2xx answers (rate limit not lifted? 304s count here too)" >&2; grep "Non-2xx" <<<"$out" >&2
  fi
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  printf '| %s | %s | %s |\n' "$label" "$rps" "$p99"
}

# Tops the current edition's published agenda up to $1 sessions (bench rooms, on the summit's first day) and
# publishes it; $2 = an organizer token.
ensure_published_agenda() {
  local target=$1 organizer=$2
  local auth=(-H "Authorization: Bearer $organizer" -H 'Content-Type: application/json')
  local summit tz day offset have room room_id hour i
  local topics=(MANAGEMENT HR ECONOMICS LEGAL BUSINESS TECHNOLOGY) kinds=(CASE_STUDY PRACTICE ROUNDTABLE)
  summit=$(curl -fsS http://localhost:8080/api/summit)
  tz=$(jq -r .timezone <<<"$summit")
  day=$(TZ=$tz date -d "$(jq -r .startsAt <<<"$summit")" +%F)
  offset=$(TZ=$tz date -d "$day 12:00" +%:z)
  have=$(curl -fsS http://localhost:8083/api/agenda | jq '.sessions | length')
  room=0
  while [ "$have" -lt "$target" ]; do
    room=$((room + 1))
    room_id=$(curl -fsS "${auth[@]}" -X POST http://localhost:8083/api/rooms \
      -d "{\"name\":\"Bench room $room $(cat /proc/sys/kernel/random/uuid | cut -c1-8)\",\"capacity\":40}" | jq -r .id)
    for hour in 09 10 11 12 13 14 15 16; do
      [ "$have" -ge "$target" ] && break
      i=$have
      curl -fsS -o /dev/null "${auth[@]}" -X POST http://localhost:8083/api/sessions -d "{
        \"title\":\"Bench session $i\",\"abstract\":\"A session of the benchmark agenda.\",
        \"kind\":\"${kinds[$((i % 3))]}\",\"topics\":[\"${topics[$((i % 6))]}\"],
        \"speakers\":[{\"name\":\"Bench speaker $i $room_id\",\"company\":\"Bench\"}],\"roomId\":\"$room_id\",
        \"startsAt\":\"${day}T$hour:00:00$offset\",\"endsAt\":\"${day}T$hour:50:00$offset\"}"
      have=$((have + 1))
    done
  done
  curl -sS -o /dev/null "${auth[@]}" -X POST http://localhost:8083/api/agenda/publish  # 409 when nothing changed
}

# Leaves $1 seats free on the current edition (its capacity set to the seats taken + $1); $2 = an organizer token.
free_seats() {
  local invitation=${INVITATION:-http://localhost:8081} summit taken
  local auth=(-H "Authorization: Bearer $2" -H 'Content-Type: application/json')
  summit=$(curl -fsS "$invitation/api/summit")
  taken=$(curl -fsS "${auth[@]}" "$invitation/api/invitations/stats" | jq .seatsTaken)
  jq --argjson c $((taken + $1)) '{name, startsAt, endsAt, timezone, venue, venueZh, capacity: $c, rsvpDeadline,
      referralQuota, openConferenceUrl}' <<<"$summit" \
    | curl -fsS -o /dev/null "${auth[@]}" -X PUT "$invitation/api/summit" -d @-
}
