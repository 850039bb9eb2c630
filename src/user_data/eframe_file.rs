//! eframe's own settings file (the window's place and size), checked before eframe
//! reads it: a value it would choke on sets the file aside instead.

use std::{collections::HashMap, path::Path};

use serde::Deserialize;

use super::{Aside, read_user_file, set_aside};

/// What to do with eframe's settings file, decided before eframe opens it.
#[derive(Debug)]
pub enum Settings {
    /// Understood, or absent: eframe reads and writes it as usual.
    Use,
    /// Moved aside: start from defaults and save as usual. The notice says where it went.
    Reset(String),
    /// Not understood and could not be moved: do not save this session.
    ReadOnly(String),
}

/// The one entry of eframe's that Defuse lets it keep: the window's place and size.
pub const WINDOW_KEY: &str = "window";

/// eframe drops all its state when its file does not parse as a map of strings, and
/// later writes defaults over it; and a size, place or scale no screen has (zero, NaN,
/// 1e30) panics winit before the first frame, on every start. Check it first: a file
/// that is not a regular file, is too large, is not that shape, or holds anything but
/// a plausible window entry is moved aside, with the one notice saying so. An empty
/// file (eframe empties it before writing, so a full disk leaves one) holds nothing to
/// keep, and is used as absent.
pub fn check_window_file(path: &Path) -> Settings {
    let why = match read_user_file(path) {
        Ok(None) => return Settings::Use,
        Ok(Some(text)) if text.trim().is_empty() => return Settings::Use,
        // eframe reads the file as it is, with no byte-order mark allowed.
        Ok(Some(text)) => match ron::from_str::<HashMap<String, String>>(&text) {
            Ok(map) => match map.iter().find(|(k, v)| !plausible(k, v)) {
                None => return Settings::Use,
                Some((key, _)) if key == WINDOW_KEY => {
                    "its window entry holds a size, place or scale no screen has".to_owned()
                }
                Some((key, _)) => {
                    format!("it holds an entry this version does not keep there, `{key}`")
                }
            },
            Err(e) => e.to_string(),
        },
        Err(e) => e.to_string(),
    };
    let aside = set_aside(path);
    let notice = aside.notice(path, &why);
    match aside {
        Aside::Moved(_) => Settings::Reset(notice),
        Aside::Stuck(_) => Settings::ReadOnly(notice),
    }
}

/// eframe's window entry as egui-winit 0.37 writes it, as far as it is checked.
#[derive(Deserialize)]
struct Window {
    normal_geometry: Geometry,
}

#[derive(Deserialize)]
struct Geometry {
    outer_position_pixels: Option<Xy>,
    scale_factor: f32,
    inner_size_points: Xy,
}

#[derive(Deserialize)]
struct Xy {
    x: f32,
    y: f32,
}

/// Window sizes and places beyond these are no screen's: winit turns them into
/// integers and panics on overflow, and a zero scale fails its own assertion.
const MAX_EXTENT: f32 = 100_000.0;
const SCALES: std::ops::RangeInclusive<f32> = 0.25..=8.0;
const SIZES: std::ops::RangeInclusive<f32> = 1.0..=MAX_EXTENT;

/// Whether eframe may read this entry: only a window whose every number is finite and
/// within what a screen can have.
fn plausible(key: &str, value: &str) -> bool {
    if key != WINDOW_KEY {
        return false;
    }
    let Ok(window) = ron::from_str::<Window>(value) else {
        return false;
    };
    let g = window.normal_geometry;
    let place_ok = g
        .outer_position_pixels
        .is_none_or(|p| p.x.abs() <= MAX_EXTENT && p.y.abs() <= MAX_EXTENT);
    place_ok
        && SCALES.contains(&g.scale_factor)
        && SIZES.contains(&g.inner_size_points.x)
        && SIZES.contains(&g.inner_size_points.y)
}
