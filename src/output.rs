//! Writing results: every file is written to a temporary name in the output folder
//! and renamed into place, so a reader never sees half a file and a crash never
//! leaves one behind. CSV for people carries a UTF-8 BOM (Japanese Excel needs it).

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use polars::prelude::*;

use crate::blockio::BlockWriter;
use crate::ingest::RecordError;
use crate::ingest::time::format_utc;

/// A result file under construction: a temporary file in the output folder, renamed
/// into place by [`AtomicFile::commit`]. Dropped without commit, it disappears.
pub struct AtomicFile {
    path: PathBuf,
    tmp: tempfile::NamedTempFile,
}

impl AtomicFile {
    pub fn create(path: &Path) -> anyhow::Result<AtomicFile> {
        use anyhow::Context as _;
        let dir = path.parent().unwrap_or(Path::new("."));
        let tmp = tempfile::Builder::new()
            .prefix(".otai-")
            .suffix(".tmp")
            .tempfile_in(dir)
            .with_context(|| {
                format!(
                    "cannot create a file in {}; check that the folder is writable",
                    dir.display()
                )
            })?;
        Ok(AtomicFile {
            path: path.to_path_buf(),
            tmp,
        })
    }

    /// A buffered writer into the temporary file.
    pub fn writer(&self) -> anyhow::Result<BufWriter<File>> {
        self.writer_with(1 << 20)
    }

    /// A writer with a buffer of `capacity` bytes (small files need no megabyte).
    pub fn writer_with(&self, capacity: usize) -> anyhow::Result<BufWriter<File>> {
        Ok(BufWriter::with_capacity(
            capacity,
            self.tmp.as_file().try_clone()?,
        ))
    }

    /// A [`BlockWriter`] into the temporary file (large results written a batch at a
    /// time).
    pub fn block_writer(&self) -> anyhow::Result<BlockWriter> {
        Ok(BlockWriter::new(self.tmp.as_file().try_clone()?))
    }

    /// Syncs the finished file and moves it into place.
    pub fn commit(self) -> anyhow::Result<()> {
        use anyhow::Context as _;
        seal(self.tmp.as_file());
        let path = self.path;
        self.tmp.persist(&path).with_context(|| {
            format!(
                "cannot move the finished file into place at {}",
                path.display()
            )
        })?;
        Ok(())
    }
}

/// A finished temporary file made ready to move into place: synced, and readable by
/// others (temporary files are private, 0600; results are ordinary files, 0644).
fn seal(file: &File) {
    file.sync_all().ok();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        file.set_permissions(std::fs::Permissions::from_mode(0o644))
            .ok();
    }
}

/// Writes many small files atomically: each to a temporary file beside it and synced (side
/// by side: a week's conversation pages are thousands of files), then the renames. A run
/// interrupted before the renames leaves only temporary files, which are removed when they
/// are dropped; no file is ever seen half written. (One `syncfs` instead of a sync per file
/// was tried: on a shared disk it writes back everyone's data and took longer.)
pub fn write_many_atomic(files: &[(PathBuf, &[u8])]) -> anyhow::Result<()> {
    use anyhow::Context as _;
    use rayon::prelude::*;
    let written: Vec<(tempfile::TempPath, &PathBuf)> = files
        .par_iter()
        .map(|(path, bytes)| -> anyhow::Result<_> {
            let target = AtomicFile::create(path)?;
            {
                let mut f = target.tmp.as_file();
                f.write_all(bytes)
                    .with_context(|| format!("writing {}", path.display()))?;
                seal(f);
            }
            // Closed now (thousands of open files would exhaust the descriptor limit).
            Ok((target.tmp.into_temp_path(), path))
        })
        .collect::<anyhow::Result<_>>()?;
    for (tmp, path) in written {
        tmp.persist(path).with_context(|| {
            format!(
                "cannot move the finished file into place at {}",
                path.display()
            )
        })?;
    }
    Ok(())
}

/// Writes `path` through a temporary file in the same folder, then renames it.
pub fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<File>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    use anyhow::Context as _;
    let target = AtomicFile::create(path)?;
    let mut w = target.writer_with(64 << 10)?;
    write(&mut w).with_context(|| format!("writing {}", path.display()))?;
    w.into_inner().map_err(|e| e.into_error())?;
    target.commit()
}

/// A whole table as one Parquet file (one [`TableSink`] batch).
pub fn write_parquet(df: &DataFrame, path: &Path) -> anyhow::Result<()> {
    let mut sink = TableSink::parquet(path)?;
    sink.write(df)?;
    sink.finish()
}

