#!/usr/bin/env bash
# The runtime half of ./summit verify-deploy: builds the images (Debian JRE base, no registry needed), renders
# k8s/overlays/local and runs it with `podman kube play` as the manifests say (uid 185, read-only root filesystem,
# every capability dropped, seccomp, memory limits), next to PostgreSQL (the machine's, databases *_deploy) and the
# project's Kafka (instance "deploy", SASL_SSL + SCRAM-SHA-512); then checks what the containers really got, drives a
# slice through the gateway, stops one backend (the others still answer), stops Kafka (the API still answers) and
# measures graceful stops on SIGTERM.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
state="${SUMMIT_STATE_DIR:-$root/.summit}"
work="$state/deploy-check"
export CONTAINERS_CONF=${CONTAINERS_CONF:-$root/infra/docker/containers.conf}
SERVICES=(invitation-service attendee-service agenda-service gateway)
. "$root/infra/ports.sh"
gateway="http://127.0.0.1:${PORT[gateway]}"
say() { printf 'verify-deploy: %s\n' "$*"; }
die() { printf 'verify-deploy: %s\n' "$*" >&2; exit 1; }

secrets=()
cleanup() {
  [ -f "$work/play.yaml" ] && podman kube down "$work/play.yaml" >/dev/null 2>&1 || true
  local s; for s in "${secrets[@]}"; do podman secret rm "$s" >/dev/null 2>&1 || true; done
  "$root/infra/kafka/kafka.sh" stop deploy >/dev/null 2>&1 || true
}
dump_logs() {
  local s; for s in "${SERVICES[@]}"; do
    echo "----- $s (last lines)" >&2; podman logs --tail 25 "$s-pod-0-$s" >&2 2>&1 || true
  done
}

# stops a service's container as Kubernetes would (SIGTERM, 45 s of grace) and requires that it ended on SIGTERM:
# 143 is the JVM exiting after its shutdown, 137 would be the SIGKILL after the grace period
stop_gracefully() {
  local s=$1 note=$2 started stopped_ms exit_code
  started=$(date +%s%N)
  podman stop -t 45 "$s-pod-0-$s" >> "$work/stop.log" 2>&1
  stopped_ms=$(( ($(date +%s%N) - started) / 1000000 ))
  exit_code=$(podman inspect -f '{{.State.ExitCode}}' "$s-pod-0-$s")
  [ "$exit_code" = 143 ] || [ "$exit_code" = 0 ] || die "$s did not stop on SIGTERM ($note; exit code $exit_code)"
  say "$s stopped on SIGTERM in $stopped_ms ms (exit $exit_code; $note)"
}

# the host ports of the containers (hostNetwork) must be free: ./summit up uses the same ones
for s in "${SERVICES[@]}"; do
  for p in "${PORT[$s]}" $(( ${PORT[$s]} + 1000 )); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then die "port $p is in use (stop ./summit up first: ./summit down)"; fi
  done
done
rm -rf "$work"; mkdir -p "$work"
trap 'status=$?; [ $status -ne 0 ] && dump_logs; cleanup; exit $status' EXIT

say "images: building with a Debian JRE base (cached after the first build)"
"$root/infra/docker/images.sh" --debian-base --registry localhost | sed 's/^/  /'

say "dependencies: PostgreSQL databases *_deploy (fresh) and Kafka instance deploy (SASL_SSL, 127.0.0.1:31092)"
for svc in invitation attendee agenda; do
  psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${SUMMIT_PG_ADMIN:-postgres}" -d postgres -qAt \
    -c "drop database if exists summit_${svc}_deploy with (force)" >/dev/null
done
"$root/infra/db/ensure-databases.sh" _deploy | sed 's/^/  /'
"$root/infra/kafka/kafka.sh" reset deploy >/dev/null
"$root/infra/kafka/kafka.sh" install
"$root/infra/kafka/kafka.sh" start deploy | sed 's/^/  /'

say "secrets: written as the operators and the deployment's owner would"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/jwt-private.pem" 2>/dev/null
openssl pkey -in "$work/jwt-private.pem" -pubout -out "$work/jwt-public.pem" 2>/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -keyout /dev/null -subj "/CN=deploy-check-db-ca" -days 1 \
  -out "$work/db-ca.crt" 2>/dev/null
