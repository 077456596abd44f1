//! Which outlet a page belongs to (stub; being written).

use crate::ExtractOptions;

/// Lowercase key of the outlet of a page, from the caller's hint or the URL's host.
pub fn outlet_key(opts: &ExtractOptions, _text: &str) -> Option<String> {
    opts.outlet.as_ref().map(|o| o.to_lowercase())
}
