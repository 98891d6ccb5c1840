//! Reports for people: per-agent reports, the team weekly review and coaching exports,
//! built from the result tables alone (so `otai report --data DIR` can rebuild them).
//! `build` makes documents; `generate` renders them to (path, bytes); only `cmd` writes.

pub mod build;
pub mod conversation;
pub mod doc;
pub mod mask;
pub mod queue;
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
    /// Review-queue length per agent, and for the team.
    pub review_per_agent: usize,
    pub review_team: usize,
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

/// Reads what the reports need from the result files in `dir`: the review week's tables
/// (`tables`, below), then the week's queue thresholds (`queue`) and the conversations
/// some report lists (`build`), and only their messages. Tables sit below the documents:
/// they never reach up for what the documents decide.
pub fn read(dir: &std::path::Path, opts: &Options) -> anyhow::Result<Tables> {
    let tables = Tables::read(dir, opts.week.as_deref())?;
    settle(tables, opts)
}

/// [`read`] over several runs' result folders merged as one (see [`Tables::read_runs`]).
pub fn read_runs(dirs: &[std::path::PathBuf], opts: &Options) -> anyhow::Result<Tables> {
    let tables = match dirs {
        [one] => Tables::read(one, opts.week.as_deref())?,
        _ => Tables::read_runs(dirs, opts.week.as_deref())?,
    };
    settle(tables, opts)
}

/// The week's thresholds, the conversations listed, and their messages.
fn settle(mut tables: Tables, opts: &Options) -> anyhow::Result<Tables> {
    tables.thresholds = tables::Thresholds::of_week(&tables.conversations);
    let listed = build::listed_ids(&tables, opts);
    tables.read_messages(listed)?;
    Ok(tables)
}

/// Every report file, as (path relative to the output folder, bytes), in a fixed order.
/// Agents' documents and conversation pages are built side by side (rayon), collected in
/// order, so the files do not depend on scheduling.
pub fn generate(t: &Tables, opts: &Options) -> anyhow::Result<Vec<(String, Vec<u8>)>> {
    use rayon::prelude::*;
    let week = &t.week;
    let mut files = Vec::new();
    let team_charts = charts(build::team_charts(t), "team", "", &mut files)?;
    let team = footed(t, build::team_review(t, team_charts, opts.review_team));
    push_doc(
        &mut files,
        "reports/index",
        &format!("チーム週次レビュー {week}"),
        &team,
    );
    let agents = t.agents_in(week);
    type AgentFiles<'a> = (Vec<(String, Vec<u8>)>, Vec<&'a tables::Conv>);
    let per_agent: Vec<anyhow::Result<AgentFiles<'_>>> = agents
        .par_iter()
        .map(|agent| {
            let mut files = Vec::new();
            let s = slug::slug(agent);
            let agent_charts = charts(
                build::agent_charts(t, agent),
                &format!("agent-{s}"),
                "../",
                &mut files,
            )?;
            let blocks = footed(
                t,
                build::agent_report(t, agent, agent_charts, opts.review_per_agent),
            );
            push_doc(
                &mut files,
                &format!("reports/agents/{s}"),
                &format!("{agent} — 週次レポート {week}"),
                &blocks,
            );
            let (coach, json, cited) = build::coaching(t, agent, opts.mask);
            files.push((
                format!("coaching/{s}.md"),
                render_markdown(&footed(t, coach)).into_bytes(),
            ));
            let mut j = serde_json::to_vec_pretty(&json)?;
            j.push(b'\n');
            files.push((format!("coaching/{s}.json"), j));
            Ok((files, cited))
        })
        .collect();
    let mut coaching_pages = std::collections::BTreeSet::new();
    for done in per_agent {
        let (agent_files, cited) = done?;
        files.extend(agent_files);
        for c in cited {
            let path = format!("coaching/{}.md", conversation::stem(&c.id));
            if coaching_pages.insert(path.clone()) {
                let page = footed(t, conversation::page(t, c, "../", opts.mask));
                files.push((path, render_markdown(&page).into_bytes()));
            }
        }
    }
    let pages: Vec<Vec<(String, Vec<u8>)>> = build::listed(t)
        .par_iter()
        .map(|c| {
            let mut files = Vec::with_capacity(2);
            let page = footed(t, conversation::page(t, c, "../", false));
            push_doc(
                &mut files,
                &format!("reports/{}", conversation::stem(&c.id)),
                &format!("会話 {}", c.id),
                &page,
            );
            files
        })
        .collect();
    files.extend(pages.into_iter().flatten());
    files.push((
        "reports/review_queue.csv".to_string(),
        queue_csv(&build::queue_rows(
            t,
            &agents,
            opts.review_per_agent,
            opts.review_team,
        ))?,
    ));
    Ok(files)
}

fn push_doc(files: &mut Vec<(String, Vec<u8>)>, stem: &str, title: &str, blocks: &[doc::Block]) {
    files.push((format!("{stem}.md"), render_markdown(blocks).into_bytes()));
    files.push((
        format!("{stem}.html"),
        render_html(title, blocks).into_bytes(),
    ));
}

/// The document with its footer (the rubric that scored it).
fn footed(t: &Tables, mut blocks: Vec<doc::Block>) -> Vec<doc::Block> {
    blocks.push(t.footer());
    blocks
}

/// review_queue.csv: for people (BOM, every cell Excel-safe).
fn queue_csv(rows: &[[String; 8]]) -> anyhow::Result<Vec<u8>> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut w = csv::Writer::from_writer(&mut out);
        w.write_record([
            "scope",
            "rank",
            "conversation_id",
            "primary_agent_id",
            "started_at_local",
            "overall_score",
            "reason_codes",
            "reasons",
        ])?;
        for r in rows {
            w.write_record(r.iter().map(|c| crate::output::excel_safe(c).into_owned()))?;
        }
        w.flush()?;
    }
    Ok(out)
}

/// Writes generated files under `out` (atomically, creating folders), side by side: a
/// week's conversation pages are thousands of small files, each synced before its rename.
pub fn write(out: &std::path::Path, files: &[(String, Vec<u8>)]) -> anyhow::Result<()> {
    for (rel, _) in files {
        // Slugs keep every path inside `out`; check anyway before writing.
        anyhow::ensure!(
            !rel.contains("..") && !rel.starts_with('/'),
            "refusing to write outside the output folder: {rel}"
        );
    }
    let folders: std::collections::BTreeSet<std::path::PathBuf> = files
        .iter()
        .filter_map(|(rel, _)| out.join(rel).parent().map(|p| p.to_path_buf()))
        .collect();
    for f in folders {
        std::fs::create_dir_all(f)?;
    }
    let files: Vec<(std::path::PathBuf, &[u8])> = files
        .iter()
        .map(|(rel, bytes)| (out.join(rel), bytes.as_slice()))
        .collect();
    crate::output::write_many_atomic(&files)
}