/// A buffered writer several owners can hold: polars' batched writers own theirs, and the
/// sink needs it back to flush (with errors reported) before the rename.
#[derive(Clone)]
struct Shared(Arc<Mutex<BlockWriter>>);

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.lock().write(buf)
    }
    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.lock().write_all(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.lock().flush()
    }
}

impl Shared {
    fn lock(&self) -> std::sync::MutexGuard<'_, BlockWriter> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

enum Batched {
    Parquet(Box<polars::io::parquet::write::BatchedWriter<Shared>>),
    Csv(polars::io::csv::write::BatchedWriter<Shared>),
}

/// Rows gathered before a Parquet row group is written. Each row group costs a
/// compressor and an encoding decision per column, so a row group per scoring batch
/// (a thousand conversations) spent more on that than on the rows; a fixed size keeps
/// the files the same on every machine.
pub const ROW_GROUP_ROWS: usize = 65_536;

/// A Parquet or CSV result written a batch at a time (bounded memory for large runs),
/// atomically: nothing appears at `path` until [`TableSink::finish`].
pub struct TableSink {
    path: PathBuf,
    target: AtomicFile,
    shared: Shared,
    csv_bom: Option<bool>,
    writer: Option<Batched>,
    /// Parquet rows not yet written (fewer than [`ROW_GROUP_ROWS`]).
    pending: Option<DataFrame>,
}

impl TableSink {
    pub fn parquet(path: &Path) -> anyhow::Result<TableSink> {
        TableSink::new(path, None)
    }

    pub fn csv(path: &Path, bom: bool) -> anyhow::Result<TableSink> {
        TableSink::new(path, Some(bom))
    }

    fn new(path: &Path, csv_bom: Option<bool>) -> anyhow::Result<TableSink> {
        let target = AtomicFile::create(path)?;
        let shared = Shared(Arc::new(Mutex::new(target.block_writer()?)));
        Ok(TableSink {
            path: path.to_path_buf(),
            target,
            shared,
            csv_bom,
            writer: None,
            pending: None,
        })
    }

    /// Appends the rows of `df` (every batch must have the same columns).
    pub fn write(&mut self, df: &DataFrame) -> anyhow::Result<()> {
        let result = (|| -> PolarsResult<()> {
            match self.csv_bom {
                Some(bom) => {
                    let ready = csv_ready(df)?;
                    if self.writer.is_none() {
                        self.writer = Some(Batched::Csv(
                            CsvWriter::new(self.shared.clone())
                                .include_bom(bom)
                                .include_header(true)
                                .batched(ready.schema())?,
                        ));
                    }
                    if let Some(Batched::Csv(w)) = &mut self.writer {
                        w.write_batch(&ready)?;
                    }
                }
                None => {
                    if self.writer.is_none() {
                        self.writer = Some(Batched::Parquet(Box::new(
                            ParquetWriter::new(self.shared.clone())
                                .set_parallel(false)
                                .batched(df.schema())?,
                        )));
                    }
                    match &mut self.pending {
                        Some(p) => {
                            p.vstack_mut(df)?;
                        }
                        None => self.pending = Some(df.clone()),
                    }
                    if self
                        .pending
                        .as_ref()
                        .is_some_and(|p| p.height() >= ROW_GROUP_ROWS)
                    {
                        self.flush_pending()?;
                    }
                }
            }
            Ok(())
        })();
        anyhow::Context::with_context(result, || format!("writing {}", self.path.display()))
    }

    /// Writes the gathered Parquet rows as one row group.
    fn flush_pending(&mut self) -> PolarsResult<()> {
        if let (Some(mut df), Some(Batched::Parquet(w))) = (self.pending.take(), &mut self.writer) {
            df.rechunk_mut_par();
            w.write_batch(&df)?;
        }
        Ok(())
    }

