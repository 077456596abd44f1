//! Prints the extraction of one HTML file as JSON.
//!
//! usage: extract_html FILE.html [URL]

use jejak_extract::{extract_html, BoilerplateModel, ExtractOptions};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: extract_html FILE.html [URL]");
        std::process::exit(2);
    };
    let bytes = std::fs::read(path).expect("read file");
    let opts = ExtractOptions { url: args.get(1).cloned(), ..ExtractOptions::default() };
    let ex = extract_html(&bytes, &opts, &BoilerplateModel::default());
    println!("{}", serde_json::to_string_pretty(&ex).expect("serialize"));
}
