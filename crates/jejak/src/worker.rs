//! `jejak worker`: drains the shared page queue and keeps stories current.

use std::process::ExitCode;
use std::time::Duration;

use anyhow::Result;
use jejak_pipeline::NoProgress;

use crate::commands::{open_store, StoreLocation};

pub fn run(loc: &StoreLocation, once: bool, poll_seconds: u64) -> Result<ExitCode> {
    let mut store = open_store(loc)?;
    let config = jejak_link::LinkConfig::default();
    loop {
        let model = jejak_pipeline::load_boilerplate(&*store)?;
        let (articles, not_articles) = jejak_pipeline::process_pending(&mut *store, &model, &NoProgress)?;
        if articles + not_articles > 0 {
            let stories = jejak_pipeline::relink(&mut *store, &config)?;
            tracing::info!(articles, not_articles, stories, "worker round done");
        } else if once {
            // A last rebuild: other workers may have finished pages since our last one.
            jejak_pipeline::relink(&mut *store, &config)?;
            return Ok(ExitCode::SUCCESS);
        } else {
            std::thread::sleep(Duration::from_secs(poll_seconds));
        }
    }
}