    /// Completes the file and moves it into place. At least one batch (possibly empty)
    /// must have been written, so the file has its columns.
    pub fn finish(mut self) -> anyhow::Result<()> {
        use anyhow::Context as _;
        let path = self.path.clone();
        let context = || format!("writing {}", path.display());
        anyhow::Context::with_context(self.flush_pending(), context)?;
        match self.writer {
            Some(Batched::Parquet(w)) => {
                anyhow::Context::with_context(w.finish(), context)?;
            }
            Some(Batched::Csv(mut w)) => anyhow::Context::with_context(w.finish(), context)?,
            None => anyhow::bail!("{}: no rows were written (internal error)", path.display()),
        }
        let buffered = Arc::try_unwrap(self.shared.0)
            .map_err(|_| anyhow::anyhow!("{}: writer still in use", path.display()))?
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        buffered.finish().with_context(context)?;
        self.target.commit()
    }
}

/// Whether Excel would run this cell as a formula (OWASP "CSV injection"): it starts
/// with `=`, `+`, `-`, `@`, a TAB or a CR, and is not simply a number (`-5` and `+81`
/// stay numbers).
pub fn excel_would_run(cell: &str) -> bool {
    match cell.as_bytes().first() {
        Some(b'=' | b'@' | b'\t' | b'\r') => true,
        Some(b'+' | b'-') => !is_plain_number(cell),
        _ => false,
    }
}

/// A decimal number as Excel reads one: sign, digits, one point, an exponent. No
/// `inf`/`nan`, which Rust's float parser would accept.
fn is_plain_number(cell: &str) -> bool {
    cell.bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.' | b'e' | b'E'))
        && cell.bytes().any(|b| b.is_ascii_digit())
        && cell.parse::<f64>().is_ok()
}

/// The cell as Excel must see it: a leading `'` makes a formula-like cell plain text.
/// Parquet keeps the raw value; only CSV written for people goes through this.
pub fn excel_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    if excel_would_run(cell) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// A string column with every formula-like cell made plain text (the column itself when
/// none is: the common case costs one scan and no copy).
fn excel_safe_column(s: &Series) -> PolarsResult<Series> {
    let ca = s.str()?;
    if !ca.iter().flatten().any(excel_would_run) {
        return Ok(s.clone());
    }
    let v: Vec<Option<std::borrow::Cow<'_, str>>> = ca.iter().map(|o| o.map(excel_safe)).collect();
    Ok(Series::new(
        s.name().clone(),
        v.iter().map(|o| o.as_deref()).collect::<Vec<_>>(),
    ))
}

/// A copy of `df` that CSV can hold and Excel can open safely: datetimes as RFC 3339 UTC
/// strings, lists joined with ";", and text cells that Excel would run as a formula
/// prefixed with `'` ([`excel_safe`]).
pub fn csv_ready(df: &DataFrame) -> PolarsResult<DataFrame> {
    let mut cols = Vec::with_capacity(df.width());
    for c in df.columns() {
        let s = c.as_materialized_series();
        let name = s.name().clone();
        let converted: Series = match s.dtype() {
            DataType::Datetime(_, _) => {
                let ms = s
                    .cast(&DataType::Datetime(TimeUnit::Milliseconds, None))?
                    .cast(&DataType::Int64)?;
                let v: Vec<Option<String>> = ms.i64()?.iter().map(|o| o.map(format_utc)).collect();
                Series::new(name, v)
            }
            DataType::List(_) => {
                // Inner values as strings once, then each row joined without building a
                // Series per row.
                let strings = s.cast(&DataType::List(Box::new(DataType::String)))?;
                let ca = strings.list()?;
                let v: Vec<Option<String>> = ca
                    .amortized_iter()
                    .map(|row| {
                        row.map(|inner| {
                            inner
                                .as_ref()
                                .str()
                                .map(|c| c.iter().flatten().collect::<Vec<_>>().join(";"))
                                .unwrap_or_default()
                        })
                    })
                    .collect();
                Series::new(name, v)
            }
            _ => s.clone(),
        };
        let converted = if converted.dtype() == &DataType::String {
            excel_safe_column(&converted)?
        } else {
            converted
        };
        cols.push(converted.into());
    }
    DataFrame::new(df.height(), cols)
}

/// A whole table as one CSV file (one [`TableSink`] batch).
pub fn write_csv(df: &DataFrame, path: &Path, bom: bool) -> anyhow::Result<()> {
    let mut sink = TableSink::csv(path, bom)?;
    sink.write(df)?;
    sink.finish()
}

pub fn write_rejects(rejects: &[RecordError], path: &Path, bom: bool) -> anyhow::Result<()> {
    write_atomic(path, |w| {
        if bom {
            w.write_all("\u{feff}".as_bytes())?;
        }
        let mut c = csv::Writer::from_writer(w);
        c.write_record(["file", "line", "record_id", "reason"])?;
        for r in rejects {
            c.write_record([
                excel_safe(&r.file).as_ref(),
                &r.line.to_string(),
                &excel_safe(r.record_id.as_deref().unwrap_or("")),
                &excel_safe(&r.reason),
            ])?;
        }
        c.flush()?;
        Ok(())
    })
}

pub fn write_json(value: &serde_json::Value, path: &Path) -> anyhow::Result<()> {
    write_atomic(path, |w| {
        serde_json::to_writer_pretty(&mut *w, value)?;
        w.write_all(b"\n")?;
        Ok(())
    })
}

#[cfg(test)]
mod sink_tests {
    use super::*;

