//! The result tables as plain rows for the reports (read from the frames `analyze` built,
//! or from the Parquet files in a `--data` folder).

use std::path::Path;

use polars::prelude::*;

fn strings(df: &DataFrame, name: &str) -> Vec<Option<String>> {
    df.column(name)
        .ok()
        .and_then(|c| c.as_materialized_series().cast(&DataType::String).ok())
        .map(|s| {
            s.str()
                .map(|ca| ca.iter().map(|v| v.map(str::to_string)).collect())
                .unwrap_or_default()
        })
        .unwrap_or_else(|| vec![None; df.height()])
}

fn floats(df: &DataFrame, name: &str) -> Vec<Option<f64>> {
    df.column(name)
        .ok()
        .and_then(|c| c.as_materialized_series().cast(&DataType::Float64).ok())
        .map(|s| s.f64().map(|ca| ca.iter().collect()).unwrap_or_default())
        .unwrap_or_else(|| vec![None; df.height()])
}

fn bools(df: &DataFrame, name: &str) -> Vec<Option<bool>> {
    df.column(name)
        .ok()
        .and_then(|c| c.bool().ok().map(|ca| ca.iter().collect()))
        .unwrap_or_else(|| vec![None; df.height()])
}

/// One conversation row (the columns the reports use).
#[derive(Debug, Clone, Default)]
pub struct Conv {
    pub id: String,
    pub channel: String,
    pub started_at: String,
    pub week: String,
    pub agent_ids: Vec<String>,
    pub primary: Option<String>,
    pub n_customer: f64,
    pub first_response_s: Option<f64>,
    pub sla_met: Option<bool>,
    pub progress: String,
    pub overall: Option<f64>,
    pub scores: [Option<f64>; 5],
    pub promises_broken: f64,
    pub difficult: bool,
    pub turnaround: bool,
    pub customer_did_it: bool,
    pub escalation_risk: bool,
    pub backtracking: bool,
    pub expectation_set: bool,
    pub closing_gratitude: bool,
    pub empathy: bool,
}

/// One evidence row: the row type scoring produces, read back from the table.
pub use crate::score::Evidence as Ev;

/// Everything the reports read.
#[derive(Debug, Clone, Default)]
pub struct Tables {
    pub conversations: Vec<Conv>,
    pub evidence: Vec<Ev>,
    /// The agents table as a frame (its many rate columns are read by name).
    pub agents: DataFrame,
}

pub const SCORE_COLUMNS: [&str; 5] = [
    "latency_score",
    "backtracking_score",
    "transparency_score",
    "expectation_score",
    "gratitude_score",
];

