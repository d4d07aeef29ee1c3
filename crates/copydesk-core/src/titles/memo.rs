//! The title stage's per-block cache (see `crate::memo`).

/// Title scans of blocks, kept between analyses of one draft.
#[derive(Debug, Default)]
pub struct TitlesMemo {}
