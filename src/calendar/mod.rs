//! Calendars: Japanese national holidays (computed) and, from the scoring issue on,
//! business hours. Pure date arithmetic, no I/O.

pub mod holidays;
