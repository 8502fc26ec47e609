use super::{Context, Rule};
use crate::report::{Finding, Severity};

/// `deadline`: the call's deadline has not passed.
pub const RULE: Rule = Rule {
    id: "deadline",
    severity: Severity::Error,
    summary: "The call's deadline has not passed (warning when 3 days or fewer are left).",
    doc: "**What it checks.** Today's date where the call keeps its deadline (the profile's time zone, Geneva \
by default) against the deadline, which lasts to the end of that day. Passed is an error; today or up to \
3 days left is a warning.\n\n\
**Why.** Late contributions may not be considered; mail can take time to arrive.\n\n\
**Example.** Checked on 25 May 2024 against the 2024 call: *The deadline was 24 May 2024 (Geneva time); it has passed.*",
    check,
};

/// With this many days left or fewer, warn.
const SOON_DAYS: i64 = 3;

fn check(ctx: &Context<'_>) -> Vec<Finding> {
    let (Some(today), Some(deadline)) = (ctx.today, ctx.profile.deadline) else { return Vec::new() };
    let zone = ctx.profile.timezone.rsplit('/').next().unwrap_or(&ctx.profile.timezone).replace('_', " ");
    let left = today.days_until(deadline);
    let f = |severity, key| Finding::new(RULE.id, severity, key).param("deadline", deadline).param("zone", zone.as_str());
    match left {
        l if l < 0 => vec![f(Severity::Error, "deadline.passed")],
        0 => vec![f(Severity::Warning, "deadline.today")],
        l if l <= SOON_DAYS => vec![f(Severity::Warning, "deadline.soon").param("days", l)],
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::LanguageInfo;
    use crate::rules::testing::*;
    use crate::sniff::Format;

    fn run(today: &str) -> Vec<&'static str> {
        let f = file("x.docx", Format::Docx);
        let p = profile(); // "by 24 May 2024"
        let l = LanguageInfo::default();
        keys(&check(&Context { file: &f, document: None, error: None, words: None, language: &l, profile: &p, today: today.parse().ok() }))
    }

    #[test]
    fn counts_days_to_the_deadline() {
        assert!(run("2024-05-01").is_empty());
        assert!(run("2024-05-20").is_empty());
        assert_eq!(run("2024-05-21"), ["deadline.soon"]);
        assert_eq!(run("2024-05-24"), ["deadline.today"]);
        assert_eq!(run("2024-05-25"), ["deadline.passed"]);
    }
}
