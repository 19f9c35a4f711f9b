# Sourced by ./summit and the deploy check: each app's HTTP port as its application.properties sets it
# (quarkus.http.port), the one place a port is written; the management port is that + 1000 (quarkus.management.port
# beside it). infra/deploy-check/check.mjs holds the manifests, docker-compose.yml and Prometheus' targets to them.
declare -A PORT
for _app in invitation-service attendee-service agenda-service gateway; do
  PORT[$_app]=$(sed -n 's/^quarkus\.http\.port=\([0-9][0-9]*\)$/\1/p' "$root/$_app/src/main/resources/application.properties")
  [ -n "${PORT[$_app]}" ] || { echo "no quarkus.http.port in $_app/src/main/resources/application.properties" >&2; exit 1; }
done
unset _app
