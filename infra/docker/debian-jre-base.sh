#!/usr/bin/env bash
# Builds a JRE 17 base image from Debian's packages alone (mmdebstrap: no container registry needed) and prints its
# name. Used by ./summit verify-deploy, since the machines it runs on reach Debian's mirrors but no registry.
# Cached: the tag carries a hash of this recipe, so the image is rebuilt (≈2 min) only when the recipe changes.
# usage: debian-jre-base.sh [podman|docker]      needs root (or a working unshare) for mmdebstrap
set -euo pipefail
tool=${1:-podman}
here=$(cd "$(dirname "$0")" && pwd)
mirror=${SUMMIT_DEBIAN_MIRROR:-http://deb.debian.org}
recipe=$(sha256sum "$0" | cut -c1-12)
image="localhost/ospo-summit/debian-jre:17-$recipe"
if "$tool" image exists "$image" 2>/dev/null || "$tool" image inspect "$image" >/dev/null 2>&1; then
  echo "$image"; exit 0
fi
command -v mmdebstrap >/dev/null 2>&1 || { echo "debian-jre-base: mmdebstrap is needed (apt-get install mmdebstrap)" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
echo "debian-jre-base: building $image from Debian bookworm (mmdebstrap, about 2 minutes)" >&2
# the JRE, CA certificates and curl (compose health checks); no docs, no locales; updates and security fixes included
mmdebstrap --variant=apt --include=openjdk-17-jre-headless,ca-certificates,curl \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
  --customize-hook='chroot "$1" apt-get clean' --customize-hook='rm -rf "$1"/var/lib/apt/lists/*' \
  bookworm "$work/rootfs.tar" \
  "deb $mirror/debian bookworm main" "deb $mirror/debian bookworm-updates main" \
  "deb $mirror/debian-security bookworm-security main" > "$work/mmdebstrap.log" 2>&1 \
  || { tail -n 30 "$work/mmdebstrap.log" >&2; echo "debian-jre-base: mmdebstrap failed" >&2; exit 1; }
"$tool" import -q \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change "ENV JAVA_HOME=/usr/lib/jvm/java-17-openjdk-$(dpkg --print-architecture)" \
  --change 'USER 185:185' \
  "$work/rootfs.tar" "$image" >/dev/null
echo "$image"
