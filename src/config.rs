//! Configuration: CLI flags + otai.toml files → plain settings. This is the only
//! module that reads [`crate::cli`] types.
//!
//! An otai.toml found in an input folder applies to the files under it; `--config`
//! applies one file to every input instead. CLI flags override both.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chrono_tz::Tz;
use serde::Deserialize;

use crate::cli::{AnalyzeArgs, Cli, Command, FormatArg};
use crate::error::Error;
use crate::ingest::platform::{Platform, PlatformSettings, SlackConversation};
use crate::ingest::{Format, Settings};
use crate::schema::{Channel, Role};

/// The otai.toml file as written by people.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    /// Time zone for naive timestamps.
    pub tz: Option<String>,
    /// Dictionary folder (see `--dict`).
    pub dict: Option<PathBuf>,
    /// Rubric file, relative to this file (see `otai rubric`).
    pub rubric: Option<PathBuf>,
    #[serde(default)]
    pub input: InputConfig,
    #[serde(default)]
    pub mail: MailConfig,
    /// Other ids of the same agent (e.g. a mail address) → the agent's canonical id.
    #[serde(default)]
    pub agents: BTreeMap<String, String>,
    #[serde(default)]
    pub slack: SlackConfig,
    #[serde(default)]
    pub teams: TeamsConfig,
    #[serde(default)]
    pub line: LineConfig,
    #[serde(default)]
    pub zendesk: ZendeskConfig,
}

/// `[slack]`: who the agents are and what a conversation is.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlackConfig {
    /// User ids (U…), names or display names of agents.
    #[serde(default)]
    pub agents: Vec<String>,
    /// User groups (id, handle or name in the export's usergroups.json) of agents.
    #[serde(default)]
    pub agent_groups: Vec<String>,
    /// "thread" (default): a message outside threads is its own conversation; "day":
    /// such messages form one conversation per channel and day.
    pub conversation: Option<String>,
}

/// `[teams]`: user ids or display names of agents.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeamsConfig {
    #[serde(default)]
    pub agents: Vec<String>,
}

/// `[line]`: the official account's display name (one, or a list).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineConfig {
    #[serde(default)]
    pub agent: OneOrMany,
}

/// A name, or a list of names.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(untagged)]
pub enum OneOrMany {
    #[default]
    None,
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn to_vec(&self) -> Vec<String> {
        match self {
            OneOrMany::None => Vec::new(),
            OneOrMany::One(s) => vec![s.clone()],
            OneOrMany::Many(v) => v.clone(),
        }
    }
}

/// `[zendesk]`: a users file (`{"users": [...]}`, relative to this otai.toml) for roles.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ZendeskConfig {
    pub users: Option<PathBuf>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InputConfig {
    /// canonical field → column name in the export.
    #[serde(default)]
    pub columns: BTreeMap<String, String>,
    /// exported role value → customer | agent | bot | system.
    #[serde(default)]
    pub roles: BTreeMap<String, String>,
    /// Channel for records that do not name one (chat | email | other).
    pub channel: Option<String>,
    pub max_message_bytes: Option<usize>,
    /// Plausible message times; records outside are rejects.
    pub time_window: Option<TimeWindowConfig>,
}

/// `[input] time_window = { from = "2015-01-01", to = "2030-12-31" }`: either end may be
/// left out (defaults: 1990-01-01, and two days past the run).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeWindowConfig {
    pub from: Option<String>,
    pub to: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailConfig {
    #[serde(default)]
    pub agent_domains: Vec<String>,
    #[serde(default)]
    pub support_addresses: Vec<String>,
}

/// Everything `otai analyze` needs, resolved.
#[derive(Debug)]
pub struct AnalyzeConfig {
    pub inputs: Vec<PathBuf>,
    /// `--rubric`, or `rubric` in the --config file (resolved against its folder).
    pub rubric: Option<PathBuf>,
    pub out: PathBuf,
    pub dict: Option<PathBuf>,
    pub csv_bom: bool,
    pub quiet: bool,
    /// None: no reports; Some: write them with these options.
    pub report: Option<crate::report::Options>,
    overrides: Overrides,
    global: Option<(PathBuf, FileConfig, Vec<u8>)>,
    /// Config files actually used (path → bytes), for the hash in run.json.
    used: Mutex<BTreeMap<PathBuf, Vec<u8>>>,
}

#[derive(Debug, Clone, Default)]
struct Overrides {
    tz: Option<Tz>,
    agent_domains: Vec<String>,
    format: Option<Format>,
}

