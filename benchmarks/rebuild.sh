#!/usr/bin/env bash
# Time the whole job on 2 cores: a full rebuild from the seeds, a no-op rebuild, a `touch` of
# one seed, and a one-seed content change; record wall time and peak memory; show which rules
# dominate the full build.
#
# Usage: benchmarks/rebuild.sh [REPO] [SEED]
#   REPO  repository to benchmark (default: the one holding this script); its committed HEAD
#         is cloned into a temporary directory so the working tree's results/ are untouched
#   SEED  seed file (relative to the repo) to touch and edit (default: first seeds/*.txt)
# Environment: PYTHON (default REPO/.venv/bin/python, whose snakemake runs), CORES (default 2),
#   KEEP=1 keeps the temporary clone.
#
# Set-up (not timed): clone HEAD, make ../shared resolvable beside the clone. The venv is the
# existing one: installing packages is set-up, not rebuild.
#
# Why a content change and not just `touch`: Snakemake 9 stores input checksums and does not
# rerun a job whose newer-looking input has unchanged bytes, so a bare touch reruns nothing
# (that row shows it). The edit appends one newline to the seed, a change the cleaner must
# absorb, and the dry run before it lists the jobs it reruns.
#
# Peak RSS is GNU time's %M: the largest resident set of any single process in the build
# (the Snakemake process or one job), not the sum over parallel jobs.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "${1:-$here/..}" && pwd)
python=${PYTHON:-$repo/.venv/bin/python}
cores=${CORES:-2}
[ -x "$python" ] || { echo "error: no Python at $python (set PYTHON or run make setup)" >&2; exit 1; }
"$python" -c "import snakemake" 2>/dev/null || { echo "error: $python has no snakemake" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hma-bench-XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then
    trap 'echo "kept $tmp"' EXIT
else
    trap 'rm -rf "$tmp"' EXIT
fi

git clone --quiet "$repo" "$tmp/repo"
[ -d "$repo/../shared" ] && ln -s "$(cd "$repo/.." && pwd)/shared" "$tmp/shared"
cd "$tmp/repo"
[ -f Snakefile ] || [ -f workflow/Snakefile ] || { echo "error: no Snakefile at HEAD of $repo" >&2; exit 1; }
seed=${2:-$(ls seeds/*.txt 2>/dev/null | sort | head -n 1)}
[ -n "$seed" ] && [ -f "$seed" ] || { echo "error: seed file '${seed}' not found in the clone" >&2; exit 1; }

export PATH="$(dirname "$python"):$PATH" SOURCE_DATE_EPOCH=0 PYTHONHASHSEED=0 TZ=UTC LC_ALL=C.UTF-8
# Keep an editable install of the project from lending the clone uncommitted modules (see
# analysis/repro.py: isolation_env), so the figures are those of the committed code.
if hook_path=$(cd "$repo" && "$python" -c 'import sys
from pathlib import Path
from analysis.repro import isolation_env
print(isolation_env(Path(sys.argv[1]), Path(sys.argv[2]), {})["PYTHONPATH"])' "$tmp/hook" "$tmp/repo" 2>/dev/null); then
    export PYTHONPATH="$hook_path${PYTHONPATH:+:$PYTHONPATH}" HMA_CLONE_ROOT="$tmp/repo"
else
    echo "note: analysis.repro not importable from $repo; builds may see an editable install" >&2
fi
# Pin to 2 CPUs when the machine has more, so figures compare across machines.
pin=()
if command -v taskset >/dev/null && [ "$(nproc)" -gt "$cores" ]; then
    pin=(taskset -c "0-$((cores - 1))")
fi
snake=("${pin[@]}" "$python" -m snakemake --cores "$cores")

# measure LABEL CMD...: run CMD, append "label<TAB>seconds<TAB>peak MiB<TAB>jobs" to the table.
measure() {
    local label=$1 log="$tmp/$2.log" stats="$tmp/$2.time"
    shift 2
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f "%e %M" -o "$stats" "$@" >"$log" 2>&1 || { tail -n 30 "$log" >&2; exit 1; }
        read -r secs kib <"$stats"
    else  # fallback: a fresh Python parent, so RUSAGE_CHILDREN covers this step only
        "$python" - "$stats" "$@" >"$log" 2>&1 <<'PY' || { tail -n 30 "$log" >&2; exit 1; }
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.call(sys.argv[2:])
secs = time.perf_counter() - start
kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
open(sys.argv[1], "w").write(f"{secs:.2f} {kib}\n")
sys.exit(code)
PY
        read -r secs kib <"$stats"
    fi
    local jobs
    jobs=$(grep -cE '^(local)?rule [A-Za-z_0-9]+:' "$log" || true)
    printf '%-44s %8s %12s %6s\n' "$label" "$secs" "$((kib / 1024))" "$jobs" >>"$tmp/table"
}

# Jobs a dry run would execute, as "rule×count, ..." from Snakemake's job-stats table.
planned() {
    "${snake[@]}" --dry-run --quiet rules 2>/dev/null | awk '
        /^job +count/ {on=1; next} on && /^-/ {next}
        on && $1=="total" {exit} on && NF==2 {printf "%s%s×%s", sep, $1, $2; sep=", "}'
}

# Wall seconds per rule from Snakemake's per-output metadata (read right after the full build,
# before later runs overwrite it). A job with several outputs writes one record per output
# (start and end times differ by microseconds), so jobs are keyed by (rule, job_hash).
rule_times() {
    "$python" - "$1" <<'PY'
import collections, json, pathlib, sys
jobs = {}
for path in pathlib.Path(sys.argv[1]).glob("*"):
    try:
        rec = json.loads(path.read_text())
    except (OSError, ValueError):
        continue
    if rec.get("starttime") and rec.get("endtime"):
        key = (rec["rule"], rec.get("job_hash") or round(rec["endtime"]))
        jobs[key] = max(jobs.get(key, 0.0), rec["endtime"] - rec["starttime"])
per_rule, count = collections.Counter(), collections.Counter()
for (rule, _), secs in jobs.items():
    per_rule[rule] += secs
    count[rule] += 1
for rule, secs in per_rule.most_common(10):
    print(f"  {rule:<30} {secs:7.2f} s  ({count[rule]} job{'s' if count[rule] > 1 else ''})")
PY
}

printf '%-44s %8s %12s %6s\n' "step" "wall_s" "peak_rss_MiB" "jobs" >"$tmp/table"
measure "full rebuild from seeds" full "${snake[@]}"
rule_times "$tmp/repo/.snakemake/metadata" >"$tmp/rules"
measure "no-op rebuild" noop "${snake[@]}"
touch "$seed"
touch_plan=$(planned)
measure "touch $(basename "$seed") (same bytes)" touch "${snake[@]}"
printf '\n' >>"$seed"
edit_plan=$(planned)
measure "edit $(basename "$seed") (+1 newline)" edit "${snake[@]}"

echo "repo: $repo @ $(git -C "$repo" rev-parse --short HEAD), cores: $cores, $(nproc) CPU(s) visible"
cat "$tmp/table"
echo
echo "seed: $seed"
echo "after touch, dry run planned: ${touch_plan:-nothing}"
echo "after edit,  dry run planned: ${edit_plan:-nothing}"
echo
echo "slowest rules in the full rebuild (wall seconds, summed over the rule's jobs):"
cat "$tmp/rules"