organizer_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
jaas=$(sed -n 's/^sasl.jaas.config=//p' "$state/kafka-deploy/client.properties")
names=$(DEPLOY_DB_HOST=127.0.0.1 DEPLOY_DB_PORT=5432 DEPLOY_DB_USER=summit DEPLOY_DB_PASSWORD=summit \
  DEPLOY_DB_SUFFIX=_deploy DEPLOY_KAFKA_JAAS="$jaas" DEPLOY_KAFKA_CA="$state/kafka-deploy/tls/ca.crt" \
  DEPLOY_DB_CA="$work/db-ca.crt" DEPLOY_JWT_PRIVATE="$work/jwt-private.pem" DEPLOY_JWT_PUBLIC="$work/jwt-public.pem" \
  DEPLOY_TOKEN_SEAL_KEY="$(head -c 32 /dev/urandom | base64)" DEPLOY_ORGANIZER_PASSWORD="$organizer_password" \
  node "$here/operator-objects.mjs" "$work")
for name in $names; do
  podman secret rm "$name" >/dev/null 2>&1 || true
  podman secret create "$name" "$work/secrets/$name.json" >/dev/null
  secrets+=("$name")
done
rm -rf "$work/secrets" "$work/jwt-private.pem"

say "podman kube play k8s/overlays/local"
{ kubectl kustomize "$root/k8s/overlays/local"; cat "$work/configmaps.yaml"; } > "$work/play.yaml"
podman kube play "$work/play.yaml" > "$work/play.log" 2>&1 || { cat "$work/play.log" >&2; die "podman kube play failed"; }
started=$SECONDS
for s in "${SERVICES[@]}"; do
  until curl -fsS -o /dev/null "http://127.0.0.1:$(( ${PORT[$s]} + 1000 ))/q/health/ready" 2>/dev/null; do
    [ $((SECONDS - started)) -lt 180 ] || die "$s did not become ready within 180 s"
    [ "$(podman inspect -f '{{.State.Running}}' "$s-pod-0-$s" 2>/dev/null)" = true ] || die "$s exited"
    sleep 1
  done
  say "$s: ready after $((SECONDS - started)) s"
done

say "containers: what the runtime really applied"
for s in "${SERVICES[@]}"; do
  c="$s-pod-0-$s"
  uid=$(podman exec "$c" id -u); ro=$(podman inspect -f '{{.HostConfig.ReadonlyRootfs}}' "$c")
  caps=$(podman inspect -f '{{.EffectiveCaps}}' "$c"); mem=$(podman inspect -f '{{.HostConfig.Memory}}' "$c")
  nnp=$(podman inspect -f '{{.HostConfig.SecurityOpt}}' "$c")
  [ "$uid" = 185 ] || die "$s runs as uid $uid, not 185"
  [ "$ro" = true ] || die "$s has a writable root filesystem"
  [ "$caps" = "[]" ] || die "$s keeps capabilities $caps"
  [ "$mem" = $((768 * 1024 * 1024)) ] || die "$s has memory limit $mem, not 768Mi"
  [[ "$nnp" == *no-new-privileges* ]] || die "$s may gain privileges ($nnp)"
  podman exec "$c" sh -c 'touch /deployments/x' 2>/dev/null && die "$s can write its image's files"
  if [ "$s" = invitation-service ]; then
    podman exec "$c" test -r /keys/signing/jwt-private.pem || die "invitation-service cannot read its signing key"
  else
    podman exec "$c" test -e /keys/signing/jwt-private.pem && die "$s has the signing key"
  fi
  say "$s: uid 185, read-only root, no capabilities, no-new-privileges, memory limit 768Mi"
done

say "slice through the gateway ($gateway)"
node "$here/slice.mjs" "$gateway" "$organizer_password"

say "one backend down: agenda-service stopped, the rest of the API answers"
stop_gracefully agenda-service "5 s of it the readiness delay"
code=$(curl -s -o "$work/agenda.json" -w '%{http_code}' "$gateway/api/agenda")
[ "$code" = 503 ] || die "with agenda-service down, /api/agenda answered $code, not 503"
grep -q '"status":503' "$work/agenda.json" || die "the 503 is not a problem+json body: $(cat "$work/agenda.json")"
curl -fsS -o /dev/null "http://127.0.0.1:$(( ${PORT[gateway]} + 1000 ))/q/health/ready" || die "the gateway is not ready with one backend down"
curl -fsS -o /dev/null "$gateway/api/summit" || die "invitation-service's routes fail with agenda-service down"
say "agenda routes: 503 problem; gateway ready; invitation-service routes answer"

say "Kafka down: the REST API still answers, and a service still stops on SIGTERM"
"$root/infra/kafka/kafka.sh" stop deploy >/dev/null
code=$(curl -s -o /dev/null -w '%{http_code}' -m 5 "http://127.0.0.1:$(( ${PORT[attendee-service]} + 1000 ))/q/health/ready")
[ "$code" = 200 ] || die "attendee-service is not ready (HTTP $code) with Kafka down"
node "$here/slice.mjs" "$gateway" "$organizer_password" --invite-only
stop_gracefully attendee-service "Kafka down"
say "runtime check passed"
