//! Writing results: every file is written to a temporary name in the output folder
//! and renamed into place, so a reader never sees half a file and a crash never
//! leaves one behind. CSV for people carries a UTF-8 BOM (Japanese Excel needs it).

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use polars::prelude::*;

use crate::ingest::RecordError;
use crate::ingest::time::format_utc;

/// Writes `path` through a temporary file in the same folder, then renames it.
pub fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut BufWriter<File>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
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
    let (file, tmp_path) = tmp.into_parts();
    let mut w = BufWriter::new(file);
    write(&mut w).with_context(|| format!("writing {}", path.display()))?;
    let file = w.into_inner().map_err(|e| e.into_error())?;
    file.sync_all().ok();
    // Temporary files are private (0600); results are ordinary files for their readers.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        file.set_permissions(std::fs::Permissions::from_mode(0o644))
            .ok();
    }
    tmp_path.persist(path).with_context(|| {
        format!(
            "cannot move the finished file into place at {}",
            path.display()
        )
    })?;
    Ok(())
}

pub fn write_parquet(df: &DataFrame, path: &Path) -> anyhow::Result<()> {
    let mut df = df.clone();
    write_atomic(path, |w| {
        ParquetWriter::new(w).set_parallel(false).finish(&mut df)?;
        Ok(())
    })
}

/// A copy of `df` that CSV can hold: datetimes as RFC 3339 UTC strings, lists joined with ";".
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
                let ca = s.list()?;
                let v: Vec<Option<String>> = (0..ca.len())
                    .map(|i| {
                        ca.get_as_series(i).map(|inner| {
                            inner
                                .cast(&DataType::String)
                                .ok()
                                .and_then(|x| {
                                    x.str()
                                        .ok()
                                        .map(|c| c.iter().flatten().collect::<Vec<_>>().join(";"))
                                })
                                .unwrap_or_default()
                        })
                    })
                    .collect();
                Series::new(name, v)
            }
            _ => s.clone(),
        };
        cols.push(converted.into());
    }
    DataFrame::new(df.height(), cols)
}

pub fn write_csv(df: &DataFrame, path: &Path, bom: bool) -> anyhow::Result<()> {
    let mut ready = csv_ready(df)?;
    write_atomic(path, |w| {
        CsvWriter::new(w)
            .include_bom(bom)
            .include_header(true)
            .finish(&mut ready)?;
        Ok(())
    })
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
                r.file.as_str(),
                &r.line.to_string(),
                r.record_id.as_deref().unwrap_or(""),
                &r.reason,
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
