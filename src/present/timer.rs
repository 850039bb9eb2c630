//! The trainer's clock: elapsed time that can pause and reset, and the pace against the
//! deck's planned minutes. Times are seconds passed in by the caller (egui's clock),
//! so tests drive time by hand.

use crate::content::model::Slide;

/// Minutes planned before slide `index` of a `total`-minute class: the slides' own
/// minutes where every slide gives them, else an even share of the total.
pub fn minutes_before(slides: &[Slide], total: u32, index: usize) -> f64 {
    let index = index.min(slides.len());
    if slides.iter().all(|s| s.minutes.is_some()) {
        slides[..index]
            .iter()
            .filter_map(|s| s.minutes)
            .map(f64::from)
            .sum()
    } else {
        f64::from(total) * index as f64 / slides.len() as f64
    }
}

/// Elapsed presentation time, paused or running.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Timer {
    /// Seconds counted before the current run.
    banked: f64,
    /// When the current run started; none while paused.
    since: Option<f64>,
}

impl Timer {
    /// A timer running from `now`.
    pub fn start(now: f64) -> Self {
        Self {
            banked: 0.0,
            since: Some(now),
        }
    }

    /// Seconds counted so far; a clock that went backwards counts as no time.
    pub fn elapsed(&self, now: f64) -> f64 {
        self.banked + self.since.map_or(0.0, |since| (now - since).max(0.0))
    }

    pub fn paused(&self) -> bool {
        self.since.is_none()
    }

    /// Pauses a running timer, resumes a paused one.
    pub fn toggle(&mut self, now: f64) {
        match self.since {
            Some(_) => {
                self.banked = self.elapsed(now);
                self.since = None;
            }
            None => self.since = Some(now),
        }
    }

    /// Back to zero, still paused or running as it was.
    pub fn reset(&mut self, now: f64) {
        self.banked = 0.0;
        if self.since.is_some() {
            self.since = Some(now);
        }
    }
}

/// Where the trainer stands against the deck's estimated minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pace {
    /// Within a minute of the plan.
    OnTime,
    /// This many whole minutes later than the plan.
    Behind(u32),
    /// This many whole minutes earlier than the plan.
    Ahead(u32),
}

impl Pace {
    /// The pace after `elapsed` seconds where the plan says `planned` minutes should be
    /// spent by now. A difference under a whole minute is on time.
    pub fn of(elapsed: f64, planned: f64) -> Self {
        let late = elapsed - planned * 60.0;
        // Whole minutes, saturating: a timer left running for days still reads sanely.
        let whole = (late.abs() / 60.0).floor().min(f64::from(u32::MAX)) as u32;
        match whole {
            0 => Self::OnTime,
            m if late > 0.0 => Self::Behind(m),
            m => Self::Ahead(m),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_pauses_resumes_and_resets() {
        let mut timer = Timer::start(100.0);
        assert_eq!(timer.elapsed(130.0), 30.0);
        timer.toggle(130.0);
        assert!(timer.paused());
        assert_eq!(timer.elapsed(500.0), 30.0);
        timer.toggle(500.0);
        assert_eq!(timer.elapsed(510.0), 40.0);
        timer.reset(510.0);
        assert!(!timer.paused());
        assert_eq!(timer.elapsed(515.0), 5.0);
        timer.toggle(515.0);
        timer.reset(600.0);
        assert!(timer.paused(), "reset keeps a paused timer paused");
        assert_eq!(timer.elapsed(700.0), 0.0);
        assert_eq!(Timer::start(10.0).elapsed(5.0), 0.0, "a clock going back");
    }

    fn slide(minutes: Option<u32>) -> Slide {
        Slide {
            show: crate::content::model::Show::Card("angry".to_owned()),
            minutes,
            notes: None,
            questions: Vec::new(),
            answers: Vec::new(),
            roleplay: None,
            reveal_steps: false,
        }
    }

    #[test]
    fn pace_is_whole_minutes_against_the_plan() {
        // Page 5 of 10 in a 40-minute class is due at 20 minutes.
        let even = vec![slide(None); 10];
        let due = minutes_before(&even, 40, 5);
        assert_eq!(due, 20.0);
        assert_eq!(Pace::of(20.0 * 60.0, due), Pace::OnTime);
        assert_eq!(Pace::of(20.0 * 60.0 + 59.0, due), Pace::OnTime);
        assert_eq!(Pace::of(20.0 * 60.0 - 59.0, due), Pace::OnTime);
        assert_eq!(Pace::of(22.5 * 60.0, due), Pace::Behind(2));
        assert_eq!(Pace::of(17.0 * 60.0, due), Pace::Ahead(3));
        assert_eq!(Pace::of(0.0, minutes_before(&even, 40, 0)), Pace::OnTime);
        assert_eq!(Pace::of(90.0, minutes_before(&[], 40, 0)), Pace::Behind(1));
    }

    #[test]
    fn slides_with_their_own_minutes_set_the_plan() {
        // A 2-minute opening and a 15-minute role-play: the third slide is due at 17.
        let timed = [slide(Some(2)), slide(Some(15)), slide(Some(3))];
        assert_eq!(minutes_before(&timed, 20, 1), 2.0);
        assert_eq!(minutes_before(&timed, 20, 2), 17.0);
        assert_eq!(
            Pace::of(10.0 * 60.0, minutes_before(&timed, 20, 2)),
            Pace::Ahead(7)
        );
        assert_eq!(
            minutes_before(&timed, 20, 9),
            20.0,
            "past the end: the whole class"
        );
        // One slide without minutes: an even share, as before.
        let mixed = [slide(Some(2)), slide(None)];
        assert_eq!(minutes_before(&mixed, 20, 1), 10.0);
    }
}
