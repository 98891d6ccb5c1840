//! Shared test helpers: running the built binary in a temp folder, reading outputs.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use polars::prelude::*;

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// ../shared/external, when present.
pub fn external() -> Option<PathBuf> {
    let p = repo().join("..").join("shared").join("external");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("skipped: ../shared/external is not present");
        None
    }
}

/// Builds the dictionary once per test process, so parallel tests do not all build it.
pub fn ensure_dictionary() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        otai::text::dict::resolve(None).expect("dictionary: run scripts/setup.sh first");
    });
}

/// The Japanese analyser on the local dictionary with the built-in rubric's stop words,
/// loaded once for the whole test binary.
pub fn analyzer() -> &'static otai::text::Analyzer {
    static A: OnceLock<otai::text::Analyzer> = OnceLock::new();
    A.get_or_init(|| {
        ensure_dictionary();
        otai::text::Analyzer::load(
            None,
            otai::score::rubric::Rubric::default_rubric()
                .lexicon
                .stop_words,
        )
        .expect("dictionary")
    })
}

/// Output of one `otai` run.
pub struct Run {
    pub code: i32,
    pub stderr: String,
    pub out: PathBuf,
    _tmp: Option<tempfile::TempDir>,
}

impl Run {
    /// The results of a run already made into `out`.
    pub fn at(out: &Path) -> Run {
        Run {
            code: 0,
            stderr: String::new(),
            out: out.to_path_buf(),
            _tmp: None,
        }
    }

    pub fn frame(&self, name: &str) -> DataFrame {
        let path = self.out.join(name);
        let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        ParquetReader::new(file).finish().expect("parquet")
    }

    pub fn json(&self, name: &str) -> serde_json::Value {
        serde_json::from_slice(&std::fs::read(self.out.join(name)).expect("read json"))
            .expect("json")
    }

    /// rejects.csv rows as (file, line, record_id, reason).
    pub fn rejects(&self) -> Vec<(String, u64, String, String)> {
        let bytes = std::fs::read(self.out.join("rejects.csv")).expect("rejects.csv");
        let bytes = bytes
            .strip_prefix(b"\xef\xbb\xbf")
            .unwrap_or(&bytes)
            .to_vec();
        csv::Reader::from_reader(bytes.as_slice())
            .records()
            .map(|r| {
                let r = r.expect("csv row");
                (
                    r[0].to_string(),
                    r[1].parse().expect("line"),
                    r[2].to_string(),
                    r[3].to_string(),
                )
            })
            .collect()
    }
}

/// Runs `otai analyze <inputs> --out <fresh temp dir> <extra>` from the repo root.
pub fn analyze(inputs: &[&Path], extra: &[&str]) -> Run {
    ensure_dictionary();
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = tmp.path().join("out");
    let run = analyze_into(inputs, &out, extra);
    Run {
        _tmp: Some(tmp),
        ..run
    }
}

pub fn analyze_into(inputs: &[&Path], out: &Path, extra: &[&str]) -> Run {
    analyze_with_env(inputs, out, extra, &[])
}

/// `otai analyze` into `out` with extra environment variables.
pub fn analyze_with_env(inputs: &[&Path], out: &Path, extra: &[&str], env: &[(&str, &str)]) -> Run {
    ensure_dictionary();
    let output = Command::new(env!("CARGO_BIN_EXE_otai"))
        .current_dir(repo())
        .envs(env.iter().copied())
        .arg("analyze")
        .args(inputs)
        .arg("--out")
        .arg(out)
        .arg("--quiet")
        .args(extra)
        .output()
        .expect("run otai");
    Run {
        code: output.status.code().unwrap_or(-1),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        out: out.to_path_buf(),
        _tmp: None,
    }
}

/// Runs `otai ARGS...` from the repository root and returns its output, failing the
/// test (with otai's stderr) unless it exited 0.
pub fn otai_ok<S: AsRef<std::ffi::OsStr>>(
    args: impl IntoIterator<Item = S>,
) -> std::process::Output {
    let out = Command::new(env!("CARGO_BIN_EXE_otai"))
        .current_dir(repo())
        .args(args)
        .output()
        .expect("run otai");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// A string column as plain values (null → "").
pub fn strs(df: &DataFrame, col: &str) -> Vec<String> {
    df.column(col)
        .expect("column")
        .as_materialized_series()
        .cast(&DataType::String)
        .expect("cast")
        .str()
        .expect("str")
        .iter()
        .map(|v| v.unwrap_or("").to_string())
        .collect()
}

/// Rows of `df` where `col == value`.
pub fn rows_where(df: &DataFrame, col_name: &str, value: &str) -> DataFrame {
    df.clone()
        .lazy()
        .filter(col(col_name).eq(lit(value)))
        .collect()
        .expect("filter")
}
