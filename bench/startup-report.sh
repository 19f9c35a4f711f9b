#!/usr/bin/env bash
# On a running suite (./summit up): each service's "started in" (from its log) and resident memory (RSS).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
state="${SUMMIT_STATE_DIR:-$root/.summit}"
printf '%-20s %-12s %s\n' service "started in" RSS
for s in invitation-service attendee-service agenda-service gateway; do
  pid=$(cat "$state/run/$s.pid" 2>/dev/null || true)
  started=$(grep -o 'started in [0-9.]*s' "$state/logs/$s.log" 2>/dev/null | tail -n 1 | awk '{print $3}')
  rss=$([ -n "$pid" ] && awk '/VmRSS/ {printf "%d MiB", $2 / 1024}' "/proc/$pid/status" 2>/dev/null || echo "-")
  printf '%-20s %-12s %s\n' "$s" "${started:--}" "$rss"
done
kpid=$(cat "$state/kafka-local/kafka.pid" 2>/dev/null || true)
[ -n "$kpid" ] && awk '/VmRSS/ {printf "%-20s %-12s %d MiB\n", "kafka (broker)", "-", $2 / 1024}' "/proc/$kpid/status" || true
