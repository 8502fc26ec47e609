# Subject: each trigram profile as one string instead of 300 Trigram(..) values
#
# Why: size of the browser's wasm. Upstream's src/trigrams/profiles.rs holds
# each language's profile as `&[Trigram]`, 300 `Trigram(char, char, char)` of
# 12 bytes each: 184 KB of data in the wasm. As one `&str` of the same
# trigrams in the same order (three chars each, 1-3 bytes per char) it is
# 60 KB. Readers iterate a profile with the new `profile_trigrams`; patch 0003
# (the profile index) is the only one.
#
# A mechanical rewrite of a generated 15,583-line file, so it is this script,
# not a diff: it rewrites upstream's file in place (run in the crate's root
# by scripts/third-party) and fails if the file is not shaped as expected.
#
# Measured (www/pkg/checker_bg.wasm after scripts/build-web, December 2026):
# upstream whatlang 1,034,375 B raw / 387,647 B gzip -9; with this step (and
# the two-line change to detection.rs it needs, which 0003 replaces)
# 911,299 B / 381,716 B: 5,931 B of gzip (123 KB raw; builds of the same
# source in two directories differed by up to 185 B of gzip).
import re
import sys

PATH = "src/trigrams/profiles.rs"
PER_LINE = 20  # trigrams per string literal line

src = open(PATH, encoding="utf-8").read().split("\n")
header = [
    "// NOTE:",
    "//    This file is generated automatically.",
    "",
    "use crate::Lang;",
    "use crate::trigrams::Trigram;",
    "",
    "pub type LangProfile = &'static [Trigram];",
    "pub type LangProfileList = &'static [(Lang, LangProfile)];",
]
if src[: len(header)] != header:
    sys.exit(f"{PATH}: not upstream's header; update this script")

out = [
    "// NOTE:",
    "//    Generated from upstream whatlang 0.18.0's profiles.rs (the same trigrams",
    "//    in the same order). Fork: each profile is one string of 300 trigrams,",
    "//    three chars each, instead of 300 `Trigram(char, char, char)` (12 bytes",
    "//    each): 60 KB of data instead of 184 KB in the browser's wasm.",
    "",
    "use crate::Lang;",
    "use crate::trigrams::Trigram;",
    "",
    "/// A language's trigrams, most frequent first: each three `char`s of the string is one.",
    "pub type LangProfile = &'static str;",
    "pub type LangProfileList = &'static [(Lang, LangProfile)];",
    "",
    "/// The trigrams of `profile`, most frequent first.",
    "pub fn profile_trigrams(profile: LangProfile) -> impl Iterator<Item = Trigram> {",
    "    let mut chars = profile.chars();",
    "    std::iter::from_fn(move || Some(Trigram(chars.next()?, chars.next()?, chars.next()?)))",
    "}",
]
trigram = re.compile(r"^ {12}Trigram\('(.)', '(.)', '(.)'\),$")
profile = None
for n, line in enumerate(src[len(header) :], len(header) + 1):
    if profile is None:
        if line == "        &[":
            profile = []
        elif "Trigram" in line or "\\" in line or '"' in line:
            sys.exit(f"{PATH}:{n}: unexpected line: {line}")
        else:
            out.append(line)
    elif line == "        ],":
        out.append("        concat!(")
        for i in range(0, len(profile), PER_LINE):
            out.append('            "' + "".join(profile[i : i + PER_LINE]) + '",')
        out.append("        ),")
        profile = None
    else:
        m = trigram.match(line)
        if not m or any(c in "\\\"" for c in m.groups()):
            sys.exit(f"{PATH}:{n}: not a plain Trigram line: {line}")
        profile.append("".join(m.groups()))
if profile is not None:
    sys.exit(f"{PATH}: a profile is not closed")
open(PATH, "w", encoding="utf-8").write("\n".join(out))
