//! The user's files: round trips, bad files set aside, pipes and devices unread,
//! merged saves from two windows, writes through links.
use std::{
    fs,
    path::Path,
    time::{SystemTime, UNIX_EPOCH},
};

use super::*;

#[test]
fn saves_and_loads_round_trip() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let mut store = UserStore::at(dir.path().join("user.ron"));
    let mut data = UserData::default();
    data.toggle_favourite("angry");
    data.visited("rude");
    store.save(&data)?;
    assert_eq!(store.load(), (data, None));
    assert_eq!(names_in(dir.path()), ["user.ron"]);
    Ok(())
}

#[test]
fn garbage_is_set_aside_not_overwritten() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("user.ron");
    fs::write(&path, "favourites: [[[ garbage")?;
    let (data, notice) = UserStore::at(path.clone()).load();
    assert_eq!(data, UserData::default());
    assert!(notice.is_some_and(|n| n.contains("kept as")));
    assert!(!path.exists());
    let aside: Vec<_> = fs::read_dir(dir.path())?.collect::<Result<_, _>>()?;
    assert_eq!(aside.len(), 1);
    assert_eq!(
        fs::read_to_string(aside[0].path())?,
        "favourites: [[[ garbage"
    );
    Ok(())
}

/// Runs `work` on another thread, failing rather than hanging if it blocks.
fn within<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    let (done, result) = std::sync::mpsc::channel();
    std::thread::spawn(move || done.send(work()));
    result
        .recv_timeout(std::time::Duration::from_secs(10))
        .unwrap_or_else(|_| panic!("blocked for 10 s"))
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn setting_aside_never_replaces_an_earlier_bad_file() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("favourites.ron");
    // Earlier bad files under every name this second (and the next few) could take.
    let now = SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs();
    for secs in now..now + 5 {
        fs::write(
            dir.path().join(format!("favourites.ron.bad-{secs}")),
            "earlier",
        )?;
    }
    fs::write(&path, "latest [[[")?;
    let (_, notice) = UserStore::at(path.clone()).load();
    assert!(notice.is_some_and(|n| n.contains("kept as")));
    let names = names_in(dir.path());
    assert_eq!(names.len(), 6, "{names:?}");
    let latest: Vec<&String> = names
        .iter()
        .filter(|n| fs::read_to_string(dir.path().join(n)).is_ok_and(|t| t == "latest [[["))
        .collect();
    assert_eq!(latest.len(), 1, "{names:?}");
    assert!(latest[0].ends_with("-2"), "{names:?}");
    Ok(())
}

/// A name too long to add `.bad-SECONDS` to cannot be renamed, even by root: the
/// stand-in for a read-only disk or a name taken for good.
#[test]
fn a_bad_file_that_cannot_be_moved_aside_is_never_written_over()
-> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join(format!("{}.ron", "f".repeat(240)));
    fs::write(&path, "favourites: [[[ mine")?;
    let mut store = UserStore::at(path.clone());
    let (data, notice) = store.load();
    assert_eq!(data, UserData::default());
    let notice = notice.unwrap_or_default();
    assert!(notice.contains("nothing will be saved"), "{notice}");
    let mut data = data;
    data.toggle_favourite("angry");
    store.save(&data)?;
    assert_eq!(fs::read_to_string(&path)?, "favourites: [[[ mine");
    Ok(())
}

#[cfg(unix)]
#[test]
fn a_named_pipe_in_place_of_a_user_file_is_set_aside_unread()
-> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let favourites = dir.path().join("favourites.ron");
    let app = dir.path().join("app.ron");
    for pipe in [&favourites, &app] {
        let made = std::process::Command::new("mkfifo").arg(pipe).status()?;
        assert!(made.success());
    }
    let (_, notice) = within(move || UserStore::at(favourites).load());
    assert!(notice.is_some_and(|n| n.contains("named pipe") && n.contains("kept as")));
    let settings = within(move || check_window_file(&app));
    assert!(matches!(settings, Settings::Reset(n) if n.contains("named pipe")));
    Ok(())
}

#[cfg(unix)]
#[test]
fn a_device_in_place_of_a_user_file_is_not_read() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("favourites.ron");
    std::os::unix::fs::symlink("/dev/zero", &path)?;
    let (_, notice) = within(move || UserStore::at(path).load());
    assert!(notice.is_some_and(|n| n.contains("a device")));
    Ok(())
}

#[test]
fn unknown_fields_are_kept_aside_not_dropped() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("favourites.ron");
    fs::write(&path, "(favourites: [\"angry\"], tags: [\"mine\"])")?;
    let (data, notice) = UserStore::at(path.clone()).load();
    assert_eq!(data, UserData::default());
    assert!(notice.is_some_and(|n| n.contains("kept as")));
    assert!(!path.exists());
    Ok(())
}

#[test]
fn a_byte_order_mark_is_accepted() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("favourites.ron");
    fs::write(&path, "\u{feff}(favourites: [\"angry\"])")?;
    let (data, notice) = UserStore::at(path).load();
    assert_eq!(
        (data.favourites.as_slice(), notice),
        (["angry".to_owned()].as_slice(), None)
    );
    Ok(())
}

/// A window entry as egui-winit 0.37 writes it, with these numbers.
fn window_entry(x: f32, y: f32, scale: f32, w: f32, h: f32) -> String {
    let entry = format!(
        "(normal_geometry: (outer_position_pixels: Some((x: {x:?}, y: {y:?})), \
         scale_factor: {scale:?}, inner_size_points: (x: {w:?}, y: {h:?})), \
         fullscreen: false, maximized: false)"
    );
    ron::ser::to_string(&std::collections::HashMap::from([("window", entry)])).unwrap_or_default()
}