pub fn parse_tz(name: &str, origin: &str) -> Result<Tz, Error> {
    name.trim().parse::<Tz>().map_err(|_| Error::Config {
        path: origin.to_string(),
        reason: format!("unknown time zone \"{name}\"; use an IANA name such as Asia/Tokyo or UTC"),
    })
}

/// Reads and parses one otai.toml.
pub fn read_file_config(path: &Path) -> Result<(FileConfig, Vec<u8>), Error> {
    let bytes = std::fs::read(path).map_err(|e| Error::Config {
        path: path.display().to_string(),
        reason: format!("cannot read it ({e})"),
    })?;
    let text = String::from_utf8(bytes.clone()).map_err(|_| Error::Config {
        path: path.display().to_string(),
        reason: "not UTF-8; save it as UTF-8".into(),
    })?;
    let cfg: FileConfig = toml::from_str(&text).map_err(|e| Error::Config {
        path: path.display().to_string(),
        reason: format!("{e}"),
    })?;
    Ok((cfg, bytes))
}

fn settings_from(cfg: &FileConfig, origin: &Path, o: &Overrides) -> Result<Settings, Error> {
    let origin_s = origin.display().to_string();
    let mut s = Settings::default();
    if let Some(tz) = &cfg.tz {
        s.tz = parse_tz(tz, &origin_s)?;
    }
    if let Some(tz) = o.tz {
        s.tz = tz;
    }
    for (field, column) in &cfg.input.columns {
        if crate::ingest::record::Field::from_config_name(field).is_none() {
            return Err(Error::Config {
                path: origin_s,
                reason: format!(
                    "[input.columns] has an unknown field \"{field}\"; known: conversation_id, message_id, timestamp, role, author_id, author_name, channel, text, internal, subject, reply_to"
                ),
            });
        }
        s.columns.insert(field.clone(), column.clone());
    }
    for (value, role) in &cfg.input.roles {
        let r = Role::from_alias(role).filter(|r| r.as_str() == role.trim().to_lowercase()).ok_or_else(|| Error::Config {
            path: origin_s.clone(),
            reason: format!("[input.roles] maps \"{value}\" to \"{role}\"; use customer, agent, bot or system"),
        })?;
        s.roles.insert(value.trim().to_string(), r);
    }
    if let Some(c) = &cfg.input.channel {
        s.default_channel = Channel::from_alias(c);
    }
    if let Some(m) = cfg.input.max_message_bytes {
        s.max_message_bytes = m;
    }
    if let Some(w) = &cfg.input.time_window {
        let end = |raw: &Option<String>, name: &str| -> Result<Option<i64>, Error> {
            raw.as_deref()
                .map(|t| {
                    crate::ingest::time::parse(t, s.tz)
                        // A date alone as the end means the whole of that day: up to the
                        // next day's midnight in the zone (a DST day is 23 or 25 hours).
                        .map(|i| match (name, t.contains(':')) {
                            ("to", false) => {
                                let next = ["%Y-%m-%d", "%Y/%m/%d"]
                                    .iter()
                                    .find_map(|f| chrono::NaiveDate::parse_from_str(t.trim(), f).ok())
                                    .and_then(|d| d.succ_opt())
                                    .and_then(|d| {
                                        crate::ingest::time::parse(&d.format("%Y-%m-%d").to_string(), s.tz)
                                    });
                                next.map_or(i.utc_ms + 86_400_000, |n| n.utc_ms) - 1
                            }
                            _ => i.utc_ms,
                        })
                        .ok_or_else(|| Error::Config {
                            path: origin_s.clone(),
                            reason: format!(
                                "[input] time_window.{name} = \"{t}\" is not a date; write it as 2015-01-01"
                            ),
                        })
                })
                .transpose()
        };
        if let Some(from) = end(&w.from, "from")? {
            s.time_window.from_ms = from;
        }
        s.time_window.to_ms = end(&w.to, "to")?;
        s.time_window.written = Some((
            w.from.clone().unwrap_or_else(|| "1990-01-01".into()),
            w.to.clone(),
        ));
        if s.time_window
            .to_ms
            .is_some_and(|to| to < s.time_window.from_ms)
        {
            return Err(Error::Config {
                path: origin_s,
                reason: "[input] time_window ends before it starts; swap from and to".into(),
            });
        }
    }
    s.agent_domains = cfg.mail.agent_domains.clone();
    s.agent_domains.extend(o.agent_domains.iter().cloned());
    s.support_addresses = cfg.mail.support_addresses.clone();
    s.agent_aliases = cfg
        .agents
        .iter()
        .map(|(k, v)| (k.trim().to_lowercase(), v.trim().to_string()))
        .collect();
    s.forced_format = o.format;
    s.platforms = platform_settings(cfg, origin)?;
    Ok(s)
}

