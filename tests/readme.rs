//! The README's shortcut table is generated from `UiCommand`; this keeps the two in sync.

use defuse::{strings::Strings, ui::command::UiCommand};

#[test]
fn readme_shortcut_table_matches_the_commands() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md is readable");
    let begin = "<!-- shortcuts:begin -->\n";
    let start = readme.find(begin).expect("the shortcuts:begin marker") + begin.len();
    let end = readme
        .find("<!-- shortcuts:end -->")
        .expect("the shortcuts:end marker");
    assert_eq!(
        &readme[start..end],
        UiCommand::markdown_table(&Strings::default()),
        "run `defuse shortcuts` and paste its output into README.md"
    );
}
