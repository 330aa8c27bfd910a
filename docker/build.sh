#!/usr/bin/env bash
# Builds the two images: newskg (from the jar Maven builds) and newskg-fuseki (the jena-fuseki-server 5.6.0 jar
# from Maven Central). BASE_IMAGE defaults to the local JDK image of ../shared/docker/start-docker.sh when it
# exists, since no registry can be pulled from here; elsewhere to eclipse-temurin:17-jre.
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
[ -f docker/target/jena-fuseki-server-5.6.0.jar ] || mvn -q -B dependency:copy \
    -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 -DoutputDirectory=docker/target
docker build -q -f docker/Dockerfile --build-arg BASE_IMAGE="$base" -t newskg:latest .
docker build -q -f docker/Dockerfile.fuseki --build-arg BASE_IMAGE="$base" -t newskg-fuseki:5.6.0 .
echo "built newskg:latest and newskg-fuseki:5.6.0 on $base"
