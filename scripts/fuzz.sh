#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
# SPDX-License-Identifier: MIT
# Runs the libFuzzer harnesses of tests/fuzz (docs/fuzzing.md), as many at once as --jobs says.
#   scripts/fuzz.sh [--seconds N] [--jobs N] [--merge] [NAME...]
#     --seconds N  how long each fuzzer runs (default 60)
#     --jobs N     how many fuzzers run at once (default: the number of cores)
#     --merge      afterwards, add to tests/fuzz/corpus/NAME the inputs of the run that reach
#                  code the corpus does not (libFuzzer -merge=1), to commit
#     NAME         openapi_json openapi_yaml json_model errorbody ratelimit_headers history
#                  sandbox_request curl postman httpfile (default: all)
# Builds into ./build-fuzz (or $HERO_FUZZ_BUILD_DIR) with clang, AddressSanitizer, UBSan and
# HERO_FUZZ=ON, configuring only when build.ninja is missing. Exits non-zero when any fuzzer
# found a crash, a leak, a timeout, an out-of-memory or a sanitizer report; the reproducer is
# kept in build-fuzz/crashes/NAME/.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${HERO_FUZZ_BUILD_DIR:-$root/build-fuzz}"
fuzz_dir="$root/tests/fuzz"
all=(openapi_json openapi_yaml json_model errorbody ratelimit_headers history sandbox_request curl postman httpfile)

usage() {
    sed -n '4,10s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
    exit 2
}

# NAME → "max_len timeout_seconds": the largest input worth trying, and how long one input may
# take before it counts as a hang. The OpenAPI ones take the whole bundled catalogue (~105 KB as
# JSON, ~140 KB as YAML); an import that spends its whole work budget (crashes/openapi_*/) takes
# about 1 s in the release build and 3-6 s under the sanitizers on a loaded machine; 60 leaves
# room for a dense web of $refs, which costs more per node, without calling it a hang.
limits() {
    case "$1" in
    openapi_json | openapi_yaml) echo "196608 60" ;;
    json_model | errorbody | history | postman | httpfile) echo "65536 5" ;;
    sandbox_request | curl) echo "16384 5" ;;
    ratelimit_headers) echo "4096 5" ;;
    esac
}

seconds=60
jobs=$(nproc)
merge=0
names=()
while (($#)); do
    case "$1" in
    --seconds)
        [ $# -ge 2 ] || usage
        seconds=$2
        shift 2
        ;;
    --seconds=*)
        seconds=${1#--seconds=}
        shift
        ;;
    --jobs)
        [ $# -ge 2 ] || usage
        jobs=$2
        shift 2
        ;;
    --merge)
        merge=1
        shift
        ;;
    -h | --help) usage ;;
    -*)
        echo "fuzz: unknown option $1" >&2
        usage
        ;;
    *)
        names+=("$1")
        shift
        ;;
    esac