fn platform_settings(cfg: &FileConfig, origin: &Path) -> Result<PlatformSettings, Error> {
    let conversation = match cfg.slack.conversation.as_deref().map(str::trim) {
        None | Some("thread") => SlackConversation::Thread,
        Some("day") => SlackConversation::Day,
        Some(other) => {
            return Err(Error::Config {
                path: origin.display().to_string(),
                reason: format!("[slack] conversation = \"{other}\"; use \"thread\" or \"day\""),
            });
        }
    };
    let zendesk_users = cfg
        .zendesk
        .users
        .as_ref()
        .map(|u| origin.parent().unwrap_or(Path::new(".")).join(u));
    if let Some(u) = &zendesk_users
        && !u.is_file()
    {
        return Err(Error::Config {
            path: origin.display().to_string(),
            reason: format!(
                "[zendesk] users = \"{}\" is not a file; give the Zendesk users export (relative to this otai.toml)",
                u.display()
            ),
        });
    }
    Ok(PlatformSettings {
        slack_agents: cfg.slack.agents.clone(),
        slack_agent_groups: cfg.slack.agent_groups.clone(),
        slack_conversation: conversation,
        teams_agents: cfg.teams.agents.clone(),
        line_agents: cfg.line.agent.to_vec(),
        zendesk_users,
    })
}

/// One resolved command line: what `crate::run` dispatches on.
#[derive(Debug)]
pub enum Job {
    Analyze(Box<AnalyzeConfig>),
    Inspect(Box<InspectConfig>),
    Rubric,
    Eval(EvalConfig),
    Report(ReportConfig),
    Query(QueryConfig),
    Gen {
        conversations: u64,
        seed: u64,
        out: PathBuf,
    },
    BenchTokenize {
        input: PathBuf,
        dict: Option<PathBuf>,
    },
}

/// `otai inspect`: the inputs with the settings `otai analyze` would use, and how to print.
#[derive(Debug)]
pub struct InspectConfig {
    pub analyze: AnalyzeConfig,
    pub json: bool,
}

/// `otai eval`.
#[derive(Debug)]
pub struct EvalConfig {
    pub labels: PathBuf,
    pub data: PathBuf,
    pub by_rule: bool,
}

/// `otai report`: the tables in `data` (one run, or several merged), reports written
/// under `out`.
#[derive(Debug)]
pub struct ReportConfig {
    pub data: Vec<PathBuf>,
    pub out: PathBuf,
    pub options: crate::report::Options,
}

/// How `otai query` prints its result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryFormat {
    Table,
    Csv,
    Json,
    Parquet,
}

/// `otai query`.
#[derive(Debug)]
pub struct QueryConfig {
    pub sql: String,
    pub data: PathBuf,
    pub format: QueryFormat,
    pub out: Option<PathBuf>,
}

