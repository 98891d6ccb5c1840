//! A real browser opens the HTML reports: headless Chromium (Debian's package, installed
//! by scripts/setup.sh) loads the team review, every agent report and conversation pages;
//! each must log nothing to the console (the reports contain no scripts, so any console
//! line means something ran), must show its charts or its thread, must have only links
//! that resolve to files written beside it, and must render the XSS fixtures as text. A
//! screenshot of the team review is saved.
//! Skips with a message only where Chromium is not installed.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{analyze, analyze_into, repo};

fn chromium() -> Option<PathBuf> {
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .iter()
    .map(PathBuf::from)
    .find(|p| p.is_file())
}

/// Loads `file` headless; returns (DOM after load, console lines).
fn open(
    browser: &Path,
    file: &Path,
    profile: &Path,
    screenshot: Option<&Path>,
) -> (String, Vec<String>) {
    let mut cmd = Command::new(browser);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--enable-logging=stderr",
        "--v=0",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    match screenshot {
        Some(s) => cmd
            .arg(format!("--screenshot={}", s.display()))
            .arg("--window-size=1280,2400"),
        None => cmd.arg("--dump-dom"),
    };
    let out = cmd
        .arg(format!("file://{}", file.display()))
        .output()
        .expect("run chromium");
    assert!(
        out.status.success(),
        "{}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let console = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .map(str::to_string)
        .collect();
    (String::from_utf8_lossy(&out.stdout).into_owned(), console)
}

fn html_in(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "html"))
        .collect();
    v.sort();
    v
}

/// The team review, every agent report, and the first `pages` conversation pages.
fn html_files(dir: &Path, pages: usize) -> Vec<PathBuf> {
    let mut v = vec![dir.join("reports/index.html")];
    v.extend(html_in(&dir.join("reports/agents")));
    v.extend(
        html_in(&dir.join("reports/conversations"))
            .into_iter()
            .take(pages),
    );
    v
}

/// Every link in a loaded page points at a file that exists.
fn links_resolve(page: &Path, dom: &str) {
    for href in dom
        .split("href=\"")
        .skip(1)
        .filter_map(|h| h.split('"').next())
    {
        assert!(
            !href.contains("://"),
            "{}: external link {href}",
            page.display()
        );
        let target = page.parent().unwrap().join(href.replace("&amp;", "&"));
        assert!(
            target.is_file(),
            "{}: {href} does not resolve",
            page.display()
        );
    }
}

#[test]
fn every_html_report_opens_cleanly_in_chromium() {
    let Some(browser) = chromium() else {
        eprintln!(
            "skipped: Chromium is not installed here (scripts/setup.sh installs Debian's chromium)"
        );
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let profile = tmp.path().join("profile");
    // The sample desk: no console output, charts present, a screenshot.
    let r = analyze(&[&repo().join("sample_data")], &[]);
    let mut pages_opened = 0;
    for f in html_files(&r.out, 3) {
        let (dom, console) = open(&browser, &f, &profile, None);
        assert!(console.is_empty(), "{}: {console:?}", f.display());
        let page = f.parent().is_some_and(|p| p.ends_with("conversations"));
        if page {
            pages_opened += 1;
            assert!(
                dom.contains("<article class=\"msg"),
                "{}: no thread",
                f.display()
            );
        } else {
            assert!(
                dom.contains("<figure class=\"chart\">") && dom.contains("<svg"),
                "{}: charts missing",
                f.display()
            );
        }
        assert!(!dom.contains("<script"), "{}", f.display());
        links_resolve(&f, &dom);
    }
    assert_eq!(pages_opened, 3);
    let shot = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("team-review.png");
    let _ = std::fs::remove_file(&shot);
    open(
        &browser,
        &r.out.join("reports/index.html"),
        &profile,
        Some(&shot),
    );
    assert!(
        std::fs::metadata(&shot)
            .map(|m| m.len() > 10_000)
            .unwrap_or(false),
        "screenshot {}",
        shot.display()
    );
    eprintln!("screenshot: {}", shot.display());

    // XSS fixtures: shown as text, never run.
    let data = tmp.path().join("xss");
    std::fs::create_dir_all(&data).unwrap();
    let lines = [
        r#"{"conversation_id": "x", "message_id": "1", "timestamp": "2026-03-02T10:00:00+09:00", "role": "customer", "author_id": "c", "text": "<script>console.error('xss-script')</script> 何度やってもだめです"}"#,
        r#"{"conversation_id": "x", "message_id": "2", "timestamp": "2026-03-02T10:01:00+09:00", "role": "agent", "author_id": "<img src=x onerror=console.error('xss-id')>", "text": "<img src=x onerror=console.error('xss-img')> 必ず本日中に直ります。"}"#,
    ];
    std::fs::write(data.join("chat.jsonl"), lines.join("\n")).unwrap();
    let out = tmp.path().join("xss-out");
    let r = analyze_into(&[&data], &out, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let files = html_files(&out, 1);
    assert_eq!(files.len(), 3);
    for f in files {
        let (dom, console) = open(&browser, &f, &profile, None);
        assert!(
            console.iter().all(|l| !l.contains("xss")),
            "{}: {console:?}",
            f.display()
        );
        assert!(console.is_empty(), "{}: {console:?}", f.display());
        assert!(
            !dom.contains("<script") && !dom.contains("<img"),
            "{}",
            f.display()
        );
        assert!(
            dom.contains("&lt;img src=x onerror=") || dom.contains("&lt;script&gt;console.error"),
            "{}: the fixture is shown as text",
            f.display()
        );
        links_resolve(&f, &dom);
    }
}