done
[[ "$seconds" =~ ^[0-9]+$ ]] && ((seconds > 0)) || {
    echo "fuzz: --seconds takes a whole number of seconds above 0, not '$seconds'" >&2
    exit 2
}
[[ "$jobs" =~ ^[0-9]+$ ]] && ((jobs > 0)) || {
    echo "fuzz: --jobs takes a whole number above 0, not '$jobs'" >&2
    exit 2
}
((${#names[@]})) || names=("${all[@]}")
for name in "${names[@]}"; do
    if [[ " ${all[*]} " != *" $name "* ]]; then
        echo "fuzz: no fuzzer named '$name'; there are: ${all[*]}" >&2
        exit 2
    fi
done

"$root/scripts/install-deps.sh"

if [ ! -f "$build/build.ninja" ]; then
    if ! cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DHERO_FUZZ=ON -DHERO_BUILD_BENCH=OFF \
        -DHERO_STRICT_DEPENDENCIES=ON; then
        echo "fuzz: FAILED to configure $build (see the CMake error above)" >&2
        exit 1
    fi
fi
targets=()
for name in "${names[@]}"; do targets+=("fuzz_$name"); done
if ! cmake --build "$build" -j "$(nproc)" --target "${targets[@]}"; then
    echo "fuzz: FAILED to build the fuzzers (see the first error above)" >&2
    exit 1
fi
echo "fuzz: packages ready, fuzzers configured and built after ${SECONDS}s"

# Any sanitizer report is a crash with a stack; leaks are looked for at the end of each input.
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$fuzz_dir/lsan.supp:print_suppressions=0}"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8

# One fuzzer's run, in the background: its summary line goes to $run/result, and when it fails
# what to tell (the end of its log, the reproducers) to $run/failure.
fuzz_one() {
    local name=$1 max_len=$2 timeout=$3 run crashes status=0 executions coverage files line
    run="$build/fuzz-runs/$name"
    crashes="$build/crashes/$name"
    # A scratch copy: the run adds to it, tests/fuzz/corpus changes only with --merge.
    cp "$fuzz_dir/corpus/$name"/* "$run/corpus/"
    "$build/tests/fuzz/fuzz_$name" "$run/corpus" "$fuzz_dir/crashes/$name" \
        -dict="$fuzz_dir/dict/$name.dict" -max_len="$max_len" -timeout="$timeout" \
        -rss_limit_mb=2048 -malloc_limit_mb=2048 -max_total_time="$seconds" \
        -artifact_prefix="$crashes/" -print_final_stats=1 >"$run/log" 2>&1 || status=$?
    # A run that crashed while loading its corpus prints neither line.
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$run/log" | tail -1)
    coverage=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$run/log" | tail -1 || true)
    files=$(find "$run/corpus" -type f | wc -l)
    line="$name: ${executions:-?} executions, ${coverage:-no coverage line}, corpus $files files"
    if ((status != 0)); then
        line="$line: FAILED (exit $status)"
        {
            echo "fuzz: $name FAILED; the end of its log ($run/log):"
            grep -E 'ERROR: |SUMMARY: |runtime error: |==[0-9]+==|^fuzz_[a-z_]+: ' "$run/log" |
                head -20 || true
            tail -5 "$run/log"
            for artifact in "$crashes"/*; do
                [ -f "$artifact" ] || continue
                echo "fuzz: reproducer $artifact"
                echo "      replay it:  $build/tests/fuzz/fuzz_$name $artifact"
                echo "      once fixed: cp $artifact $fuzz_dir/crashes/$name/ (then ctest -R" \
                    "fuzz_replay_$name keeps it fixed in the normal build)"
                # CI's root is gone once it ends: a small reproducer is printed, to rebuild it
                # from the log.
                if (($(stat -c %s "$artifact") <= 4096)); then
                    echo "      its bytes (base64 -d):"
                    base64 -w 100 "$artifact" | sed 's/^/      /'
                fi
            done
        } >"$run/failure"
    elif ((merge)); then
        # The committed files stay (the real seeds among them); of the run's discoveries only
        # those that reach a new edge are added (-use_counters=0: hit counts alone do not count,
        # which keeps the corpus to dozens of files).
        before=$(find "$fuzz_dir/corpus/$name" -type f | wc -l)
        "$build/tests/fuzz/fuzz_$name" -merge=1 -use_counters=0 -max_len="$max_len" \
            -timeout="$timeout" -rss_limit_mb=2048 "$fuzz_dir/corpus/$name" "$run/corpus" \
            >"$run/merge.log" 2>&1
        after=$(find "$fuzz_dir/corpus/$name" -type f | wc -l)
        line="$line; $((after - before)) files added to tests/fuzz/corpus/$name"
    fi
    echo "$line" >"$run/result"
}

# As many fuzzers at once as there are cores: each still has a core for its whole time.
running=0
for name in "${names[@]}"; do
    read -r max_len timeout < <(limits "$name")
    rm -rf "$build/fuzz-runs/$name"
    mkdir -p "$build/fuzz-runs/$name/corpus" "$build/crashes/$name"
    echo "fuzz: $name for ${seconds}s (max_len $max_len, timeout ${timeout}s)"
    fuzz_one "$name" "$max_len" "$timeout" &
    if ((++running >= jobs)); then
        wait -n || true
        ((running--))
    fi
done
wait || true

failed=()
summary=()
for name in "${names[@]}"; do
    run="$build/fuzz-runs/$name"
    line=$(cat "$run/result" 2>/dev/null || echo "$name: FAILED (the script's own run of it broke off)")
    [ -f "$run/failure" ] && cat "$run/failure" >&2
    [[ "$line" == *FAILED* ]] && failed+=("$name")
    summary+=("$line")
done

echo "fuzz: summary"
printf '  %s\n' "${summary[@]}"
if ((${#failed[@]})); then
    echo "fuzz: FAILED: ${failed[*]} (reproducers in $build/crashes/)" >&2
    exit 1
fi
echo "fuzz: ${#names[@]} fuzzers ran ${seconds}s each without a finding"