impl Tables {
    pub fn from_frames(
        conversations: &DataFrame,
        evidence: &DataFrame,
        agents: &DataFrame,
    ) -> Tables {
        let n = conversations.height();
        let s = |c: &str| strings(conversations, c);
        let f = |c: &str| floats(conversations, c);
        let b = |c: &str| bools(conversations, c);
        let (ids, channel, started, week, primary, progress) = (
            s("conversation_id"),
            s("channel"),
            s("started_at"),
            s("week"),
            s("primary_agent_id"),
            s("progress"),
        );
        let agent_ids: Vec<Vec<String>> = match conversations
            .column("agent_ids")
            .ok()
            .and_then(|c| c.list().ok().cloned())
        {
            Some(ca) => (0..n)
                .map(|i| {
                    ca.get_as_series(i)
                        .and_then(|s| s.cast(&DataType::String).ok())
                        .map(|s| {
                            s.str()
                                .map(|c| c.iter().flatten().map(str::to_string).collect())
                                .unwrap_or_default()
                        })
                        .unwrap_or_default()
                })
                .collect(),
            None => vec![Vec::new(); n],
        };
        let (ncust, fr, overall, broken) = (
            f("n_customer"),
            f("first_response_s"),
            f("overall_score"),
            f("promises_broken"),
        );
        let score_cols: Vec<Vec<Option<f64>>> = SCORE_COLUMNS.iter().map(|c| f(c)).collect();
        let (sla, difficult, turnaround, did, risk, bt, exp, grat) = (
            b("sla_first_response_met"),
            b("difficult"),
            b("turnaround"),
            b("customer_did_it"),
            b("escalation_risk"),
            b("backtracking"),
            b("expectation_set"),
            b("closing_gratitude"),
        );
        let empathy = f("empathy_count");
        let conversations = (0..n)
            .map(|i| Conv {
                id: ids[i].clone().unwrap_or_default(),
                channel: channel[i].clone().unwrap_or_default(),
                // "2026-03-05 04:12:00.000+00:00" → "2026-03-05 04:12 UTC"
                started_at: started[i]
                    .as_deref()
                    .map(|s| format!("{} UTC", s.get(..16).unwrap_or(s)))
                    .unwrap_or_default(),
                week: week[i].clone().unwrap_or_default(),
                agent_ids: agent_ids[i].clone(),
                primary: primary[i].clone(),
                n_customer: ncust[i].unwrap_or(0.0),
                first_response_s: fr[i],
                sla_met: sla[i],
                progress: progress[i].clone().unwrap_or_default(),
                overall: overall[i],
                scores: [
                    score_cols[0][i],
                    score_cols[1][i],
                    score_cols[2][i],
                    score_cols[3][i],
                    score_cols[4][i],
                ],
                promises_broken: broken[i].unwrap_or(0.0),
                difficult: difficult[i].unwrap_or(false),
                turnaround: turnaround[i].unwrap_or(false),
                customer_did_it: did[i].unwrap_or(false),
                escalation_risk: risk[i].unwrap_or(false),
                backtracking: bt[i].unwrap_or(false),
                expectation_set: exp[i].unwrap_or(false),
                closing_gratitude: grat[i].unwrap_or(false),
                empathy: empathy[i].unwrap_or(0.0) > 0.0,
            })
            .collect();
        let e = |c: &str| strings(evidence, c);
        let (cid, mid, aid, beh, pol, rule, ex, related) = (
            e("conversation_id"),
            e("message_id"),
            e("agent_id"),
            e("behaviour"),
            e("polarity"),
            e("rule_id"),
            e("excerpt"),
            e("related_message_id"),
        );
        let evidence = (0..evidence.height())
            .map(|i| Ev {
                conversation_id: cid[i].clone().unwrap_or_default(),
                message_id: mid[i].clone().unwrap_or_default(),
                agent_id: aid[i].clone(),
                behaviour: beh[i].clone().unwrap_or_default().into(),
                polarity: pol[i].clone().unwrap_or_default().into(),
                rule_id: rule[i].clone().unwrap_or_default(),
                excerpt: ex[i].clone().unwrap_or_default(),
                related_message_id: related[i].clone(),
            })
            .collect();
        Tables {
            conversations,
            evidence,
            agents: agents.clone(),
        }
    }

    /// Reads conversations, evidence and agents from a folder written by `otai analyze`.
    pub fn read(dir: &Path) -> anyhow::Result<Tables> {
        use anyhow::Context as _;
        let read = |name: &str| -> anyhow::Result<DataFrame> {
            let path = dir.join(name);
            let file = std::fs::File::open(&path).with_context(|| {
                format!(
                    "{}: not found; run `otai analyze <INPUT> --out {}` first",
                    path.display(),
                    dir.display()
                )
            })?;
            Ok(ParquetReader::new(file).finish()?)
        };
        Ok(Tables::from_frames(
            &read("conversations.parquet")?,
            &read("evidence.parquet")?,
            &read("agents.parquet")?,
        ))
    }

    /// An agents-table column for one row, by name.
    pub fn agent_value(&self, row: usize, name: &str) -> Option<f64> {
        floats(&self.agents, name).get(row).copied().flatten()
    }

    /// (agent_id, week) of every agents-table row.
    pub fn agent_rows(&self) -> Vec<(String, String)> {
        strings(&self.agents, "agent_id")
            .into_iter()
            .zip(strings(&self.agents, "week"))
            .map(|(a, w)| (a.unwrap_or_default(), w.unwrap_or_default()))
            .collect()
    }
}
