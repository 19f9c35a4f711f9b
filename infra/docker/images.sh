#!/usr/bin/env bash
# Builds the OCI images of the four services from their packaged jars:
#   <registry>/ospo-summit/<service>:<project version>
# usage: images.sh [--registry REGISTRY] [--base IMAGE | --debian-base] [--push]    or: images.sh --print-version
#   --registry     where the images are to live (default: SUMMIT_IMAGE_REGISTRY, else "localhost", podman's local one)
#   --base         another JRE 17 base image (default: the Dockerfile's maintained UBI 9 OpenJDK 17 runtime)
#   --debian-base  a JRE base built here from Debian packages (debian-jre-base.sh; no registry needed)
#   --push         push the images after building them
#   --print-version  print the project version (the images' tag) and nothing else
# Uses podman (CONTAINERS_CONF: infra/docker/containers.conf unless set) or, without podman, docker. Each build's
# context is a staged copy of the packaged app alone: never sources, keys, .summit/ or .env.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
state="${SUMMIT_STATE_DIR:-$root/.summit}"
SERVICES=(invitation-service attendee-service agenda-service gateway)
registry=${SUMMIT_IMAGE_REGISTRY:-localhost} base="" debian_base=false push=false

# the project's version, from the root POM (the first <version> after summit-parent)
version=$(sed -n '/<artifactId>summit-parent<\/artifactId>/,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' \
  "$root/pom.xml" | head -n 1)
[ -n "$version" ] || { echo "images: no project version found in pom.xml" >&2; exit 1; }
[ "${1:-}" = --print-version ] && { echo "$version"; exit 0; }

while [ $# -gt 0 ]; do
  case "$1" in
    --registry) registry=${2:?--registry needs a value}; shift 2 ;;
    --base) base=${2:?--base needs an image}; shift 2 ;;
    --debian-base) debian_base=true; shift ;;
    --push) push=true; shift ;;
    *) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done
if command -v podman >/dev/null 2>&1; then
  tool=podman; export CONTAINERS_CONF=${CONTAINERS_CONF:-$here/containers.conf}
elif command -v docker >/dev/null 2>&1; then tool=docker
else echo "images: podman or docker is needed (Debian: apt-get install podman runc)" >&2; exit 1; fi

for s in "${SERVICES[@]}"; do
  [ -f "$root/$s/target/quarkus-app/quarkus-run.jar" ] || {
    echo "images: $s is not packaged; run ./summit build (./mvnw package -DskipTests) first" >&2; exit 1; }
done
if $debian_base; then base=$("$here/debian-jre-base.sh" "$tool"); fi

for s in "${SERVICES[@]}"; do
  image="$registry/ospo-summit/$s:$version"
  ctx="$state/images/$s"
  rm -rf "$ctx"; mkdir -p "$ctx/$s/target" "$ctx/infra/docker"
  cp -r "$root/$s/target/quarkus-app" "$ctx/$s/target/"
  cp "$here/Dockerfile.jvm" "$ctx/infra/docker/"
  # readable by the image's user whatever umask built the jars; writable by nobody but root
  chmod -R u=rwX,go=rX "$ctx"
  args=(--build-arg "SERVICE=$s" --build-arg "VERSION=$version")
  [ -n "$base" ] && args+=(--build-arg "BASE_IMAGE=$base")
  "$tool" build -q -f "$ctx/infra/docker/Dockerfile.jvm" "${args[@]}" -t "$image" "$ctx" >/dev/null
  rm -rf "$ctx"
  echo "$image"
  if $push; then "$tool" push "$image"; fi
done
