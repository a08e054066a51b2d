#!/bin/bash
# Peak RSS and CPU of the merge job alone, on the shard files of a finished build.
#
#   nice benchmarks/bench_merge.sh /tmp/perfcode-100k/repo/results/bench-100k-c2 /tmp/merge-out
#
# RESULTS is a build's results folder (its config.json, corpus/shards and coding/shards are read,
# never written); OUT receives the six merged tables, the command's log (out.log) and
# /usr/bin/time -v's report (time.log). Prints the peak RSS, the CPU and wall times and the sha256
# of every output, so two versions of the merge can be compared byte for byte.
set -euo pipefail
RESULTS=$1
OUT=$2
HERE=$(cd "$(dirname "$0")/.." && pwd)
PY=${PY:-python}
mkdir -p "$OUT"
CORPUS=$("$PY" -c "import json, sys; print(json.dumps(json.load(open(sys.argv[1]))['corpus']))" "$RESULTS/config.json")
A=(); U=(); L=(); I=(); C=()
for s in $(ls "$RESULTS"/corpus/shards/*.articles.parquet | sed 's/\.articles\.parquet$//' | sort); do
    b=$(basename "$s")
    A+=("$s.articles.parquet"); U+=("$s.units.parquet"); L+=("$s.cleaning_log.csv"); I+=("$s.intake.csv")
    C+=("$RESULTS/coding/shards/$b.units.parquet")
done
cd "$HERE"
/usr/bin/time -v "$PY" -m analysis merge --codebook config/codebook.yaml --corpus "$CORPUS" \
    --articles-in "${A[@]}" --units-in "${U[@]}" --logs-in "${L[@]}" --intake-in "${I[@]}" --coded-in "${C[@]}" \
    --articles "$OUT/articles.parquet" --units "$OUT/units.parquet" --log-table "$OUT/cleaning_log.csv" \
    --intake "$OUT/intake.csv" --coded-units "$OUT/coded_units.parquet" --coded-articles "$OUT/coded_articles.parquet" \
    > "$OUT/out.log" 2> "$OUT/time.log"
grep -E "Maximum resident|Elapsed|User time|System time" "$OUT/time.log"
(cd "$OUT" && sha256sum ./*.parquet ./*.csv)