#[test]
fn window_files_of_the_wrong_shape_are_set_aside() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("window.ron");
    for (text, kept) in [
        (window_entry(10.0, 20.0, 1.0, 1100.0, 760.0), true),
        (String::new(), true),
        ("{\"window\": \"(x: 1)\"}".to_owned(), false),
        (
            "{\"egui\": \"(options: (zoom_factor: 0.0))\"}".to_owned(),
            false,
        ),
        ("[1, 2, 3]".to_owned(), false),
        ("{\"window\": 7}".to_owned(), false),
        ("{\"window\": \"[[[\"}".to_owned(), false),
    ] {
        fs::write(&path, &text)?;
        let settings = check_window_file(&path);
        assert_eq!(
            matches!(settings, Settings::Use),
            kept,
            "{text}: {settings:?}"
        );
        assert_eq!(path.exists(), kept, "{text}");
    }
    Ok(())
}

proptest::proptest! {
    /// Any number in any field of the window entry: eframe is handed the file only when
    /// every number is one a screen can have (winit panics on 0, NaN, 1e30 and the
    /// like), and otherwise it is set aside.
    #[test]
    fn a_window_file_reaches_eframe_only_with_numbers_a_screen_can_have(
        which in 0usize..5,
        value in proptest::prop_oneof![
            proptest::num::f32::ANY,
            proptest::strategy::Just(0.0f32),
            proptest::strategy::Just(1e30f32),
            proptest::strategy::Just(1e-30f32),
            -1e6f32..1e6f32,
        ],
    ) {
        let mut numbers = [10.0f32, 20.0, 1.0, 1100.0, 760.0];
        numbers[which] = value;
        let [x, y, scale, w, h] = numbers;
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("window.ron");
        fs::write(&path, window_entry(x, y, scale, w, h))?;
        let used = matches!(check_window_file(&path), Settings::Use);
        let screen = |v: f32| v.is_finite() && v.abs() <= 100_000.0;
        let sane = screen(x)
            && screen(y)
            && (0.25..=8.0).contains(&scale)
            && (1.0..=100_000.0).contains(&w)
            && (1.0..=100_000.0).contains(&h);
        proptest::prop_assert_eq!(used, sane);
        proptest::prop_assert_eq!(path.exists(), sane);
    }
}

#[test]
fn ids_this_version_does_not_know_survive_a_save() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("favourites.ron");
    fs::write(
        &path,
        "(favourites: [\"card-from-a-newer-version\"], recent: [\"gone-too\"])",
    )?;
    let mut store = UserStore::at(path);
    let (mut data, _) = store.load();
    store.update(&mut data, |d| d.set_favourite("angry", true))?;
    let (saved, _) = store.load();
    assert_eq!(saved.favourites, ["card-from-a-newer-version", "angry"]);
    assert_eq!(saved.recent, ["gone-too"]);
    Ok(())
}

/// Two windows on one folder, each with its own copy: A stars *angry*, B (which loaded
/// before that) stars *rude*, then A un-stars *angry*. Nothing either did is undone.
#[test]
fn an_update_keeps_what_another_window_saved() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("favourites.ron");
    let (mut a, mut b) = (UserStore::at(path.clone()), UserStore::at(path));
    let (mut in_a, _) = a.load();
    let (mut in_b, _) = b.load();
    a.update(&mut in_a, |d| d.set_favourite("angry", true))?;
    b.update(&mut in_b, |d| d.set_favourite("rude", true))?;
    assert_eq!(in_b.favourites, ["angry", "rude"], "B shows A's star too");
    a.update(&mut in_a, |d| d.set_favourite("threatening", true))?;
    b.update(&mut in_b, |d| d.set_favourite("angry", false))?;
    assert_eq!(b.load().0.favourites, ["rude", "threatening"]);
    Ok(())
}

#[cfg(unix)]
#[test]
fn a_linked_file_stays_a_link_and_its_target_is_written() -> Result<(), Box<dyn std::error::Error>>
{
    let dir = tempfile::tempdir()?;
    let synced = dir.path().join("synced");
    fs::create_dir(&synced)?;
    let target = synced.join("favourites.ron");
    fs::write(&target, "(favourites: [\"rude\"])")?;
    let link = dir.path().join("favourites.ron");
    std::os::unix::fs::symlink("synced/favourites.ron", &link)?;
    let mut store = UserStore::at(link.clone());
    let (mut data, _) = store.load();
    store.update(&mut data, |d| d.set_favourite("angry", true))?;
    assert!(fs::symlink_metadata(&link)?.file_type().is_symlink());
    assert!(fs::read_to_string(&target)?.contains("angry"));
    Ok(())
}

/// A leftover or hostile file under any name a temporary file could take is never
/// opened nor removed: each write takes a fresh name of this process's own.
#[test]
fn writes_never_touch_another_files_temporary_name() -> Result<(), Box<dyn std::error::Error>> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join("favourites.ron");
    let other = dir.path().join("favourites.tmp");
    fs::write(&other, "another window's")?;
    let store = UserStore::at(path.clone());
    for n in 0..3 {
        let mut data = UserData::default();
        data.visited(&format!("item-{n}"));
        store.save(&data)?;
    }
    assert_eq!(fs::read_to_string(&other)?, "another window's");
    let names = names_in(dir.path());
    assert!(
        names
            .iter()
            .all(|n| !n.ends_with(".tmp") || n == "favourites.tmp"),
        "{names:?}"
    );
    Ok(())
}

#[test]
fn recent_is_most_recent_first_and_bounded() {
    let mut data = UserData::default();
    for i in 0..20 {
        data.visited(&format!("item-{i}"));
    }
    data.visited("item-15");
    assert_eq!(data.recent.len(), RECENT_LIMIT);
    assert_eq!(data.recent[0], "item-15");
}
