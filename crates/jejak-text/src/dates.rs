//! Dates and times in Indonesian and English text (stub; being written).
