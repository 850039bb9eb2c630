//! Checks `sources.ron`: sources have their own namespace (`S0`, `S2.M2.1`), and every
//! source id and point key is unique and named.

use std::collections::HashSet;

use super::{load::Loader, model::Source, problem::ProblemKind};

/// Sources have their own namespace (`S0`, `S2.M2.1`); each id and key is unique.
pub(super) fn check(
    loader: &mut Loader<'_>,
    file: usize,
    parsed: Vec<Source>,
    earlier: &[Source],
) -> Vec<Source> {
    let mut keys: HashSet<String> = earlier
        .iter()
        .flat_map(|s| std::iter::once(s.id.clone()).chain(s.points.iter().map(|p| p.key.clone())))
        .collect();
    let labels = |name| {
        loader
            .marks(file)
            .map_or(Vec::new(), |m| m.labels(name).to_vec())
    };
    let id_offsets = labels("id");
    let key_offsets = labels("key");
    let mut key_index = 0;
    let mut kept = Vec::new();
    for (i, mut source) in parsed.into_iter().enumerate() {
        let offset = id_offsets.get(i).copied().unwrap_or(0);
        let point_offsets: Vec<usize> = key_offsets
            .iter()
            .copied()
            .skip(key_index)
            .take(source.points.len())
            .collect();
        key_index += source.points.len();
        if source.id.trim().is_empty() || source.title.trim().is_empty() {
            let field = if source.id.trim().is_empty() {
                "id"
            } else {
                "title"
            };
            loader.problem(
                file,
                offset,
                ProblemKind::EmptyText {
                    field: field.to_owned(),
                },
            );
            continue;
        }
        if !keys.insert(source.id.clone()) {
            let kind = ProblemKind::Invalid(format!("duplicate source id `{}`", source.id));
            loader.problem(file, offset, kind);
            continue;
        }
        let mut points = Vec::new();
        for (j, point) in source.points.into_iter().enumerate() {
            let at = point_offsets.get(j).copied().unwrap_or(offset);
            if point.key.trim().is_empty() || point.label.trim().is_empty() {
                let field = if point.key.trim().is_empty() {
                    "key"
                } else {
                    "label"
                };
                loader.problem(
                    file,
                    at,
                    ProblemKind::EmptyText {
                        field: field.to_owned(),
                    },
                );
            } else if !keys.insert(point.key.clone()) {
                let kind =
                    ProblemKind::Invalid(format!("duplicate source point key `{}`", point.key));
                loader.problem(file, at, kind);
            } else {
                points.push(point);
            }
        }
        source.points = points;
        kept.push(source);
    }
    kept
}
