//! File names from agent ids. A slug never leaves the output folder and never collides:
//! only ASCII letters, digits, `-` and `_` survive; Windows device names, empty names and
//! anything that had to be changed get a short hash of the original id, so `../../x`,
//! `/etc/passwd`, `CON`, an empty id, 300 characters, emoji and Japanese names all give
//! safe, distinct names.

use crate::hash::sha256_hex;

const MAX_LEN: usize = 48;
const RESERVED: &[&str] = &[
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// A safe, distinct file-name stem for `id`.
pub fn slug(id: &str) -> String {
    let mut s = String::with_capacity(id.len().min(MAX_LEN));
    let mut prev_dash = false;
    for c in id.chars() {
        let keep = c.is_ascii_alphanumeric() || c == '_' || c == '-';
        let c = if keep { c.to_ascii_lowercase() } else { '-' };
        if c == '-' && prev_dash {
            continue;
        }
        prev_dash = c == '-';
        s.push(c);
        if s.len() >= MAX_LEN {
            break;
        }
    }
    let s = s.trim_matches('-').to_string();
    let reserved = RESERVED.contains(&s.as_str())
        || RESERVED
            .iter()
            .any(|r| s.starts_with(&format!("{r}-")) && s.len() == r.len());
    if s.is_empty() || reserved || s != id {
        let hash = &sha256_hex(id.as_bytes())[..8];
        if s.is_empty() {
            format!("agent-{hash}")
        } else {
            format!("{s}-{hash}")
        }
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn hostile_ids_stay_inside_and_stay_distinct() {
        let long = "a".repeat(300);
        let ids = [
            "agt-sato",
            "AGT-SATO",
            "../../x",
            "/etc/passwd",
            "CON",
            "con",
            "",
            " ",
            "..",
            ".",
            long.as_str(),
            "😀😀",
            "佐藤 美咲",
            "鈴木 健太",
            "a/b",
            "a\\b",
            "nul.txt",
            "x\0y",
            "-",
            "agt_sato",
        ];
        let slugs: Vec<String> = ids.iter().map(|i| slug(i)).collect();
        for (id, s) in ids.iter().zip(&slugs) {
            assert!(!s.is_empty(), "{id:?}");
            assert!(s.len() <= MAX_LEN + 9, "{id:?} → {s}");
            assert!(
                s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
                "{id:?} → {s}"
            );
            assert!(!s.starts_with('-') && !s.starts_with('.'), "{id:?} → {s}");
            assert!(!RESERVED.contains(&s.as_str()), "{id:?} → {s}");
            let p = std::path::Path::new("out").join(format!("{s}.html"));
            assert_eq!(p.parent(), Some(std::path::Path::new("out")), "{id:?}");
        }
        let distinct: BTreeSet<&String> = slugs.iter().collect();
        assert_eq!(distinct.len(), ids.len(), "{slugs:?}");
        assert_eq!(
            slug("agt-sato"),
            "agt-sato",
            "clean ids are kept as they are"
        );
    }
}
