//! Trainer mode's presentation model: the pages a deck or item projects, their
//! splitting when too long, and the state the keys drive. Pure and egui-free, so the
//! slides, the presenter view and their tests all read the same state.

mod page;
mod paginate;
mod state;
mod timer;

pub use page::{Block, Heading, Page, PageKind, Part, item_page, slide_page, slide_title};
pub use paginate::{Measure, Split, paginate};
pub use state::{Action, Presentation, Screen, Upcoming};
pub use timer::{Pace, Timer};
