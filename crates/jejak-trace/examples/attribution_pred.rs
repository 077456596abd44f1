//! Reads attribution gold JSONL (`{"id","lang","text",...}` per line) from a path or stdin and
//! writes predictions as JSONL: `{"id","quotes":[{"start","end","speaker","speaker_start",
//! "speaker_end","cue"}]}` with character (not byte) offsets, as `attribution_eval.py` wants.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};

fn main() {
    let arg = std::env::args().nth(1);
    let input: Box<dyn BufRead> = match arg.as_deref() {
        Some(path) if path != "-" => {
            Box::new(BufReader::new(std::fs::File::open(path).expect("open gold file")))
        }
        _ => Box::new(BufReader::new(std::io::stdin())),
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in input.lines() {
        let line = line.expect("read line");
        if line.trim().is_empty() {
            continue;
        }
        let doc: Value = serde_json::from_str(&line).expect("valid JSON line");
        let text = doc["text"].as_str().unwrap_or("");
        let lang = doc["lang"].as_str().unwrap_or("");
        // byte offset -> char offset
        let mut char_at = vec![0usize; text.len() + 1];
        let mut n = 0;
        for (b, c) in text.char_indices() {
            for slot in char_at.iter_mut().skip(b).take(c.len_utf8()) {
                *slot = n;
            }
            n += 1;
        }
        char_at[text.len()] = n;
        let quotes: Vec<Value> = jejak_trace::quotes_in_text(text, lang)
            .into_iter()
            .map(|tq| {
                // (a statement no one is named for came from the medium it came through, as
                // `relays_as_medium` reads it: "According to the Harbour Herald, …")
                let relayed_by = tq.quote.via.first().map(|relay| relay.medium.clone());
                let speaker = tq.quote.speaker.clone().or(tq.speaker_mention.clone()).or(relayed_by);
                let mut q = json!({
                    "start": char_at[tq.span.start],
                    "end": char_at[tq.span.end],
                    "speaker": speaker,
                    "cue": tq.quote.cue,
                    "direct": tq.quote.direct,
                });
                if let Some(s) = tq.speaker_span {
                    q["speaker_start"] = json!(char_at[s.start]);
                    q["speaker_end"] = json!(char_at[s.end]);
                }
                q
            })
            .collect();
        if writeln!(out, "{}", json!({"id": doc["id"], "quotes": quotes})).is_err() {
            return; // the reader went away (`| head`): nothing left to write for
        }
    }
}
