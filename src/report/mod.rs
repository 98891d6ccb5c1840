//! Reports for people: per-agent reports, the team weekly review and coaching exports,
//! from the result tables alone. Only this module (and `chart`) writes report files.

pub mod mask;
pub mod slug;