    fn frame(from: i64, n: i64) -> DataFrame {
        df!("id" => (from..from + n).collect::<Vec<i64>>(), "text" => (from..from + n).map(|i| format!("行{i}")).collect::<Vec<_>>())
            .unwrap()
    }

    #[test]
    fn a_sink_appears_only_when_finished_and_equals_one_write() {
        let dir = tempfile::tempdir().unwrap();
        let (streamed, whole) = (dir.path().join("s.csv"), dir.path().join("w.csv"));
        let mut sink = TableSink::csv(&streamed, true).unwrap();
        sink.write(&frame(0, 3)).unwrap();
        sink.write(&frame(3, 0)).unwrap();
        sink.write(&frame(3, 4)).unwrap();
        assert!(!streamed.exists(), "nothing at the path before finish");
        sink.finish().unwrap();
        write_csv(&frame(0, 7), &whole, true).unwrap();
        assert_eq!(
            std::fs::read(&streamed).unwrap(),
            std::fs::read(&whole).unwrap()
        );

        let pq = dir.path().join("s.parquet");
        let mut sink = TableSink::parquet(&pq).unwrap();
        sink.write(&frame(0, 5)).unwrap();
        sink.write(&frame(5, 5)).unwrap();
        sink.finish().unwrap();
        let back = ParquetReader::new(File::open(&pq).unwrap())
            .finish()
            .unwrap();
        assert!(back.equals(&frame(0, 10)));

        // A run that fails mid-way leaves no half file and no temporary behind.
        let failed = dir.path().join("f.parquet");
        let mut sink = TableSink::parquet(&failed).unwrap();
        sink.write(&frame(0, 5)).unwrap();
        drop(sink);
        assert!(!failed.exists());
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");
    }

    #[test]
    fn excel_formula_cells_become_text_and_numbers_stay_numbers() {
        for (cell, want) in [
            (
                "=HYPERLINK(\"http://evil.example/x\",\"click\")",
                "'=HYPERLINK(\"http://evil.example/x\",\"click\")",
            ),
            (
                "@SUM(1+1)*cmd|' /C calc'!A0",
                "'@SUM(1+1)*cmd|' /C calc'!A0",
            ),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
            ("-2+3", "'-2+3"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("-", "'-"),
            ("+81 3-1234-5678", "'+81 3-1234-5678"),
            ("-inf", "'-inf"),
            ("-5", "-5"),
            ("+81", "+81"),
            ("-0.25", "-0.25"),
            ("1e3", "1e3"),
            ("ログイン=できない", "ログイン=できない"),
            ("", ""),
            (" =1", " =1"),
        ] {
            assert_eq!(excel_safe(cell), want, "{cell:?}");
        }
        let df = df!(
            "id" => ["=1+1", "ok", "-7"],
            "n" => [-1i64, 2, 3],
        )
        .unwrap();
        let ready = csv_ready(&df).unwrap();
        let ids: Vec<_> = ready.column("id").unwrap().str().unwrap().iter().collect();
        assert_eq!(ids, [Some("'=1+1"), Some("ok"), Some("-7")]);
        assert!(ready.column("n").unwrap().equals(df.column("n").unwrap()));
    }

    /// Batches that do not line up with Parquet row groups come back whole and in order.
    #[test]
    fn parquet_sink_gathers_batches_into_row_groups() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.parquet");
        let mut sink = TableSink::parquet(&path).unwrap();
        let rows = ROW_GROUP_ROWS as i64;
        let mut next = 0;
        for n in [0, rows - 1, 2, rows + 5, 3] {
            sink.write(&frame(next, n)).unwrap();
            next += n;
        }
        assert!(!path.exists(), "nothing appears before finish");
        sink.finish().unwrap();
        let back = ParquetReader::new(File::open(&path).unwrap())
            .finish()
            .unwrap();
        assert!(back.equals(&frame(0, next)));
    }
}
