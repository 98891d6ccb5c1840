//! ARCHITECTURE.md's first invariant, checked: dependencies between the files of `src/` go
//! one way. A file's dependencies are the modules its code names (`crate::a::b`,
//! `super::x`, `use crate::{a, b::c}`, a child module by name); a module and its own
//! descendants may refer to each other (a child uses what its parent declares), any other
//! circle is a failure that names the files in it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::support::repo;

type Module = Vec<String>;

fn modules(src: &Path) -> BTreeMap<Module, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(src).unwrap().with_extension("");
                let mut m: Module = rel
                    .iter()
                    .map(|p| p.to_string_lossy().into_owned())
                    .collect();
                if m.last().is_some_and(|l| l == "mod") {
                    m.pop();
                }
                if m == ["lib"] || m == ["main"] {
                    m.clear();
                }
                let text = std::fs::read_to_string(&path).unwrap();
                // Tests may reach anywhere, comments name what they like: only code counts.
                let code: String = text
                    .split("#[cfg(test)]\nmod tests")
                    .next()
                    .unwrap_or("")
                    .lines()
                    .filter(|l| !l.trim_start().starts_with("//"))
                    .map(|l| format!("{l}\n"))
                    .collect();
                out.insert(m, code);
            }
        }
    }
    out
}

/// The longest module named by `path` (a `::` path from the crate root). A name a module
/// only imports (`use prep::Prepared`, `pub use crate::schema::RecordError`) resolves to
/// the module that defines it, so a re-export hides no dependency.
fn resolve(path: &[&str], known: &BTreeMap<Module, String>) -> Option<Module> {
    let m = (1..=path.len()).rev().find_map(|k| {
        let m: Module = path[..k].iter().map(|s| s.to_string()).collect();
        known.contains_key(&m).then_some(m)
    })?;
    let Some(&name) = path.get(m.len()) else {
        return Some(m);
    };
    Some(imported_from(&m, name, known).unwrap_or(m))
}

/// Where module `m` imports `name` from, when it does: `use a::b::Name;` (a child or a
/// `crate::` path), also inside braces.
fn imported_from(m: &Module, name: &str, known: &BTreeMap<Module, String>) -> Option<Module> {
    let code = &known[m];
    for (i, _) in code.match_indices("use ") {
        if code[..i].chars().next_back().is_some_and(is_word) {
            continue;
        }
        let stmt = &code[i + 4..i + 4 + code[i + 4..].find(';')?];
        let (base, items) = match stmt.split_once('{') {
            Some((b, rest)) => (b.trim_end_matches("::"), rest.trim_end_matches('}')),
            None => stmt.rsplit_once("::").unwrap_or(("", stmt)),
        };
        let listed = items.split(',').map(|x| x.trim()).any(|x| {
            x == name || x.ends_with(&format!("::{name}")) || x.ends_with(&format!(" as {name}"))
        });
        if !listed {
            continue;
        }
        let mut path: Vec<&str> = base
            .split("::")
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .collect();
        if path.first() == Some(&"crate") {
            path.remove(0);
        } else {
            // Relative to `m` (a child of it), or `super::`.
            let mut full: Vec<&str> = m.iter().map(String::as_str).collect();
            while path.first() == Some(&"super") {
                path.remove(0);
                full.pop();
            }
            full.extend(path);
            path = full;
        }
        let k = (1..=path.len()).rev().find_map(|k| {
            let c: Module = path[..k].iter().map(|s| s.to_string()).collect();
            known.contains_key(&c).then_some(c)
        })?;
        if &k != m {
            return Some(k);
        }
    }
    None
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The `::`-paths that start right after each occurrence of `prefix` in `code`.
fn paths_after<'a>(code: &'a str, prefix: &str) -> Vec<Vec<&'a str>> {
    let mut out = Vec::new();
    for (i, _) in code.match_indices(prefix) {
        if code[..i]
            .chars()
            .next_back()
            .is_some_and(|c| is_word(c) || c == ':')
        {
            continue;
        }
        let rest = &code[i + prefix.len()..];
        let end = rest
            .find(|c: char| !(is_word(c) || c == ':'))
            .unwrap_or(rest.len());
        let path: Vec<&str> = rest[..end].split("::").filter(|s| !s.is_empty()).collect();
        if !path.is_empty() {
            out.push(path);
        }
    }
    out
}

fn dependencies(known: &BTreeMap<Module, String>) -> BTreeMap<Module, BTreeSet<Module>> {
    let mut deps = BTreeMap::new();
    for (m, code) in known {
        let mut d = BTreeSet::new();
        let parent: Vec<&str> = m
            .iter()
            .map(String::as_str)
            .take(m.len().saturating_sub(1))
            .collect();
        for path in paths_after(code, "crate::") {
            d.extend(resolve(&path, known));
        }
        for path in paths_after(code, "super::") {
            let full: Vec<&str> = parent.iter().copied().chain(path).collect();
            d.extend(resolve(&full, known));
        }
        // `use crate::{a, b::c}` and `use super::{a, b}`.
        for (prefix, base) in [("use crate::{", vec![]), ("use super::{", parent.clone())] {
            for (i, _) in code.match_indices(prefix) {
                let rest = &code[i + prefix.len()..];
                let body = &rest[..rest.find("};").unwrap_or(0)];
                for item in body.split(',') {
                    let item: Vec<&str> = item.trim().split("::").map(str::trim).collect();
                    let full: Vec<&str> = base.iter().copied().chain(item).collect();
                    d.extend(resolve(&full, known));
                }
            }
        }
        // A module and its descendants may refer to each other.
        d.retain(|x| !(x.starts_with(m) || m.starts_with(x)));
        deps.insert(m.clone(), d);
    }
    deps
}

#[test]
fn no_circle_between_files_in_src() {
    let known = modules(&repo().join("src"));
    assert!(known.len() > 40, "{} files", known.len());
    let deps = dependencies(&known);
    // Every file that can reach itself through others is in a circle.
    let mut circles = Vec::new();
    for start in deps.keys() {
        let mut seen = BTreeSet::new();
        let mut todo: Vec<&Module> = deps[start].iter().collect();
        while let Some(m) = todo.pop() {
            if m == start {
                circles.push(start.join("::"));
                break;
            }
            if seen.insert(m.clone()) {
                todo.extend(deps.get(m).into_iter().flatten());
            }
        }
    }
    assert!(
        circles.is_empty(),
        "files in a circle of imports: {circles:?}"
    );
    // The check sees real dependencies (it would miss nothing silently).
    let report = ["report".to_string(), "build".to_string()];
    let tables = ["report".to_string(), "tables".to_string()];
    assert!(deps[&report.to_vec()].contains(tables.as_slice()));
}
