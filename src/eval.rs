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

/// (conversation id, message id, behaviour, polarity, rule id) of every evidence row.
fn evidence_rows(evidence: &DataFrame) -> Vec<[String; 5]> {
    let col = |name: &str| -> Vec<String> {
        evidence
            .column(name)
            .ok()
            .and_then(|c| c.str().ok().cloned())
            .map(|c| c.iter().map(|v| v.unwrap_or("").to_string()).collect())
            .unwrap_or_default()
    };
    let cols = [
        col("conversation_id"),
        col("message_id"),
        col("behaviour"),
        col("polarity"),
        col("rule_id"),
    ];
    (0..cols[0].len())
        .map(|i| {
            [
                cols[0][i].clone(),
                cols[1][i].clone(),
                cols[2][i].clone(),
                cols[3][i].clone(),
                cols[4][i].clone(),
            ]
        })
        .collect()
}

/// The message-level lists of LABELING.md: (evidence behaviour, label field). Each is
/// evaluated per message (the listed messages against the messages with `good` evidence
/// of that behaviour) and, for the four sources, per conversation (a non-empty list).
pub const MESSAGE_LISTS: [(&str, &str); 5] = [
    ("backtracking", "backtracking_message_ids"),
    ("step_guidance", "step_guidance_message_ids"),
    ("vicarious", "vicarious_message_ids"),
    ("encouragement", "encouragement_message_ids"),
    ("emotional_care", "emotional_care_message_ids"),
];

/// The labelled messages of `field` for each conversation whose label lists them (a label
/// line without the field is not labelled for it).
fn labelled_messages(
    labels: &[Value],
    field: &str,
) -> BTreeMap<String, std::collections::BTreeSet<String>> {
    labels
        .iter()
        .filter_map(|l| {
            let id = l["conversation_id"].as_str()?;
            let ids = l[field].as_array()?;
            Some((
                id.to_string(),
                ids.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect(),
            ))
        })
        .collect()
}

/// One list measured two ways: per message (the messages with `good` evidence of
/// `behaviour` against the labelled ones; conversation level cannot show over-firing
/// where every conversation has the behaviour, as backtracking in real operator chats)
/// and per conversation (some message shows it, against a non-empty labelled list).
/// None when no label lists it.
fn list_figures(
    labels: &[Value],
    evidence: &[[String; 5]],
    behaviour: &str,
    field: &str,
) -> Option<(Binary, Binary)> {
    let labelled = labelled_messages(labels, field);
    if labelled.is_empty() {
        return None;
    }
    let predicted: std::collections::BTreeSet<(&str, &str)> = evidence
        .iter()
        .filter(|r| r[2] == behaviour && r[3] == "good" && labelled.contains_key(&r[0]))
        .map(|r| (r[0].as_str(), r[1].as_str()))
        .collect();
    let mut per_message = Binary {
        name: format!("{behaviour} (msg)"),
        ..Binary::default()
    };
    for (conv, ids) in &labelled {
        for id in ids {
            per_message.add(id, predicted.contains(&(conv.as_str(), id.as_str())), true);
        }
    }
    for (conv, id) in &predicted {
        if !labelled[*conv].contains(*id) {
            per_message.add(id, true, false);
        }
    }
    let shown: std::collections::BTreeSet<&str> = predicted.iter().map(|(c, _)| *c).collect();
    let mut per_conversation = Binary {
        name: behaviour.to_string(),
        ..Binary::default()
    };
    for (conv, ids) in &labelled {
        per_conversation.add(conv, shown.contains(conv.as_str()), !ids.is_empty());
    }
    Some((per_message, per_conversation))
}

/// The label a behaviour's evidence stands for, and whether a label line is positive for
/// it; None for behaviours no label covers.
/// Whether a label line is positive for a label.
type Positive = fn(&Value) -> bool;

fn label_of(behaviour: &str, polarity: &str) -> Option<(&'static str, Positive)> {
    let yes = |field: &'static str| -> Positive {
        match field {
            "expectation_set" => |l| l["expectation_set"].as_bool() == Some(true),
            "overpromise" => |l| l["overpromise"].as_bool() == Some(true),
            "closing_gratitude" => |l| l["closing_gratitude"].as_bool() == Some(true),
            "difficult" => |l| l["difficult"].as_bool() == Some(true),
            "turnaround" => |l| l["turnaround"].as_bool() == Some(true),
            _ => |l| l["customer_did_it"].as_bool() == Some(true),
        }
    };
    Some(match (behaviour, polarity) {
        ("expectation", _) => ("expectation_set", yes("expectation_set")),
        ("overpromise", _) => ("overpromise", yes("overpromise")),
        ("gratitude", _) => ("closing_gratitude", yes("closing_gratitude")),
        ("customer_state", "bad") => ("difficult", yes("difficult")),
        ("customer_state", _) => ("turnaround", yes("turnaround")),
        ("customer_did_it", _) => ("customer_did_it", yes("customer_did_it")),
        ("progress", "good") => ("progress concrete|mixed", |l| {
            matches!(l["progress"].as_str(), Some("concrete" | "mixed"))
        }),
        ("progress", _) => ("progress vague|mixed|none", |l| {
            matches!(l["progress"].as_str(), Some("vague" | "mixed" | "none"))
        }),
        _ => return None,
    })
}

