//! Finding (or building once) the IPADIC dictionary lindera needs, offline.
//!
//! lindera's `embed-*` features download at build time, which fails without internet.
//! Instead, Debian's `mecab-ipadic` ships IPADIC's source (EUC-JP CSVs and .def files
//! in /usr/share/mecab/dic/ipadic); lindera's own `DictionaryBuilder` compiles it,
//! converted to UTF-8, into a cache folder that later runs memory-map in milliseconds.
//! The folder name carries a fingerprint of the source files and the lindera version,
//! so a changed source or a lindera upgrade builds a fresh one (rebuilt when stale).
//!
//! Order: `--dict DIR` (or `dict` in otai.toml, or `OTAI_DICT`), then the cache, then
//! the Debian source, else an error that says exactly what to install.

use std::path::{Path, PathBuf};

use lindera::dictionary::{Dictionary, load_fs_dictionary};
use lindera_dictionary::builder::DictionaryBuilder;
use lindera_dictionary::dictionary::metadata::Metadata;
use lindera_dictionary::dictionary::schema::Schema;

/// Where Debian's mecab-ipadic puts the IPADIC source.
pub const DEBIAN_IPADIC_SOURCE: &str = "/usr/share/mecab/dic/ipadic";

#[derive(Debug, thiserror::Error)]
pub enum DictError {
    #[error(
        "no Japanese dictionary found. Install Debian's IPADIC source with `sudo apt-get install mecab-ipadic` \
         (it provides {DEBIAN_IPADIC_SOURCE}), or pass --dict DIR pointing at a lindera dictionary or an IPADIC source folder"
    )]
    NotFound,
    #[error(
        "{path}: not a lindera dictionary nor an IPADIC source folder (expected metadata.json, or matrix.def with *.csv)"
    )]
    NotADictionary { path: String },
    #[error("{path}: {reason}")]
    Io { path: String, reason: String },
    #[error(
        "building the dictionary from {source_dir} failed: {reason}; check that the mecab-ipadic files are complete (reinstall with `sudo apt-get install --reinstall mecab-ipadic`)"
    )]
    Build { source_dir: String, reason: String },
    #[error("loading the dictionary at {path} failed: {reason}; delete that folder to rebuild it")]
    Load { path: String, reason: String },
}

/// The folder otai keeps built dictionaries in: `$OTAI_CACHE_DIR`, else
/// `$XDG_CACHE_HOME/otai`, else `$HOME/.cache/otai`, else the system temp dir.
pub fn cache_root() -> PathBuf {
    if let Some(d) = std::env::var_os("OTAI_CACHE_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(d);
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(d).join("otai");
    }
    if let Some(h) = std::env::var_os("HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(h).join(".cache").join("otai");
    }
    std::env::temp_dir().join("otai-cache")
}

fn io_err(path: &Path, e: impl std::fmt::Display) -> DictError {
    DictError::Io {
        path: path.display().to_string(),
        reason: e.to_string(),
    }
}

fn is_built(dir: &Path) -> bool {
    dir.join("metadata.json").is_file() && dir.join(".otai-complete").is_file()
        || dir.join("metadata.json").is_file() && dir.join("dict.da").exists()
}

fn is_source(dir: &Path) -> bool {
    dir.join("matrix.def").is_file()
        && std::fs::read_dir(dir)
            .map(|rd| {
                rd.flatten()
                    .any(|e| e.path().extension().is_some_and(|x| x == "csv"))
            })
            .unwrap_or(false)
}

/// Fingerprint of a source folder: file names, sizes and modification times, plus the
/// lindera version that builds it.
fn fingerprint(source: &Path) -> Result<String, DictError> {
    let mut entries: Vec<String> = std::fs::read_dir(source)
        .map_err(|e| io_err(source, e))?
        .flatten()
        .filter_map(|e| {
            let m = e.metadata().ok()?;
            let mtime = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_secs());
            Some(format!(
                "{}:{}:{}",
                e.file_name().to_string_lossy(),
                m.len(),
                mtime
            ))
        })
        .collect();
    entries.sort();
    entries.push(format!("lindera {}", lindera::get_version()));
    Ok(crate::hash::sha256_hex(entries.join("\n").as_bytes())[..12].to_string())
}

