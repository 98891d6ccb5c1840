//! The review queue (「今週読むべき会話」): which few conversations a lead should read
//! by hand this week. Most teams read about 2%; the choice is the hard part.
//!
//! Every conversation of the week gets the reasons it meets; the list then takes turns
//! over the reasons, in a fixed order, each turn taking that reason's most pressing
//! conversation not yet listed. So one kind of problem cannot fill the list, praise-worthy
//! conversations get a place too, nothing is listed twice, and the list is bounded and
//! the same for the same tables.

use super::tables::{Conv, Thresholds};
use crate::results::stats;

/// Why a conversation is worth reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reason {
    /// Difficult, and the customer did not end reassured.
    NotTurnedAround,
    BrokenPromise,
    EscalationRisk,
    /// The customer wrote and no agent answered.
    Unanswered,
    /// Among the week's lowest overall scores (bottom quarter).
    LowScore,
    /// A wait far beyond the week's usual (over its 90th percentile and twice its median).
    LongWait,
    /// Many more customer turns than usual (same test).
    ManyTurns,
    /// Worth showing the team: a turnaround, a customer who fixed it themselves, full
    /// self-efficacy support (the customer's own steps with encouragement, care where it
    /// was needed), or all five older behaviours present.
    Exemplar,
}

pub const ORDER: [Reason; 8] = [
    Reason::NotTurnedAround,
    Reason::BrokenPromise,
    Reason::EscalationRisk,
    Reason::Unanswered,
    Reason::LowScore,
    Reason::Exemplar,
    Reason::LongWait,
    Reason::ManyTurns,
];

impl Reason {
    pub fn code(self) -> &'static str {
        match self {
            Reason::NotTurnedAround => "not_turned_around",
            Reason::BrokenPromise => "broken_promise",
            Reason::EscalationRisk => "escalation_risk",
            Reason::Unanswered => "unanswered",
            Reason::LowScore => "low_score",
            Reason::LongWait => "long_wait",
            Reason::ManyTurns => "many_customer_turns",
            Reason::Exemplar => "exemplar",
        }
    }

    pub fn label(self, c: &Conv) -> String {
        match self {
            Reason::NotTurnedAround => "困難な会話が好転しなかった".into(),
            Reason::BrokenPromise => {
                format!("約束の時刻を守れなかった({:.0}件)", c.promises_broken)
            }
            Reason::EscalationRisk => "エスカレーションの恐れ(お客様の状態が悪化)".into(),
            Reason::Unanswered => "お客様に誰も応答していない".into(),
            Reason::LowScore => format!(
                "総合スコアが低い({})",
                c.overall().map_or("—".into(), |v| format!("{v:.0}"))
            ),
            Reason::LongWait => format!(
                "待ち時間が異例に長い(最長 {})",
                super::conversation::duration(c.longest_wait_s)
            ),
            Reason::ManyTurns => format!("お客様の発言が異例に多い({:.0}回)", c.n_customer),
            Reason::Exemplar => {
                let why = if c.turnaround {
                    "困難な会話を好転させた"
                } else if c.customer_did_it {
                    "お客様が自分で解決できた"
                } else if full_support(c) {
                    "お客様自身の操作を支えながら案内した(励まし・成功例)"
                } else {
                    "基本の5つの行動(応答・バックトラッキング・進捗・期待値・締めの感謝)がすべて見られた"
                };
                format!("お手本({why})")
            }
        }
    }
}

fn outlier(values: &[f64], floor: f64) -> Option<f64> {
    let p90 = stats::percentile(values, 90.0)?;
    let med = stats::median(values)?;
    Some(p90.max(2.0 * med).max(floor))
}

