//! The one integration test binary (see Cargo.toml `autotests = false`).
//!
//! - `support`: TestEnv (temp folders, running the built `otai`), shared helpers.
//! - `reports`: report snapshots, escaping, safe file names, own conversations only, masking.
//! - `sample`: `otai analyze sample_data` with exact expectations per format.
//! - `eval`: precision/recall/F1 on the dev set and tests/eval (target F1 ≥ 0.90).
//! - `external`: real public data from ../shared/external (skipped when absent).
//! - `first_contact`: the gallery of export shapes read with no flags, `otai inspect`,
//!   run.json's column map (issue #24).
//! - `formats`: JSON, maildir + .eml threading, forced --format.
//! - `bad_input`: every kind of broken input gives a reject or a clear error, never a panic.
//! - `hostile`: Excel formula cells, huge files without newlines, the output folder inside
//!   the input, implausible timestamps.
//! - `browser`: every HTML report in headless Chromium (console, charts, XSS, screenshot).
//! - `charts`: SVG snapshots, escaping, Japanese glyphs in PNGs.
//! - `determinism`: same input, byte-identical outputs.
//! - `queries`: every queries/*.sql on sample_data (snapshots) and `otai query` formats.
//! - `platforms`: Zendesk, Intercom, Freshdesk, Help Scout, Chatwoot, Slack, Teams, LINE
//!   exports: real samples and fixtures, detection by content, bad input (issue #17).
//! - `props`: property tests: arbitrary bytes never panic a reader; counts reconcile.
//! - `score`: each behaviour with positives and hard negatives.
//! - `snapshots`: golden conversations/evidence/agents CSV for sample_data (insta).
//! - `spill`: the external sort (issue #16): spilled runs change no output, reply chains
//!   link through spilled messages, a conversation split over three reversed files.
//! - `text`: the Japanese analyser on the real dictionary.

mod architecture;
mod bad_input;
mod browser;
mod charts;
mod determinism;
mod eval;
mod external;
mod first_contact;
mod formats;
mod hostile;
mod platforms;
mod props;
mod queries;
mod reports;
mod sample;
mod score;
mod snapshots;
mod spill;
mod support;
mod text;