impl Job {
    pub fn from_cli(cli: Cli) -> Result<Job, Error> {
        Ok(match cli.command {
            Command::Analyze(args) => Job::Analyze(Box::new(AnalyzeConfig::from_args(args)?)),
            Command::Inspect(a) => Job::Inspect(Box::new(InspectConfig {
                json: a.format == crate::cli::InspectFormat::Json,
                analyze: AnalyzeConfig::from_args(AnalyzeArgs {
                    inputs: a.inputs,
                    // Nothing is written: the output folder is never used.
                    out: PathBuf::new(),
                    format: a.input_format,
                    tz: a.tz,
                    agent_domains: a.agent_domains,
                    config: a.config,
                    rubric: None,
                    dict: None,
                    csv_bom: true,
                    no_report: true,
                    no_mask: false,
                    week: None,
                    review: 0,
                    review_team: 0,
                    quiet: true,
                })?,
            })),
            Command::Rubric => Job::Rubric,
            Command::Eval(a) => Job::Eval(EvalConfig {
                labels: a.labels,
                data: a.data,
                by_rule: a.by_rule,
            }),
            Command::Report(a) => {
                let data = runs_in(&a.data)?;
                // A folder of runs gets its reports elsewhere, even while it holds one run
                // (the next week's run would otherwise find them inside a run).
                let named_runs = data == a.data;
                let out = match (a.out, data.as_slice()) {
                    (Some(out), _) => out,
                    (None, [one]) if named_runs => one.clone(),
                    (None, _) => {
                        return Err(Error::Config {
                            path: "--out".into(),
                            reason: format!(
                                "{} run(s) from a folder of runs are reported on together; say where the reports go with --out <folder>",
                                data.len()
                            ),
                        });
                    }
                };
                Job::Report(ReportConfig {
                    out,
                    data,
                    options: report_options(
                        a.week.as_deref(),
                        !a.no_mask,
                        a.review,
                        a.review_team,
                    )?,
                })
            }
            Command::Query(a) => Job::Query(QueryConfig {
                sql: a.sql,
                data: a.data,
                format: match a.format {
                    crate::cli::QueryFormat::Table => QueryFormat::Table,
                    crate::cli::QueryFormat::Csv => QueryFormat::Csv,
                    crate::cli::QueryFormat::Json => QueryFormat::Json,
                    crate::cli::QueryFormat::Parquet => QueryFormat::Parquet,
                },
                out: a.out,
            }),
            Command::Gen(a) => Job::Gen {
                conversations: a.conversations,
                seed: a.seed,
                out: a.out,
            },
            Command::BenchTokenize(a) => Job::BenchTokenize {
                input: a.input,
                dict: a.dict,
            },
        })
    }
}

/// The result folders `--data` names: each folder written by `otai analyze` as itself,
/// a folder of runs as its subfolders that hold one (sorted by name). A folder with
/// neither is an error naming the fix.
fn runs_in(data: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    let is_run = |p: &Path| p.join("conversations.parquet").is_file();
    let mut runs = Vec::new();
    for d in data {
        if is_run(d) {
            runs.push(d.clone());
            continue;
        }
        let mut inside: Vec<PathBuf> = std::fs::read_dir(d)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| is_run(p))
                    .collect()
            })
            .unwrap_or_default();
        if inside.is_empty() {
            return Err(Error::Input {
                path: d.display().to_string(),
                reason: format!(
                    "not a result folder (no conversations.parquet in it or in its subfolders); run `otai analyze <INPUT> --out {}` first",
                    d.display()
                ),
            });
        }
        inside.sort();
        runs.extend(inside);
    }
    Ok(runs)
}

/// Report options from flags: `--week` must be an ISO week ("2026-W10").
fn report_options(
    week: Option<&str>,
    mask: bool,
    review: usize,
    review_team: usize,
) -> Result<crate::report::Options, Error> {
    let week = match week {
        None => None,
        Some(w) => Some(crate::results::weeks::parse(w).map(|_| w.to_string()).ok_or_else(
            || Error::Config {
                path: "--week".into(),
                reason: format!(
                    "\"{w}\" is not an ISO week; write it as YYYY-Www, e.g. 2026-W10 (the `week` column of conversations.csv)"
                ),
            },
        )?),
    };
    Ok(crate::report::Options {
        week,
        mask,
        review_per_agent: review,
        review_team,
    })
}

