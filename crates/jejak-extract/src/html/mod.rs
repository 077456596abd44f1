//! HTML page → article (stub; being written).

use crate::{BoilerplateModel, ExtractOptions, Extraction};

/// Extracts the main article of an HTML page.
pub fn extract_html(bytes: &[u8], opts: &ExtractOptions, model: &BoilerplateModel) -> Extraction {
    crate::extract_text(&String::from_utf8_lossy(bytes), opts, model)
}
