//! Stage timings for benchmarks: with `OTAI_TIMINGS=1`, each pipeline stage prints its
//! wall time, the CPU time of all threads, the resident set size and its high-water mark
//! to stderr. Off by default,
//! so outputs and logs do not change.

use std::time::Instant;

/// A stopwatch over the stages of one run.
pub struct Timings {
    on: bool,
    last: Instant,
    last_cpu: f64,
}

impl Timings {
    pub fn from_env() -> Timings {
        Timings {
            on: std::env::var_os("OTAI_TIMINGS").is_some_and(|v| v != "0"),
            last: Instant::now(),
            last_cpu: cpu_seconds(),
        }
    }

    /// Ends the current stage, named `stage`, and starts the next.
    pub fn lap(&mut self, stage: &str) {
        if !self.on {
            return;
        }
        let now = Instant::now();
        let cpu = cpu_seconds();
        let (rss, hwm) = memory_mib();
        eprintln!(
            "timing {stage:<12} {:8.3} s   cpu {:7.2} s   rss {rss:6} MiB   peak {hwm:6} MiB",
            (now - self.last).as_secs_f64(),
            cpu - self.last_cpu
        );
        self.last = now;
        self.last_cpu = cpu;
    }

    /// A free-form line, only when timings are on.
    pub fn note(&self, line: &str) {
        if self.on {
            eprintln!("timing {line}");
        }
    }
}

/// User + system CPU time of the whole process (every thread) from /proc/self/stat, in
/// seconds (the kernel reports it in 1/100 s); zero where that is not available.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which may hold spaces) start at the state, field 3;
    // utime and stime are fields 14 and 15.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let ticks: u64 = rest
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|f| f.parse::<u64>().ok())
        .sum();
    ticks as f64 / 100.0
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