impl AnalyzeConfig {
    pub fn from_args(args: AnalyzeArgs) -> Result<AnalyzeConfig, Error> {
        let format = match args.format {
            FormatArg::Auto => None,
            FormatArg::Jsonl => Some(Format::Jsonl),
            FormatArg::Json => Some(Format::Json),
            FormatArg::Csv => Some(Format::Csv),
            FormatArg::Mbox => Some(Format::Mbox),
            FormatArg::Maildir => Some(Format::Maildir),
            FormatArg::Eml => Some(Format::Eml),
            FormatArg::Zendesk => Some(Format::Platform(Platform::Zendesk)),
            FormatArg::Intercom => Some(Format::Platform(Platform::Intercom)),
            FormatArg::Freshdesk => Some(Format::Platform(Platform::Freshdesk)),
            FormatArg::Helpscout => Some(Format::Platform(Platform::HelpScout)),
            FormatArg::Chatwoot => Some(Format::Platform(Platform::Chatwoot)),
            FormatArg::Slack => Some(Format::Platform(Platform::Slack)),
            FormatArg::Teams => Some(Format::Platform(Platform::Teams)),
            FormatArg::Line => Some(Format::Platform(Platform::Line)),
        };
        let tz = args
            .tz
            .as_deref()
            .map(|t| parse_tz(t, "--tz"))
            .transpose()?;
        let global = match &args.config {
            Some(p) => {
                let (cfg, bytes) = read_file_config(p)?;
                Some((p.clone(), cfg, bytes))
            }
            None => None,
        };
        let dict = args
            .dict
            .clone()
            .or_else(|| global.as_ref().and_then(|(_, c, _)| c.dict.clone()));
        let rubric = args.rubric.clone().or_else(|| {
            global.as_ref().and_then(|(p, c, _)| {
                c.rubric
                    .as_ref()
                    .map(|r| p.parent().unwrap_or(Path::new(".")).join(r))
            })
        });
        let cfg = AnalyzeConfig {
            inputs: args.inputs,
            rubric,
            out: args.out,
            dict,
            csv_bom: args.csv_bom,
            quiet: args.quiet,
            report: if args.no_report {
                None
            } else {
                Some(report_options(
                    args.week.as_deref(),
                    !args.no_mask,
                    args.review,
                    args.review_team,
                )?)
            },
            overrides: Overrides {
                tz,
                agent_domains: args.agent_domains,
                format,
            },
            global,
            used: Mutex::new(BTreeMap::new()),
        };
        // Validate every config file up front: a typo is a fatal error, not a surprise later.
        if let Some((p, c, b)) = &cfg.global {
            settings_from(c, p, &cfg.overrides)?;
            cfg.used
                .lock()
                .expect("config lock")
                .insert(p.clone(), b.clone());
        }
        Ok(cfg)
    }

    /// Settings for the files in `folder` (its otai.toml, unless --config was given).
    pub fn settings_for(&self, folder: &Path) -> Result<Settings, Error> {
        if let Some((p, c, _)) = &self.global {
            return settings_from(c, p, &self.overrides);
        }
        let path = folder.join("otai.toml");
        if path.is_file() {
            let (cfg, bytes) = read_file_config(&path)?;
            self.used
                .lock()
                .expect("config lock")
                .insert(path.clone(), bytes);
            return settings_from(&cfg, &path, &self.overrides);
        }
        settings_from(
            &FileConfig::default(),
            Path::new("(defaults)"),
            &self.overrides,
        )
    }

    /// The rubric: --rubric / --config's `rubric`, else an input folder's otai.toml
    /// `rubric`, else the built-in one.
    pub fn load_rubric(&self) -> Result<crate::score::Rubric, Error> {
        let path = self.rubric.clone().or_else(|| {
            self.inputs.iter().find_map(|i| {
                let p = i.join("otai.toml");
                p.is_file()
                    .then(|| read_file_config(&p).ok())
                    .flatten()
                    .and_then(|(c, _)| c.rubric.map(|r| i.join(r)))
            })
        });
        match path {
            None => Ok(crate::score::Rubric::default_rubric()),
            Some(p) => {
                let text = std::fs::read_to_string(&p).map_err(|e| Error::Config {
                    path: p.display().to_string(),
                    reason: format!("cannot read the rubric ({e}); `otai rubric > rubric.toml` writes one to start from"),
                })?;
                crate::score::Rubric::parse(&text, &p.display().to_string()).map_err(|e| {
                    Error::Config {
                        path: p.display().to_string(),
                        reason: e.to_string(),
                    }
                })
            }
        }
    }

    /// The dictionary set in a folder's otai.toml, when no --dict/--config named one.
    pub fn dict_from_folders(&self) -> Option<PathBuf> {
        if self.dict.is_some() {
            return self.dict.clone();
        }
        self.inputs.iter().find_map(|i| {
            let p = i.join("otai.toml");
            p.is_file()
                .then(|| read_file_config(&p).ok())
                .flatten()
                .and_then(|(c, _)| c.dict)
        })
    }

    /// The config files used and a hash over them and the CLI overrides.
    pub fn config_fingerprint(&self) -> (Vec<String>, String) {
        let used = self.used.lock().expect("config lock");
        let mut hasher_input = Vec::new();
        for (p, b) in used.iter() {
            hasher_input.extend_from_slice(p.display().to_string().as_bytes());
            hasher_input.push(0);
            hasher_input.extend_from_slice(b);
            hasher_input.push(0);
        }
        hasher_input.extend_from_slice(format!("{:?}", self.overrides).as_bytes());
        (
            used.keys().map(|p| p.display().to_string()).collect(),
            crate::hash::sha256_hex(&hasher_input),
        )
    }
}
