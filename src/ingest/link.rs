//! Reply chains: exports with no conversation id but reply links (the Customer Support
//! on Twitter export's `in_response_to_tweet_id`) are grouped into conversations the
//! way mail is threaded: every message joins the chain of the message it answers,
//! transitively. The conversation id is the id of the chain's earliest message.

use std::collections::HashMap;

use super::record::Partial;
use crate::schema::Message;

/// A small union-find over string ids.
#[derive(Default)]
pub struct Chains {
    index: HashMap<String, usize>,
    parent: Vec<usize>,
}

impl Chains {
    pub fn id(&mut self, key: &str) -> usize {
        if let Some(&i) = self.index.get(key) {
            return i;
        }
        let i = self.parent.len();
        self.parent.push(i);
        self.index.insert(key.to_string(), i);
        i
    }

    pub fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    pub fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The smaller index wins: deterministic for a deterministic insertion order.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}

/// Resolves conversations for partial messages. Messages that already know their
/// conversation keep it; the others take the conversation of their chain.
pub fn link_reply_chains(partials: Vec<Partial>) -> Vec<Message> {
    if partials.iter().all(|p| p.conversation_known) {
        return partials.into_iter().map(|p| p.message).collect();
    }
    let mut chains = Chains::default();
    // Scope ids by file: ids are only unique inside one export.
    let key = |p: &Partial, id: &str| format!("{}\u{0}{id}", p.message.source_file);
    let mut nodes = Vec::with_capacity(partials.len());
    for p in &partials {
        let own = if p.message.message_id.is_empty() {
            key(p, &format!("line:{}", p.message.source_line))
        } else {
            key(p, &p.message.message_id)
        };
        let me = chains.id(&own);
        if let Some(parent) = &p.reply_to {
            // Some exports list several ids ("1,2"): each is a link.
            for pid in parent.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                let other = chains.id(&key(p, pid));
                chains.union(me, other);
            }
        }
        nodes.push(me);
    }
    // Earliest message (time, then source line) of each chain names it.
    let mut names: HashMap<usize, (i64, u64, String)> = HashMap::new();
    for (p, &node) in partials.iter().zip(&nodes) {
        let root = chains.find(node);
        let cand = (
            p.message.timestamp_ms,
            p.message.source_line,
            if p.message.message_id.is_empty() {
                format!("line{}", p.message.source_line)
            } else {
                p.message.message_id.clone()
            },
        );
        names
            .entry(root)
            .and_modify(|cur| {
                if cand < *cur {
                    *cur = cand.clone();
                }
            })
            .or_insert(cand);
    }
    partials
        .into_iter()
        .zip(nodes)
        .map(|(mut p, node)| {
            if !p.conversation_known {
                let root = chains.find(node);
                p.message.conversation_id = format!("chain-{}", names[&root].2);
            }
            p.message
        })
        .collect()
}
