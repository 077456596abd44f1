//! Progress bars on stderr for long runs; hidden when stderr is not a terminal.

use indicatif::{ProgressBar, ProgressStyle};
use jejak_pipeline::Progress;

/// An indicatif bar that follows the pipeline's stages.
pub struct Bar {
    bar: ProgressBar,
}

impl Bar {
    pub fn new() -> Bar {
        Bar { bar: ProgressBar::hidden() }
    }
}

impl Progress for Bar {
    fn start(&self, stage: &str, total: u64) {
        // A handful of files finishes before a bar would be readable.
        if total <= 5 && total != 0 {
            self.bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
            return;
        }
        self.bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        self.bar.reset();
        self.bar.set_length(total);
        let template = if total == 0 {
            "{prefix:>10} {spinner} {pos} pages ({per_sec})"
        } else {
            "{prefix:>10} [{bar:30}] {pos}/{len} ({per_sec}, eta {eta})"
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            self.bar.set_style(style.progress_chars("=> "));
        }
        self.bar.set_prefix(stage.to_string());
    }

    fn advance(&self, n: u64) {
        self.bar.inc(n);
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
