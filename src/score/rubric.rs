//! The rubric: phrase patterns (ja and en), weights, thresholds, SLA targets and business
//! hours, from a TOML file. The default is embedded (`rubric.toml` beside this file);
//! `otai rubric` prints it, `--rubric FILE` replaces it.

use std::collections::BTreeMap;

use regex::Regex;
use serde::Deserialize;

/// The embedded default rubric, as text.
pub const DEFAULT_RUBRIC: &str = include_str!("rubric.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RubricFile {
    version: u32,
    weights: BTreeMap<String, f64>,
    thresholds: Thresholds,
    sla: Sla,
    business_hours: BusinessHoursFile,
    rules: Vec<RuleFile>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Thresholds {
    pub backtracking_min_overlap: usize,
    pub closing_turn_gap_s: i64,
    pub latency_zero_at_sla_multiple: f64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sla {
    pub chat_first_response_s: i64,
    pub email_first_response_s: i64,
    pub other_first_response_s: i64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BusinessHoursFile {
    pub tz: String,
    pub mon: Vec<String>,
    pub tue: Vec<String>,
    pub wed: Vec<String>,
    pub thu: Vec<String>,
    pub fri: Vec<String>,
    pub sat: Vec<String>,
    pub sun: Vec<String>,
    pub japanese_holidays: bool,
    #[serde(default)]
    pub closed: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    id: String,
    behaviour: String,
    kind: String,
    lang: String,
    pattern: String,
    source: String,
    explanation: String,
    examples: Vec<String>,
}

/// One compiled rule.
#[derive(Debug, Clone)]
pub struct Rule {
    pub id: String,
    pub behaviour: String,
    pub kind: String,
    /// `ja`, `en` or `any`.
    pub lang: String,
    pub regex: Regex,
    pub source: String,
    pub explanation: String,
    pub examples: Vec<String>,
}

/// A parsed, compiled rubric.
#[derive(Debug, Clone)]
pub struct Rubric {
    pub weights: BTreeMap<String, f64>,
    pub thresholds: Thresholds,
    pub sla: Sla,
    pub business_hours: BusinessHoursFile,
    pub rules: Vec<Rule>,
    /// SHA-256 of the rubric text (goes into run.json).
    pub hash: String,
}

#[derive(Debug, thiserror::Error)]
pub enum RubricError {
    #[error("{origin}: {reason}")]
    Parse { origin: String, reason: String },
    #[error("{origin}: rule {id}: {reason}")]
    Rule {
        origin: String,
        id: String,
        reason: String,
    },
}

const BEHAVIOURS: &[&str] = &[
    "backtracking",
    "progress",
    "expectation",
    "overpromise",
    "gratitude",
    "promise",
    "empathy",
    "self_efficacy",
    "customer_state",
];

impl Rubric {
    /// The embedded default.
    pub fn default_rubric() -> Rubric {
        Rubric::parse(DEFAULT_RUBRIC, "built-in rubric")
            .expect("the embedded rubric is valid (tested)")
    }

    /// Parses and compiles a rubric; `origin` names it in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Rubric, RubricError> {
        let file: RubricFile = toml::from_str(text).map_err(|e| RubricError::Parse {
            origin: origin.to_string(),
            reason: e.to_string(),
        })?;
        if file.version != 1 {
            return Err(RubricError::Parse {
                origin: origin.to_string(),
                reason: format!(
                    "version {} is not supported; this otai reads version 1",
                    file.version
                ),
            });
        }
        let mut rules = Vec::with_capacity(file.rules.len());
        for r in file.rules {
            let err = |reason: String| RubricError::Rule {
                origin: origin.to_string(),
                id: r.id.clone(),
                reason,
            };
            if !BEHAVIOURS.contains(&r.behaviour.as_str()) {
                return Err(err(format!(
                    "unknown behaviour \"{}\"; use one of {}",
                    r.behaviour,
                    BEHAVIOURS.join(", ")
                )));
            }
            if !matches!(r.lang.as_str(), "ja" | "en" | "any") {
                return Err(err(format!("lang \"{}\" must be ja, en or any", r.lang)));
            }
            if r.examples.is_empty() {
                return Err(err("every rule needs at least one example".into()));
            }
            let regex = Regex::new(&r.pattern).map_err(|e| err(format!("invalid pattern: {e}")))?;
            rules.push(Rule {
                id: r.id,
                behaviour: r.behaviour,
                kind: r.kind,
                lang: r.lang,
                regex,
                source: r.source,
                explanation: r.explanation,
                examples: r.examples,
            });
        }
        Ok(Rubric {
            weights: file.weights,
            thresholds: file.thresholds,
            sla: file.sla,
            business_hours: file.business_hours,
            rules,
            hash: crate::ingest::sha256_hex(text.as_bytes()),
        })
    }

    /// Rules of a behaviour and kind that apply to a language.
    pub fn rules<'a>(
        &'a self,
        behaviour: &'a str,
        kind: &'a str,
        lang: &'a str,
    ) -> impl Iterator<Item = &'a Rule> + 'a {
        self.rules.iter().filter(move |r| {
            r.behaviour == behaviour && r.kind == kind && (r.lang == "any" || r.lang == lang)
        })
    }

    /// The first rule (of behaviour/kind/lang) matching `sentence`, with the matched span.
    pub fn find<'a>(
        &'a self,
        behaviour: &'a str,
        kind: &'a str,
        lang: &str,
        sentence: &str,
    ) -> Option<(&'a Rule, std::ops::Range<usize>)> {
        let lang = lang.to_string();
        self.rules
            .iter()
            .filter(|r| {
                r.behaviour == behaviour && r.kind == kind && (r.lang == "any" || r.lang == lang)
            })
            .find_map(|r| r.regex.find(sentence).map(|m| (r, m.range())))
    }

    pub fn weight(&self, behaviour: &str) -> f64 {
        self.weights.get(behaviour).copied().unwrap_or(1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_matches_its_examples() {
        let rubric = Rubric::default_rubric();
        assert!(rubric.rules.len() >= 20);
        for r in &rubric.rules {
            for ex in &r.examples {
                let norm = crate::score::prep::normalize_for_rules(ex);
                assert!(
                    r.regex.is_match(&norm),
                    "{} does not match its example {ex}",
                    r.id
                );
            }
        }
    }

    #[test]
    fn rule_ids_are_unique() {
        let rubric = Rubric::default_rubric();
        let mut ids: Vec<&str> = rubric.rules.iter().map(|r| r.id.as_str()).collect();
        ids.sort();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }

    #[test]
    fn bad_rubrics_name_the_problem() {
        let bad = DEFAULT_RUBRIC.replace("behaviour = \"gratitude\"", "behaviour = \"gratitud\"");
        let e = Rubric::parse(&bad, "x.toml").unwrap_err().to_string();
        assert!(e.contains("unknown behaviour \"gratitud\""), "{e}");
        let bad = DEFAULT_RUBRIC.replacen("pattern = '", "pattern = '(", 1);
        assert!(
            Rubric::parse(&bad, "x.toml")
                .unwrap_err()
                .to_string()
                .contains("invalid pattern")
        );
    }
}
