#!/usr/bin/env bash
# What observability costs at the front door: GET /api/agenda through the gateway (wrk, 2 threads, 32 connections),
# with the gateway's access line on and off, and with tracing on (every span created, none recorded: sampler ratio 0)
# and off. Each line starts the suite afresh (./summit up), warms up 8 s, then measures two rounds of 10 s.
# Stops a running suite first. Needs wrk. Results: docs/performance.md, "Observability's cost".
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
command -v wrk >/dev/null || { echo "needs wrk (Debian: apt-get install wrk)" >&2; exit 1; }
url=http://localhost:8080/api/agenda
measure() {
  local label=$1; shift
  "$root/summit" down > /dev/null 2>&1 || true
  env "$@" "$root/summit" up > /dev/null
  wrk -t2 -c32 -d8s "$url" > /dev/null
  local rounds=() i
  for i in 1 2; do rounds+=("$(wrk -t2 -c32 -d10s "$url" | awk '/Requests\/sec/ {printf "%.0f", $2}')"); done
  printf '%-44s %8s %8s requests/s\n' "$label" "${rounds[@]}"
}
measure "access line off, tracing off (production)" QUARKUS_LOG_CATEGORY__SUMMIT_ACCESS__LEVEL=WARN
measure "access line on, tracing off (./summit up)" QUARKUS_LOG_CATEGORY__SUMMIT_ACCESS__LEVEL=INFO
measure "access line off, tracing on (ratio 0)" QUARKUS_LOG_CATEGORY__SUMMIT_ACCESS__LEVEL=WARN \
  QUARKUS_OTEL_SDK_DISABLED=false QUARKUS_OTEL_TRACES_SAMPLER_ARG=0
measure "access line off, tracing off (again)" QUARKUS_LOG_CATEGORY__SUMMIT_ACCESS__LEVEL=WARN
"$root/summit" down > /dev/null 2>&1
