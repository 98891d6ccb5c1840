# Shared start of the benchmarks (sourced, not run): the system packages, a release
# build, `bin` (the otai binary) and `work` (BENCH_DIR, kept; otherwise a temporary
# folder removed when the benchmark exits), then the machine line every benchmark prints.
bash scripts/setup.sh
cargo build --release --locked -q
bin="${CARGO_TARGET_DIR:-target}/release/otai"
if [ -n "${BENCH_DIR:-}" ]; then
    work="$BENCH_DIR"
else
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m); otai $($bin --version)"
