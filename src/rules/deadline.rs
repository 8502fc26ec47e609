use super::{Context, Rule};
use crate::report::{Finding, Severity};

/// `deadline`: the call's deadline has not passed.
pub const RULE: Rule = Rule {
    id: "deadline",
    severity: Severity::Error,
    summary: "The call's deadline has not passed (warning when 3 days or fewer are left).",
    doc:
        "**What it checks.** Today's date where the call keeps its deadline (the profile's time zone; Geneva, \
`Europe/Zurich`, by default) against the deadline, which lasts to the end of that day. Passed is an error; \
today, tomorrow, or up to 3 days left is a warning. Today's date is the caller's to give: the page asks the \
browser for the date in the call's zone, the CLI works it out (summer time included, see `date::today_in`) \
unless `--today` is given.\n\n\
**Why.** Late contributions may not be considered; mail can take time to arrive.\n\n\
**Example.** Checked on 25 May 2024 against the 2024 call: *The deadline was 24 May 2024 (Geneva time); it has passed.*",
    check,
};

/// With this many days left or fewer, warn.
const SOON_DAYS: i64 = 3;

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let (Some(today), Some(deadline)) = (ctx.today, ctx.profile.deadline) else { return Vec::new() };
    let left = today.days_until(deadline);
    let f = |severity, key| {
        RULE.finding(severity, key).param("deadline", deadline).param("zone", ctx.profile.timezone.as_str())
    };
    match left {
        l if l < 0 => vec![f(Severity::Error, "deadline.passed")],
        0 => vec![f(Severity::Warning, "deadline.today")],
        1 => vec![f(Severity::Warning, "deadline.tomorrow")],
        l if l <= SOON_DAYS => vec![f(Severity::Warning, "deadline.soon").param("days", l)],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::rules::testing::*;
    use crate::sniff::Format;

    fn run(today: &str) -> Vec<&'static str> {
        let f = file("x.docx", Format::Docx);
        let p = profile(); // "by 24 May 2024"
        let doc = Document::default();
        keys(&check(&Context { today: today.parse().ok(), ..with_document(&f, &doc, &p) }))
    }

    #[test]
    fn counts_days_to_the_deadline() {
        assert!(run("2024-05-01").is_empty());
        assert!(run("2024-05-20").is_empty());
        assert_eq!(run("2024-05-21"), ["deadline.soon"]);
        assert_eq!(run("2024-05-22"), ["deadline.soon"]);
        assert_eq!(run("2024-05-23"), ["deadline.tomorrow"]);
        assert_eq!(run("2024-05-24"), ["deadline.today"]);
        assert_eq!(run("2024-05-25"), ["deadline.passed"]);
        assert_eq!(run("2025-01-01"), ["deadline.passed"]);
    }

    #[test]
    fn the_messages_name_the_day_and_geneva_in_each_language() {
        use crate::messages::{render, Lang};
        let f = file("x.docx", Format::Docx);
        let p = profile();
        let doc = Document::default();
        let found = check(&Context { today: "2024-05-25".parse().ok(), ..with_document(&f, &doc, &p) });
        assert_eq!(found[0].severity, Severity::Error);
        let say = |lang| render(lang, found[0].key, &found[0].params).0;
        assert_eq!(say(Lang::En), "The deadline was 24 May 2024 (Geneva time); it has passed.");
        assert_eq!(say(Lang::Fr), "La date limite était le 24 mai 2024 (heure de Genève)\u{202F}; elle est dépassée.");
        assert_eq!(say(Lang::Es), "El plazo terminó el 24 de mayo de 2024 (hora de Ginebra).");
        assert_eq!(say(Lang::Pt), "O prazo terminou em 24 de maio de 2024 (horário de Genebra).");
    }

    /// Across summer time: 24 May 2024 at 22:30 UTC is already 25 May in Geneva
    /// (`TZ=Europe/Zurich date -d @1716589800`), so the 2024 deadline has passed there.
    #[test]
    fn late_evening_utc_on_the_last_day_is_already_too_late_in_geneva() {
        let today = crate::date::today_in(&profile().timezone, 1_716_589_800);
        assert_eq!(run(&today.to_string()), ["deadline.passed"]);
        // Two hours earlier, 22:30 in Geneva: still the last day.
        let today = crate::date::today_in(&profile().timezone, 1_716_589_800 - 7200);
        assert_eq!(run(&today.to_string()), ["deadline.today"]);
    }
}
