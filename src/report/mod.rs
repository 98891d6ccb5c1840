//! Reports for people: per-agent reports, the team weekly review and coaching exports,
//! built from the result tables alone (so `otai report --data DIR` can rebuild them).
//! `build` makes documents; `generate` renders them to (path, bytes); only `cmd` writes.

pub mod build;
pub mod doc;
pub mod mask;
pub mod slug;
pub mod tables;

use doc::{render_html, render_markdown};
pub use tables::Tables;

/// Options for a report run.
#[derive(Debug, Clone)]
pub struct Options {
    /// ISO week ("2026-W10"); the latest in the data when None.
    pub week: Option<String>,
    /// Mask personal data in coaching exports.
    pub mask: bool,
}

/// Renders chart specs: SVG and PNG files under reports/charts/, and the blocks that embed
/// them (`png_prefix` is the path from the report file to reports/).
fn charts(
    specs: Vec<(String, crate::chart::Chart)>,
    stem: &str,
    png_prefix: &str,
    files: &mut Vec<(String, Vec<u8>)>,
) -> anyhow::Result<Vec<doc::Block>> {
    let mut blocks = Vec::new();
    for (name, chart) in specs {
        let base = format!("charts/{stem}-{name}");
        let Some(svg) = crate::chart::svg(&chart)? else {
            blocks.push(doc::Block::Para(format!(
                "(グラフ「{}」は省略: 日本語フォントがありません。scripts/setup.sh で fonts-ipafont-gothic を入れるか OTAI_FONT を指定してください)",
                chart.title
            )));
            continue;
        };
        files.push((format!("reports/{base}.svg"), svg.clone().into_bytes()));
        let png = crate::chart::png(&chart)?;
        let png_path = png.map(|bytes| {
            files.push((format!("reports/{base}.png"), bytes));
            format!("{png_prefix}{base}.png")
        });
        blocks.push(doc::Block::Chart {
            caption: chart.title.clone(),
            svg,
            png: png_path,
        });
    }
    Ok(blocks)
}

/// Every report file, as (path relative to the output folder, bytes), in a fixed order.
pub fn generate(t: &Tables, opts: &Options) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    let week = build::report_week(t, opts.week.as_deref());
    let mut files = Vec::new();
    let team_charts = charts(build::team_charts(t, &week), "team", "", &mut files)?;
    let team = build::team_review(t, &week, team_charts);
    let title = format!("チーム週次レビュー {week}");
    files.push((
        "reports/index.md".to_string(),
        render_markdown(&team).into_bytes(),
    ));
    files.push((
        "reports/index.html".to_string(),
        render_html(&title, &team).into_bytes(),
    ));
    for agent in build::agents_in_week(t, &week) {
        let s = slug::slug(&agent);
        let agent_charts = charts(
            build::agent_charts(t, &agent, &week),
            &format!("agent-{s}"),
            "../",
            &mut files,
        )?;
        let blocks = build::agent_report(t, &agent, &week, agent_charts);
        let title = format!("{agent} — 週次レポート {week}");
        files.push((
            format!("reports/agents/{s}.md"),
            render_markdown(&blocks).into_bytes(),
        ));
        files.push((
            format!("reports/agents/{s}.html"),
            render_html(&title, &blocks).into_bytes(),
        ));
        let (coach, json) = build::coaching(t, &agent, &week, opts.mask);
        files.push((
            format!("coaching/{s}.md"),
            render_markdown(&coach).into_bytes(),
        ));
        let mut j = serde_json::to_vec_pretty(&json)?;
        j.push(b'\n');
        files.push((format!("coaching/{s}.json"), j));
    }
    Ok(files)
}

/// Writes generated files under `out` (atomically, creating folders).
pub fn write(out: &std::path::Path, files: &[(String, Vec<u8>)]) -> anyhow::Result<()> {
    use std::io::Write as _;
    for (rel, bytes) in files {
        let path = out.join(rel);
        // Slugs keep every path inside `out`; check anyway before writing.
        anyhow::ensure!(
            !rel.contains("..") && !rel.starts_with('/'),
            "refusing to write outside the output folder: {rel}"
        );
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        crate::output::write_atomic(&path, |w| Ok(w.write_all(bytes)?))?;
    }
    Ok(())
}