impl Thresholds {
    /// The thresholds of a week, from all of its conversations.
    pub fn of_week(week: &[Conv]) -> Thresholds {
        let overall: Vec<f64> = week.iter().filter_map(Conv::overall).collect();
        let waits: Vec<f64> = week.iter().filter_map(|c| c.longest_wait_s).collect();
        let turns: Vec<f64> = week.iter().map(|c| c.n_customer).collect();
        Thresholds {
            low_score: stats::percentile(&overall, 25.0),
            long_wait: outlier(&waits, 60.0),
            many_turns: outlier(&turns, 4.0),
        }
    }
}

/// Full marks for self-efficacy support: the customer's own steps, with encouragement or
/// another's example, and care where the customer was in a difficult state.
fn full_support(c: &Conv) -> bool {
    c.self_efficacy().is_some_and(|v| v >= 100.0)
}

/// All five behaviours present: SLA not missed, backtracking, concrete (or no needed)
/// progress updates, expectations set, closing gratitude.
fn all_five(c: &Conv) -> bool {
    c.sla_met != Some(false)
        && c.backtracking
        && (c.progress == "concrete" || c.progress == "n/a")
        && c.expectation_set
        && c.closing_gratitude
}

/// The reasons `c` meets.
pub fn reasons(c: &Conv, th: &Thresholds) -> Vec<Reason> {
    let above =
        |v: Option<f64>, limit: Option<f64>| matches!((v, limit), (Some(v), Some(l)) if v > l);
    ORDER
        .iter()
        .copied()
        .filter(|r| match r {
            Reason::NotTurnedAround => c.difficult && !c.turnaround,
            Reason::BrokenPromise => c.promises_broken > 0.0,
            Reason::EscalationRisk => c.escalation_risk,
            Reason::Unanswered => c.n_customer > 0.0 && c.first_response_s.is_none(),
            Reason::LowScore => {
                matches!((c.overall(), th.low_score), (Some(v), Some(l)) if v <= l && v < 60.0)
            }
            Reason::LongWait => above(c.longest_wait_s, th.long_wait),
            Reason::ManyTurns => above(Some(c.n_customer), th.many_turns),
            // Only a conversation with nothing to fix is held up as an example.
            Reason::Exemplar => {
                (c.turnaround || c.customer_did_it || full_support(c) || all_five(c))
                    && !c.escalation_risk
                    && (!c.difficult || c.turnaround)
                    && c.promises_broken == 0.0
                    && !c.unanswered()
                    && c.overall().is_none_or(|v| v >= 60.0)
            }
        })
        .collect()
}

/// How pressing `c` is within reason `r` (smaller first), ties by id.
fn urgency(r: Reason, c: &Conv) -> (i64, i64, String) {
    // An unanswered conversation has no overall score, and is the most pressing of all.
    let score = |v: Option<f64>| {
        if c.unanswered() {
            -1
        } else {
            (v.unwrap_or(100.0) * 10.0) as i64
        }
    };
    let key = match r {
        Reason::NotTurnedAround => (-(c.escalation_risk as i64), score(c.overall())),
        Reason::BrokenPromise => (-(c.promises_broken as i64), score(c.overall())),
        Reason::EscalationRisk | Reason::LowScore => (score(c.overall()), 0),
        Reason::Unanswered => (c.started_ms, 0),
        Reason::LongWait => (-(c.longest_wait_s.unwrap_or(0.0) as i64), 0),
        Reason::ManyTurns => (-(c.n_customer as i64), 0),
        Reason::Exemplar => (
            if c.turnaround {
                0
            } else if c.customer_did_it {
                1
            } else if full_support(c) {
                2
            } else {
                3
            },
            -score(c.overall()),
        ),
    };
    (key.0, key.1, c.id.clone())
}

/// One listed conversation with every reason it meets.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    pub conversation: &'a Conv,
    pub reasons: Vec<Reason>,
}