/// IPADIC's build parameters (the same values lindera's IPADIC package uses).
fn ipadic_metadata() -> Metadata {
    Metadata::new(
        "ipadic".to_string(),
        "UTF-8".to_string(),
        -10000,
        1288,
        1288,
        "*".to_string(),
        false,
        false,
        false,
        Schema::default(),
        Schema::new(vec![
            "surface".into(),
            "reading".into(),
            "pronunciation".into(),
        ]),
    )
}

/// Compiles an IPADIC source folder into `target` (atomically: built beside it, then renamed).
pub fn build_from_source(source: &Path, target: &Path) -> Result<(), DictError> {
    let parent = target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(|e| io_err(parent, e))?;
    let work = tempfile::Builder::new()
        .prefix(".ipadic-build-")
        .tempdir_in(parent)
        .map_err(|e| io_err(parent, e))?;
    let utf8_src = work.path().join("src");
    let out = work.path().join("dict");
    std::fs::create_dir_all(&utf8_src).map_err(|e| io_err(&utf8_src, e))?;
    for entry in std::fs::read_dir(source)
        .map_err(|e| io_err(source, e))?
        .flatten()
    {
        let path = entry.path();
        let keep = path.extension().is_some_and(|x| x == "csv" || x == "def");
        if !keep {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| io_err(&path, e))?;
        // IPADIC ships EUC-JP; a UTF-8 copy (mecab-ipadic-utf8) passes through unchanged.
        let text = match std::str::from_utf8(&bytes) {
            Ok(s) => s.to_string(),
            Err(_) => encoding_rs::EUC_JP
                .decode_without_bom_handling(&bytes)
                .0
                .into_owned(),
        };
        let dest = utf8_src.join(entry.file_name());
        std::fs::write(&dest, text).map_err(|e| io_err(&dest, e))?;
    }
    DictionaryBuilder::new(ipadic_metadata())
        .build_dictionary(&utf8_src, &out)
        .map_err(|e| DictError::Build {
            source_dir: source.display().to_string(),
            reason: e.to_string(),
        })?;
    std::fs::write(out.join(".otai-complete"), source.display().to_string())
        .map_err(|e| io_err(&out, e))?;
    match std::fs::rename(&out, target) {
        Ok(()) => Ok(()),
        // Another process finished first: its dictionary is as good as ours.
        Err(_) if is_built(target) => Ok(()),
        Err(e) => Err(io_err(target, e)),
    }
}

/// Where the dictionary came from, for run.json and messages.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub dictionary_dir: PathBuf,
    /// True when this call compiled it.
    pub built_now: bool,
}

/// Finds a dictionary folder, building it from an IPADIC source when needed.
pub fn resolve(explicit: Option<&Path>) -> Result<Resolved, DictError> {
    let explicit = explicit.map(Path::to_path_buf).or_else(|| {
        std::env::var_os("OTAI_DICT")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    });
    let source = match explicit {
        Some(dir) if is_built(&dir) || dir.join("metadata.json").is_file() => {
            return Ok(Resolved {
                dictionary_dir: dir,
                built_now: false,
            });
        }
        Some(dir) if is_source(&dir) => dir,
        Some(dir) => {
            return Err(DictError::NotADictionary {
                path: dir.display().to_string(),
            });
        }
        None => {
            let debian = PathBuf::from(DEBIAN_IPADIC_SOURCE);
            if !is_source(&debian) {
                return Err(DictError::NotFound);
            }
            debian
        }
    };
    let target = cache_root().join(format!("ipadic-{}", fingerprint(&source)?));
    if is_built(&target) {
        return Ok(Resolved {
            dictionary_dir: target,
            built_now: false,
        });
    }
    build_from_source(&source, &target)?;
    Ok(Resolved {
        dictionary_dir: target,
        built_now: true,
    })
}

/// Loads (memory-maps) a resolved dictionary.
pub fn load(resolved: &Resolved) -> Result<Dictionary, DictError> {
    load_fs_dictionary(&resolved.dictionary_dir).map_err(|e| DictError::Load {
        path: resolved.dictionary_dir.display().to_string(),
        reason: e.to_string(),
    })
}
