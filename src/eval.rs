//! Accuracy, measured: compares scored conversations with human labels (the format of
//! ../shared/eval/dev/labels.jsonl, definitions in LABELING.md) and computes precision,
//! recall and F1 per behaviour, and exact-match shares for first response and primary agent.

use std::collections::BTreeMap;

use polars::prelude::*;
use serde_json::Value;

/// Counts for one binary behaviour.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Binary {
    pub name: String,
    pub tp: u32,
    pub fp: u32,
    pub fn_: u32,
    pub tn: u32,
    /// Conversations where prediction and label differ.
    pub misses: Vec<String>,
}

impl Binary {
    fn add(&mut self, id: &str, predicted: bool, label: bool) {
        match (predicted, label) {
            (true, true) => self.tp += 1,
            (true, false) => self.fp += 1,
            (false, true) => self.fn_ += 1,
            (false, false) => self.tn += 1,
        }
        if predicted != label {
            self.misses.push(id.to_string());
        }
    }
    pub fn precision(&self) -> f64 {
        let d = self.tp + self.fp;
        if d == 0 {
            1.0
        } else {
            self.tp as f64 / d as f64
        }
    }
    pub fn recall(&self) -> f64 {
        let d = self.tp + self.fn_;
        if d == 0 {
            1.0
        } else {
            self.tp as f64 / d as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// The whole comparison.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub labeled: usize,
    pub missing: Vec<String>,
    pub binaries: Vec<Binary>,
    pub progress_exact: (u32, u32),
    pub progress_misses: Vec<String>,
    pub first_response_exact: (u32, u32),
    pub first_response_misses: Vec<String>,
    pub primary_agent_exact: (u32, u32),
}

fn column_map<T>(
    df: &DataFrame,
    name: &str,
    get: impl Fn(&Column, usize) -> T,
) -> Option<BTreeMap<String, T>> {
    let ids = df.column("conversation_id").ok()?.str().ok()?.clone();
    let c = df.column(name).ok()?;
    Some(
        (0..df.height())
            .filter_map(|i| ids.get(i).map(|id| (id.to_string(), get(c, i))))
            .collect(),
    )
}

/// Compares `conversations` (as written by analyze) with label lines.
pub fn evaluate(labels: &[Value], conversations: &DataFrame) -> Report {
    let col = |name: &str| {
        column_map(conversations, name, |c, i| {
            c.get(i)
                .map(crate::frame::any_to_json)
                .unwrap_or(Value::Null)
        })
        .unwrap_or_default()
    };
    let mut report = Report {
        labeled: labels.len(),
        ..Report::default()
    };
    let binary_names = [
        "backtracking",
        "expectation_set",
        "overpromise",
        "closing_gratitude",
        "difficult",
        "turnaround",
        "customer_did_it",
    ];
    let predicted: BTreeMap<&str, BTreeMap<String, Value>> = binary_names
        .iter()
        .chain(["progress", "first_response_s", "primary_agent_id"].iter())
        .map(|n| (*n, col(n)))
        .collect();
    let mut binaries: BTreeMap<&str, Binary> = BTreeMap::new();
    let mut concrete = Binary {
        name: "progress=concrete".into(),
        ..Binary::default()
    };
    for label in labels {
        let Some(id) = label["conversation_id"].as_str() else {
            continue;
        };
        if !predicted["progress"].contains_key(id) {
            report.missing.push(id.to_string());
            continue;
        }
        for name in binary_names {
            let (Some(l), Some(p)) = (
                label[name].as_bool(),
                predicted[name].get(id).and_then(Value::as_bool),
            ) else {
                continue;
            };
            binaries
                .entry(name)
                .or_insert_with(|| Binary {
                    name: name.to_string(),
                    ..Binary::default()
                })
                .add(id, p, l);
        }
        let (lp, pp) = (
            label["progress"].as_str().unwrap_or(""),
            predicted["progress"][id].as_str().unwrap_or(""),
        );
        concrete.add(id, pp == "concrete", lp == "concrete");
        report.progress_exact.1 += 1;
        if lp == pp {
            report.progress_exact.0 += 1;
        } else {
            report.progress_misses.push(format!("{id} ({pp} ≠ {lp})"));
        }
        let lf = label["first_response_s"].as_i64();
        let pf = predicted["first_response_s"]
            .get(id)
            .and_then(Value::as_i64);
        report.first_response_exact.1 += 1;
        if lf == pf {
            report.first_response_exact.0 += 1;
        } else {
            report
                .first_response_misses
                .push(format!("{id} ({pf:?} ≠ {lf:?})"));
        }
        let la = label["primary_agent_id"].as_str();
        let pa = predicted["primary_agent_id"]
            .get(id)
            .and_then(Value::as_str);
        report.primary_agent_exact.1 += 1;
        if la == pa {
            report.primary_agent_exact.0 += 1;
        }
    }
    report.binaries = [
        "backtracking",
        "expectation_set",
        "overpromise",
        "closing_gratitude",
    ]
    .iter()
    .filter_map(|n| binaries.remove(n))
    .collect();
    report.binaries.insert(1, concrete);
    report.binaries.extend(
        ["difficult", "turnaround", "customer_did_it"]
            .iter()
            .filter_map(|n| binaries.remove(n)),
    );
    report
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "{} labeled conversations", self.labeled)?;
        if !self.missing.is_empty() {
            writeln!(f, "not in the data: {}", self.missing.join(", "))?;
        }
        writeln!(
            f,
            "{:<20} {:>4} {:>4} {:>4} {:>4} {:>9} {:>7} {:>6}",
            "behaviour", "tp", "fp", "fn", "tn", "precision", "recall", "f1"
        )?;
        for b in &self.binaries {
            writeln!(
                f,
                "{:<20} {:>4} {:>4} {:>4} {:>4} {:>9.3} {:>7.3} {:>6.3}{}",
                b.name,
                b.tp,
                b.fp,
                b.fn_,
                b.tn,
                b.precision(),
                b.recall(),
                b.f1(),
                if b.misses.is_empty() {
                    String::new()
                } else {
                    format!("   misses: {}", b.misses.join(" "))
                }
            )?;
        }
        let share = |(a, b): (u32, u32)| if b == 0 { 1.0 } else { a as f64 / b as f64 };
        writeln!(
            f,
            "progress label exact   {}/{} ({:.3}){}",
            self.progress_exact.0,
            self.progress_exact.1,
            share(self.progress_exact),
            if self.progress_misses.is_empty() {
                String::new()
            } else {
                format!("   misses: {}", self.progress_misses.join(", "))
            }
        )?;
        writeln!(
            f,
            "first_response_s exact {}/{} ({:.3}){}",
            self.first_response_exact.0,
            self.first_response_exact.1,
            share(self.first_response_exact),
            if self.first_response_misses.is_empty() {
                String::new()
            } else {
                format!("   misses: {}", self.first_response_misses.join(", "))
            }
        )?;
        write!(
            f,
            "primary_agent_id exact {}/{} ({:.3})",
            self.primary_agent_exact.0,
            self.primary_agent_exact.1,
            share(self.primary_agent_exact)
        )
    }
}
