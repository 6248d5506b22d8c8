//! The knobs of table finding, in one place (points unless stated).

/// Tolerances of the table-finding chain.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Parallel edges closer than this are snapped to one position.
    pub snap_tolerance: f64,
    /// Collinear edges whose ends are closer than this are joined.
    pub join_tolerance: f64,
    /// Edges shorter than this after merging are dropped.
    pub edge_min_length: f64,
    /// How far an edge may stop short of a crossing edge and still meet it.
    pub intersection_tolerance: f64,
    /// Smallest cell side: thinner slivers between doubled lines are not cells.
    pub min_cell_size: f64,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            snap_tolerance: 3.0,
            join_tolerance: 3.0,
            edge_min_length: 3.0,
            intersection_tolerance: 3.0,
            min_cell_size: 2.0,
        }
    }
}