/// Every rule's record against the labels: for backtracking, the messages it fired on
/// that are (tp) or are not (fp) labelled; for the other behaviours, the conversations it
/// fired in whose label for that behaviour is positive (tp) or negative (fp). Rules of
/// behaviours no label covers are counted only. Sorted by false positives, then rule.
pub fn by_rule(labels: &[Value], evidence: &DataFrame) -> String {
    let rows = evidence_rows(evidence);
    let by_id: BTreeMap<&str, &Value> = labels
        .iter()
        .filter_map(|l| Some((l["conversation_id"].as_str()?, l)))
        .collect();
    let lists: BTreeMap<&str, (&str, BTreeMap<String, std::collections::BTreeSet<String>>)> =
        MESSAGE_LISTS
            .iter()
            .map(|(b, field)| (*b, (*field, labelled_messages(labels, field))))
            .collect();
    // rule → (behaviour, label name, tp set, fp set, fires)
    type Tally = (
        String,
        String,
        std::collections::BTreeSet<String>,
        std::collections::BTreeSet<String>,
        u32,
    );
    let mut rules: BTreeMap<String, Tally> = BTreeMap::new();
    for [conv, msg, behaviour, polarity, rule] in &rows {
        let Some(label) = by_id.get(conv.as_str()) else {
            continue;
        };
        let t = rules.entry(rule.clone()).or_insert_with(|| {
            (
                format!("{behaviour}/{polarity}"),
                String::new(),
                Default::default(),
                Default::default(),
                0,
            )
        });
        t.4 += 1;
        if let Some((field, labelled)) = lists.get(behaviour.as_str()) {
            let Some(ids) = labelled.get(conv.as_str()) else {
                continue;
            };
            if polarity != "good" {
                continue;
            }
            t.1 = (*field).into();
            let key = format!("{conv}/{msg}");
            if ids.contains(msg) {
                t.2.insert(key);
            } else {
                t.3.insert(key);
            }
        } else if let Some((name, positive)) = label_of(behaviour, polarity) {
            t.1 = name.into();
            if positive(label) {
                t.2.insert(conv.clone());
            } else {
                t.3.insert(conv.clone());
            }
        }
    }
    let mut lines: Vec<_> = rules.into_iter().collect();
    lines.sort_by(|a, b| (b.1.3.len(), &a.0).cmp(&(a.1.3.len(), &b.0)));
    let mut out = format!(
        "{:<22} {:<26} {:<26} {:>5} {:>4} {:>4} {:>9}  false positives\n",
        "rule", "behaviour", "label", "fires", "tp", "fp", "precision"
    );
    for (rule, (behaviour, label, tp, fp, fires)) in lines {
        let (label, precision) = if label.is_empty() {
            ("(no label)".to_string(), String::from("-"))
        } else {
            let p = tp.len() as f64 / (tp.len() + fp.len()).max(1) as f64;
            (label, format!("{p:.3}"))
        };
        let shown: Vec<&str> = fp.iter().take(8).map(String::as_str).collect();
        let more = fp.len().saturating_sub(shown.len());
        out.push_str(&format!(
            "{rule:<22} {behaviour:<26} {label:<26} {fires:>5} {:>4} {:>4} {precision:>9}  {}{}\n",
            tp.len(),
            fp.len(),
            shown.join(" "),
            if more > 0 {
                format!(" … +{more}")
            } else {
                String::new()
            }
        ));
    }
    out
}

/// Compares `conversations` and `evidence` (as written by analyze) with label lines.
pub fn evaluate(labels: &[Value], conversations: &DataFrame, evidence: &DataFrame) -> Report {
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
    let rows = evidence_rows(evidence);
    if let Some((messages, _)) =
        list_figures(labels, &rows, "backtracking", "backtracking_message_ids")
    {
        report.binaries.insert(1, messages);
    }
    report.binaries.extend(
        ["difficult", "turnaround", "customer_did_it"]
            .iter()
            .filter_map(|n| binaries.remove(n)),
    );
    for (behaviour, field) in &MESSAGE_LISTS[1..] {
        if let Some((messages, conversations)) = list_figures(labels, &rows, behaviour, field) {
            report.binaries.extend([messages, conversations]);
        }
    }
    report
}

/// Misses listed per behaviour (the rest are counted).
const MISSES_SHOWN: usize = 25;

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "{} labeled conversations", self.labeled)?;
        if !self.missing.is_empty() {
            writeln!(f, "not in the data: {}", self.missing.join(", "))?;
        }
        writeln!(
            f,
            "{:<22} {:>4} {:>4} {:>4} {:>4} {:>9} {:>7} {:>6}",
            "behaviour", "tp", "fp", "fn", "tn", "precision", "recall", "f1"
        )?;
        // A figure with nothing to measure prints "—" (no prediction: precision; no
        // positive label: recall; neither: F1); message-level rows have no true negatives.
        let fig = |v: f64, defined: bool| {
            if defined {
                format!("{v:.3}")
            } else {
                "—".to_string()
            }
        };
        for b in &self.binaries {
            let per_message = b.name.ends_with("(msg)");
            writeln!(
                f,
                "{:<22} {:>4} {:>4} {:>4} {:>4} {:>9} {:>7} {:>6}{}",
                b.name,
                b.tp,
                b.fp,
                b.fn_,
                if per_message {
                    "—".to_string()
                } else {
                    b.tn.to_string()
                },
                fig(b.precision(), b.tp + b.fp > 0),
                fig(b.recall(), b.tp + b.fn_ > 0),
                fig(b.f1(), b.tp + b.fp + b.fn_ > 0),
                if b.misses.is_empty() {
                    String::new()
                } else {
                    let shown = b.misses.len().min(MISSES_SHOWN);
                    let more = b.misses.len() - shown;
                    format!(
                        "   misses: {}{}",
                        b.misses[..shown].join(" "),
                        if more > 0 {
                            format!(" … +{more}")
                        } else {
                            String::new()
                        }
                    )
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
