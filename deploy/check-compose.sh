#!/usr/bin/env bash
# Validates docker-compose.yml offline (no Docker engine needed), with .env.example as the env file:
# syntax, schema, and that every variable the compose file uses is defined in .env.example.
# Installs Debian's docker-compose package when no Compose is found and this runs as root.
set -euo pipefail
cd "$(dirname "$0")/.."

compose=()
if command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
elif command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
else
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "check-compose: no docker-compose found and apt-get is not available;" \
         "install Docker Compose (https://docs.docker.com/compose/install/) and run this again" >&2
    exit 2
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "check-compose: no docker-compose found; run this as root to install Debian's package," \
         "or install it yourself: sudo apt-get install docker-compose" >&2
    exit 2
  fi
  echo "check-compose: installing Debian's docker-compose package" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null
  compose=(docker-compose)
fi

errors=$(mktemp)
tmp=""
cleanup() { rm -f "$errors"; if [ -n "$tmp" ]; then rm -rf "$tmp"; fi; }
trap cleanup EXIT

if "${compose[@]}" --help 2>/dev/null | grep -q -- '--env-file'; then
  status=0
  "${compose[@]}" --env-file .env.example -f docker-compose.yml config -q 2>"$errors" || status=$?
else
  # Compose older than 1.25 has no --env-file: use a project directory holding .env.example as .env.
  tmp=$(mktemp -d)
  cp .env.example "$tmp/.env"
  status=0
  "${compose[@]}" --project-directory "$tmp" -f "$PWD/docker-compose.yml" config -q 2>"$errors" || status=$?
fi

if [ "$status" -ne 0 ]; then
  cat "$errors" >&2
  echo "check-compose: docker-compose.yml is NOT valid" >&2
  exit 1
fi
if grep -qi 'variable is not set' "$errors"; then
  cat "$errors" >&2
  echo "check-compose: docker-compose.yml uses variables that .env.example does not define" >&2
  exit 1
fi
cat "$errors" >&2

# Variables with a default (${VAR:-x}) never warn: check those against .env.example explicitly.
missing=""
# (comment lines and $$-escaped, container-side references are left out)
for name in $(grep -v '^[[:space:]]*#' docker-compose.yml | sed 's/\$\$//g' \
              | grep -o '\${[A-Za-z_][A-Za-z0-9_]*' | cut -c3- | sort -u); do
  grep -q "^${name}=" .env.example || missing="$missing $name"
done
if [ -n "$missing" ]; then
  echo "check-compose: .env.example does not define:$missing" >&2
  exit 1
fi

for path in dashboards/prometheus/prometheus.yml dashboards/grafana/provisioning dashboards/grafana/dashboards; do
  if [ ! -e "$path" ]; then
    echo "check-compose: note: $path does not exist yet (mounted by docker-compose.yml)" >&2
  fi
done
echo "compose file valid"
