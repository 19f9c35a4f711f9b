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
