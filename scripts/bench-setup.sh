#!/usr/bin/env bash
# Times what a newcomer does, in a fresh clone: cold `npm install` (empty npm cache), first `npm start` to
# ready (embedded PostgreSQL init, migrations, seed, build), second `npm start` to ready (data and build
# reused), and `npm test`. Prints a Markdown table for docs/benchmarks.md.
# Usage: scripts/bench-setup.sh [repo-dir]   (needs ports 3000 and 54329 free)
set -euo pipefail
repo="$(cd "${1:-$(dirname "$0")/..}" && pwd)"
work="$(mktemp -d /tmp/lianxin-bench-XXXX)"
chmod 755 "$work"
git clone -q "$repo" "$work/app"
cd "$work/app"
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

t0=$(now); npm install --cache "$work/npm-cache" --prefer-online >"$work/install.log" 2>&1; t1=$(now)
install=$(secs "$t0" "$t1")

start_until_ready() {
  local log="$1" t0 t1
  t0=$(now)
  # Its own session, so that the SIGINT below reaches the whole process group, as Ctrl-C in a terminal does.
  setsid npm start >"$log" 2>&1 &
  local pid=$!
  until grep -q "\[lianxin\] ready in" "$log"; do
    kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.2
  done
  t1=$(now)
  kill -INT -- "-$pid"
  wait "$pid" 2>/dev/null || true
  secs "$t0" "$t1"
}
first=$(start_until_ready "$work/start1.log")
second=$(start_until_ready "$work/start2.log")
grep -q "seeding demo data" "$work/start2.log" && { echo "second start re-seeded!"; exit 1; }

t0=$(now); npm test >"$work/test.log" 2>&1; t1=$(now)
test=$(secs "$t0" "$t1")

echo "| step | seconds |"
echo "| --- | --- |"
echo "| cold \`npm install\` (empty npm cache) | $install |"
echo "| first \`npm start\` to ready (init PostgreSQL, migrate, seed, build) | $first |"
echo "| second \`npm start\` to ready (reuses data and build, no re-seed) | $second |"
echo "| \`npm test\` (lint, types, unit, integration, e2e incl. build) | $test |"
echo "logs in $work" >&2
