//! `jejak demo`: ingest the corpus bundled into the binary, summarise, serve.
//!
//! The corpus lives in `demo/` at the repository root and is embedded at compile time,
//! so the demo works offline, from any directory, on an empty data directory.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use include_dir::{include_dir, Dir};
use jejak_pipeline::{IngestOptions, Input};

use crate::commands::{open_store, report_ingest, serve, StoreLocation};
use crate::progress::Bar;

static DEMO: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../demo");

/// Every corpus file of the bundled demo, with the path it has under `demo/`.
fn demo_inputs() -> Vec<Input> {
    let mut inputs = Vec::new();
    collect(&DEMO, &mut inputs);
    inputs.sort_by(|a, b| name(a).cmp(name(b)));
    inputs
}

fn name(input: &Input) -> &Path {
    match input {
        Input::File(path) | Input::Bytes { name: path, .. } => path,
        Input::Fetched { url, .. } => Path::new(url.as_str()),
    }
}

fn collect(dir: &Dir<'static>, out: &mut Vec<Input>) {
    for file in dir.files() {
        let path = file.path();
        // Licence notes travel with the corpus but are not news.
        if path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        out.push(Input::Bytes { name: PathBuf::from("demo").join(path), bytes: file.contents().to_vec() });
    }
    for sub in dir.dirs() {
        collect(sub, out);
    }
}

pub fn run(data: &StoreLocation, addr: &str, no_serve: bool, json: bool) -> Result<ExitCode> {
    let mut store = open_store(data)?;
    let inputs = demo_inputs();
    let report = jejak_pipeline::ingest_inputs(&mut *store, inputs, &IngestOptions::default(), &Bar::new())?;
    if !json {
        outln!("Jejak demo: bundled corpus of {} files (see demo/SOURCE.md)", report.files)?;
    }
    report_ingest(&report, &*store, data, json)?;
    if no_serve {
        return Ok(ExitCode::SUCCESS);
    }
    serve(store, data, addr)
}
