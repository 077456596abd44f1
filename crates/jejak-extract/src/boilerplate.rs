//! Per-outlet boilerplate model (stub; being written).

use serde::{Deserialize, Serialize};

/// Why a line was left out of the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum DropReason {
    /// A pattern every portal shares ("Baca juga:"), named by the rule.
    General { pattern: String },
    /// The line recurs on many pages of this outlet.
    Recurring { outlet: String, pages: u32, of: u32 },
}

/// Lines that recur across an outlet's pages, learned as pages arrive.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct BoilerplateModel {}

impl BoilerplateModel {
    /// Learns from one page's text lines, attributed to `outlet`.
    pub fn observe(&mut self, _outlet: &str, _lines: &[&str]) {}
}
