//! Stage timings for benchmarks: with `OTAI_TIMINGS=1`, each pipeline stage prints its
//! wall time, the resident set size and its high-water mark to stderr. Off by default,
//! so outputs and logs do not change.

use std::time::Instant;

/// A stopwatch over the stages of one run.
pub struct Timings {
    on: bool,
    last: Instant,
}

impl Timings {
    pub fn from_env() -> Timings {
        Timings {
            on: std::env::var_os("OTAI_TIMINGS").is_some_and(|v| v != "0"),
            last: Instant::now(),
        }
    }

    /// Ends the current stage, named `stage`, and starts the next.
    pub fn lap(&mut self, stage: &str) {
        if !self.on {
            return;
        }
        let now = Instant::now();
        let (rss, hwm) = memory_mib();
        eprintln!(
            "timing {stage:<12} {:8.3} s   rss {rss:6} MiB   peak {hwm:6} MiB",
            (now - self.last).as_secs_f64()
        );
        self.last = now;
    }

    /// A free-form line, only when timings are on.
    pub fn note(&self, line: &str) {
        if self.on {
            eprintln!("timing {line}");
        }
    }
}

/// (VmRSS, VmHWM) in MiB from /proc/self/status; zeros where that is not available.
fn memory_mib() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
            .map_or(0, |kb| kb / 1024)
    };
    (field("VmRSS:"), field("VmHWM:"))
}
