#!/usr/bin/env bash
# Install PostgreSQL's server binaries for the store tests when they are absent (Debian, Ubuntu).
#
# The tests start and stop a throwaway server of their own (initdb + pg_ctl in a temporary
# folder, see tests/store_backends.py), so no cluster is created or started here. Without
# apt-get this says so and leaves the tests to skip their PostgreSQL cases.
set -euo pipefail

found=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
if [ -n "$found" ]; then
    echo "postgresql: $found"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "postgresql: not installed and no apt-get here; the PostgreSQL store tests will skip" >&2
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
apt_get() { $sudo env DEBIAN_FRONTEND=noninteractive apt-get -q "$@"; }
apt_get update
# The server package would create and start a cluster "main" on port 5432: the tests need
# none. Switched off as the official postgres images do, between the two installs.
apt_get install -y --no-install-recommends postgresql-common
$sudo sed -ri 's/#?(create_main_cluster) .*$/\1 = false/' /etc/postgresql-common/createcluster.conf
apt_get install -y --no-install-recommends postgresql
found=$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)
echo "postgresql: installed $found"
