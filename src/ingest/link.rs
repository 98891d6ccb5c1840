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

/// What linking reads of one message: its file (ids are only unique inside one
/// export), id, line, time and reply link.
#[derive(Debug, Clone, Copy)]
pub struct Node<'a> {
    pub file: &'a str,
    pub message_id: &'a str,
    pub line: u64,
    pub timestamp_ms: i64,
    pub reply_to: Option<&'a str>,
}

impl<'a> Node<'a> {
    pub fn of(p: &'a Partial) -> Node<'a> {
        Node {
            file: &p.message.source_file,
            message_id: &p.message.message_id,
            line: p.message.source_line,
            timestamp_ms: p.message.timestamp_ms,
            reply_to: p.reply_to.as_deref(),
        }
    }
}

/// The chain name (conversation id) of each node: `chain-` and the id of the chain's
/// earliest message (time, then source line). Chains never cross files, and the names
/// do not depend on the order of the nodes.
pub fn chain_names(nodes: &[Node<'_>]) -> Vec<String> {
    let mut chains = Chains::default();
    // Scope ids by file: ids are only unique inside one export.
    let key = |n: &Node<'_>, id: &str| format!("{}\u{0}{id}", n.file);
    let mut ids = Vec::with_capacity(nodes.len());
    for n in nodes {
        let own = if n.message_id.is_empty() {
            key(n, &format!("line:{}", n.line))
        } else {
            key(n, n.message_id)
        };
        let me = chains.id(&own);
        if let Some(parent) = n.reply_to {
            // Some exports list several ids ("1,2"): each is a link.
            for pid in parent.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                let other = chains.id(&key(n, pid));
                chains.union(me, other);
            }
        }
        ids.push(me);
    }
    // Earliest message (time, then source line) of each chain names it.
    let mut names: HashMap<usize, (i64, u64, String)> = HashMap::new();
    for (n, &id) in nodes.iter().zip(&ids) {
        let root = chains.find(id);
        let cand = (
            n.timestamp_ms,
            n.line,
            if n.message_id.is_empty() {
                format!("line{}", n.line)
            } else {
                n.message_id.to_string()
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
    ids.into_iter()
        .map(|id| format!("chain-{}", names[&chains.find(id)].2))
        .collect()
}

/// Resolves conversations for partial messages. Messages that already know their
/// conversation keep it; the others take the conversation of their chain.
pub fn link_reply_chains(partials: Vec<Partial>) -> Vec<Message> {
    if partials.iter().all(|p| p.conversation_known) {
        return partials.into_iter().map(|p| p.message).collect();
    }
    let nodes: Vec<Node<'_>> = partials.iter().map(Node::of).collect();
    let names = chain_names(&nodes);
    drop(nodes);
    partials
        .into_iter()
        .zip(names)
        .map(|(mut p, name)| {
            if !p.conversation_known {
                p.message.conversation_id = name;
            }
            p.message
        })
        .collect()
}

/// What linking reads of a message the sort already holds.
impl crate::group::LinkKey {
    pub fn node(&self) -> Node<'_> {
        Node {
            file: &self.file,
            message_id: &self.message_id,
            line: self.line,
            timestamp_ms: self.timestamp_ms,
            reply_to: self.reply_to.as_deref(),
        }
    }
}
