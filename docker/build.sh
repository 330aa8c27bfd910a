#!/usr/bin/env bash
# Builds the newskg image (from the jar Maven builds), which compose.yaml runs as the server and as the loader.
# BASE_IMAGE defaults to the local JDK image of ../shared/docker/start-docker.sh when it exists, since no registry
# can be pulled from here; elsewhere to eclipse-temurin:17-jre.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
base="${BASE_IMAGE:-${NEWSKG_BASE_IMAGE:-}}"
if [ -z "$base" ]; then
  if docker image inspect newskg-base:bookworm-jdk17 >/dev/null 2>&1; then base=newskg-base:bookworm-jdk17; else base=eclipse-temurin:17-jre; fi
fi
[ -f extractor/target/newskg.jar ] || mvn -q -B -DskipTests package
mkdir -p docker/target/jdk-etc
[ -d /etc/java-17-openjdk ] && cp -rL /etc/java-17-openjdk/. docker/target/jdk-etc/
docker build -q -f docker/Dockerfile --build-arg BASE_IMAGE="$base" -t newskg:latest .
echo "built newskg:latest on $base"