/// Up to `n` conversations of `convs`, taking turns over the reasons.
pub fn queue<'a>(convs: &[&'a Conv], th: &Thresholds, n: usize) -> Vec<Entry<'a>> {
    let tagged: Vec<(&Conv, Vec<Reason>)> = convs
        .iter()
        .map(|c| (*c, reasons(c, th)))
        .filter(|(_, r)| !r.is_empty())
        .collect();
    let mut lanes: Vec<Vec<usize>> = ORDER
        .iter()
        .map(|&r| {
            let mut v: Vec<usize> = (0..tagged.len())
                .filter(|&i| tagged[i].1.contains(&r))
                .collect();
            v.sort_by_key(|&i| urgency(r, tagged[i].0));
            v.reverse(); // popped from the back: most pressing first
            v
        })
        .collect();
    let mut taken = vec![false; tagged.len()];
    let mut out = Vec::new();
    while out.len() < n && lanes.iter().any(|l| !l.is_empty()) {
        for lane in lanes.iter_mut() {
            if out.len() >= n {
                break;
            }
            while let Some(i) = lane.pop() {
                if !taken[i] {
                    taken[i] = true;
                    out.push(Entry {
                        conversation: tagged[i].0,
                        reasons: tagged[i].1.clone(),
                    });
                    break;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::results::{N_FIGURES, OVERALL_K};

    fn conv(id: &str, f: impl Fn(&mut Conv)) -> Conv {
        let mut c = Conv {
            id: id.into(),
            n_customer: 2.0,
            first_response_s: Some(60.0),
            longest_wait_s: Some(60.0),
            progress: "n/a".into(),
            scores: [Some(80.0); N_FIGURES],
            ..Conv::default()
        };
        f(&mut c);
        c
    }

    #[test]
    fn every_reason_appears_and_the_list_is_balanced_bounded_and_unique() {
        let mut week: Vec<Conv> = (0..20)
            .map(|i| conv(&format!("plain-{i:02}"), |_| {}))
            .collect();
        // Five broken promises: they must not fill the list.
        for i in 0..5 {
            week.push(conv(&format!("broken-{i}"), |c| {
                c.promises_broken = 1.0 + i as f64
            }));
        }
        week.push(conv("difficult", |c| c.difficult = true));
        week.push(conv("risk", |c| c.escalation_risk = true));
        week.push(conv("silent", |c| c.first_response_s = None));
        week.push(conv("low", |c| c.scores[OVERALL_K] = Some(10.0)));
        week.push(conv("waited", |c| c.longest_wait_s = Some(86_400.0)));
        week.push(conv("chatty", |c| c.n_customer = 30.0));
        week.push(conv("turned", |c| {
            c.difficult = true;
            c.turnaround = true;
        }));
        let th = Thresholds::of_week(&week);
        let all: Vec<&Conv> = week.iter().collect();
        let q = queue(&all, &th, 8);
        assert_eq!(q.len(), 8);
        let ids: Vec<&str> = q.iter().map(|e| e.conversation.id.as_str()).collect();
        for id in [
            "difficult",
            "risk",
            "silent",
            "low",
            "waited",
            "chatty",
            "turned",
        ] {
            assert!(ids.contains(&id), "{id} missing from {ids:?}");
        }
        // The most broken promise leads its reason; the other four wait.
        assert_eq!(ids.iter().filter(|i| i.starts_with("broken")).count(), 1);
        assert!(ids.contains(&"broken-4"));
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), ids.len());
        // Bounded, deterministic, and whatever the input order.
        assert_eq!(queue(&all, &th, 3).len(), 3);
        let mut reversed = all.clone();
        reversed.reverse();
        let again: Vec<&str> = queue(&reversed, &th, 8)
            .iter()
            .map(|e| e.conversation.id.as_str())
            .collect();
        assert_eq!(ids, again);
        // A conversation carries every reason it meets.
        let both = conv("both", |c| {
            c.difficult = true;
            c.promises_broken = 9.0;
        });
        assert_eq!(
            reasons(&both, &th),
            [Reason::NotTurnedAround, Reason::BrokenPromise]
        );
    }
}
