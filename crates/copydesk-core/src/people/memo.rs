//! The people stage's per-block cache (see `crate::memo`).

/// Name scans of blocks, kept between analyses of one draft.
#[derive(Debug, Default)]
pub struct PeopleMemo {}
