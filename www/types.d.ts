// Types for what crosses the browser boundary: the report (docs/report-json.md), call profiles, the draft, and the <submission-checker> element.
// Hand-written to match src/report.rs, src/profile.rs and www/bindings.
// scripts/test checks `Report` against reports the core really produces:
// `cargo run --example report_samples` writes them as TypeScript, `tsc -p
// tests/types` type-checks them against this file, and `node
// tests/types/report-coverage.mjs` checks that each property and variant
// declared here occurs in one of them.

/** A language the checker speaks. */
export type Lang = 'ar' | 'en' | 'es' | 'fr' | 'pt' | 'ru' | 'zh';

/** How much a finding matters. */
export type Severity = 'error' | 'warning' | 'info';

/** A file's format, by content. */
export type Format =
  | 'docx'
  | 'docm'
  | 'doc'
  | 'encrypted-ooxml'
  | 'pdf'
  | 'odt'
  | 'rtf'
  | 'txt'
  | 'html'
  | 'image'
  | 'empty'
  | 'unknown';

/**
 * A part of the document outside its main text; `finding.place` puts it in words. `kind` is one
 * of `footnote`, `endnote`, `comment` (with `n`, 1-based), `document-javascript` (with its
 * `name`), `header`, `footer`, `text-box`, `watermark`, `document`, `page-action`,
 * `annotation-action`, `link-javascript`, `open-action`, `document-action`, `xfa-script`
 * (src/document.rs, `Part`; a string here, as the sample reports cannot reach every kind).
 */
export interface Part {
  kind: string;
  n?: number;
  name?: string;
}

/** Where something is in the document. Numbers are 1-based. */
export interface Location {
  page?: number;
  paragraph?: number;
  heading?: string;
  part?: Part;
  quote?: string;
}

/** What one rule found. */
export interface Finding {
  /** Stable rule id (`word-limit`). */
  rule: string;
  severity: Severity;
  /** What is wrong, in the report's language. */
  message: string;
  /** How to fix it, in the report's language (may be empty). */
  help: string;
  location?: Location;
  /** The location in words, in the report's language ("footnote 2, “Annex”"). */
  place?: string;
  /** The values the message was built from (dates as `YYYY-MM-DD`). */
  params: Record<string, number | string | string[]>;
  /** The message catalogue key (`word-limit.over`). */
  key: string;
}

export interface LanguageShare {
  /** ISO 639-1, or `und`. */
  code: string;
  words: number;
  /** 0 to 1. */
  share: number;
  sections: Location[];
}

/**
 * The main text's words under one heading (src/sections.rs). Each heading, of any level, starts
 * a section that runs to the next heading, so the sections add up to `words.body`; notes are not
 * in them.
 */
export interface Section {
  /** The heading, cut as a quote is; null for the text before the first heading. */
  heading: string | null;
  /** 1 = top; 0 for the text before the first heading. */
  level: number;
  words: number;
  /** Where the section begins: `page` (PDF) or `paragraph`; `quote` for the text before the first heading. */
  location: Location;
}

export interface LinkInfo {
  url: string;
  text: string;
  kind: 'external' | 'internal' | 'email' | 'file';
  /** Absent when there is nowhere to point (a link with no text before any heading). */
  location?: Location;
}

/** Everything the checker says about one file. More fields may be added. */
export interface Report {
  file: { name: string; bytes: number; format: Format; description?: string };
  /** The call profile's id. */
  call: string;
  lang: Lang;
  words: {
    body: number | null;
    notes: number | null;
    counted: number | null;
    limit: number | null;
    notes_counted: boolean;
  };
  /** Words per section, by heading, in document order; empty when the document has no headings. */
  sections: Section[];
  pages: number | null;
  title: string | null;
  language: { main: string | null; reliable: boolean; shares: LanguageShare[] };
  links: LinkInfo[];
  /** Most severe first. */
  findings: Finding[];
  /** True when no `error` finding remains and the file was read. */
  ready: boolean;
  /**
   * What a person reads first: `ready`; `ready-with-warnings` (the call's rules
   * are met, `ready` is true, but content in the file would be published with
   * it: comments, tracked changes, hidden text, macros, embedded files, PDF
   * annotations or scripts); `not-ready` (an error remains, or unreadable).
   */
  verdict: 'ready' | 'ready-with-warnings' | 'not-ready';
  /**
   * The rules whose findings, of any severity, are that content (`comments`, `tracked-changes`...; and
   * `personal-metadata` when the profile sets `clean_files_required`), in the report's order: what a clean
   * copy would remove. It can be non-empty on `not-ready`; the page offers the clean copy whenever it is.
   */
  would_publish: string[];
  /** RFC 6068 link, at most 1,800 characters; the cover note is shortened, never the subject. */
  mailto: string;
  /** Why the file could not be read, if it could not. */
  error?: { code: 'password-protected' | 'corrupt' | 'too-large' | 'unsupported'; detail: string };
}

/** A call's rules (docs/profiles.md). */
export interface CallProfile {
  id: string;
  title: string;
  issuer?: string;
  email?: string;
  cc?: string[];
  /** Shown to the contributor, never used as the recipient. */
  email_hint?: string;
  subject?: string;
  /** `YYYY-MM-DD`, inclusive. */
  deadline?: string;
  timezone?: string;
  word_limit?: number;
  notes_count?: boolean;
  formats?: Format[];
  languages?: string[];
  hyperlinks?: 'not-requested' | 'requested' | 'required';
  published_in_full?: boolean;
  clean_files_required?: boolean;
  /** `required`: the accessibility rules' warnings become errors. */
  accessibility?: 'not-stated' | 'required';
  max_attachment_bytes?: number;
  sources?: Record<string, string>;
}

/** Options for `check` and `draft`. */
export interface CheckOptions {
  /** `en`, `fr`, `es`, `pt` (a tag such as `fr-CH` is fine). */
  lang?: string;
  /** For the cover note. */
  organisation?: string;
  /** For the cover note. */
  contact?: string;
  /** `Date.now()`, for the draft's `Date:` header. */
  now?: number;
}

/** What `draft` returns. */
export interface Draft {
  mailto: string;
  /** RFC 5322 / MIME text (ASCII) with the file attached and `X-Unsent: 1`. */
  eml: string;
}

/**
 * The wasm bindings, for use without the element: `pkg/checker_wasm.js` reads DOCX and DOCM,
 * `pkg-pdf/pdf_wasm.js` PDF, `pkg-formats/formats_wasm.js` every format (with .doc and .odt).
 * Each module's default export is its wasm, one character per byte, for `initSync`.
 */
export interface CheckerBindings {
  check(bytes: Uint8Array, name: string, call: string | CallProfile, today: string, options?: CheckOptions): Report;
  /** Whether another module must read these bytes (a format the checker reads, but not this module). */
  elsewhere(bytes: Uint8Array): boolean;
  draft(bytes: Uint8Array, name: string, call: string | CallProfile, options?: CheckOptions): Draft;
  parseProfile(json: string): CallProfile;
}

/** What only `pkg-formats/formats_wasm.js` also answers (for tests: the page has these from its build). */
export interface InspectBindings extends CheckerBindings {
  profiles(): CallProfile[];
  /** The core's names for formats, file kinds and languages (`format.docx` → "Word (.docx)"). */
  texts(lang: string): Record<string, string>;
}

/** One kind of content a clean copy no longer holds (docs/clean-copy.md). */
export interface Removal {
  kind:
    | 'comments'
    | 'insertions'
    | 'deletions'
    | 'moves'
    | 'property-changes'
    | 'hidden-runs'
    | 'metadata-fields'
    | 'macro-parts'
    | 'annotations'
    | 'scripts'
    | 'embedded-files'
    | 'info-fields'
    | 'xmp-properties'
    | 'xmp-dropped'
    | 'decrypted'
    | 'signatures';
  count: number;
}

/** What `clean` returns: the copy, `NAME (clean).docx` or `.pdf`, and what went (kinds that had any). */
export interface CleanCopy {
  bytes: Uint8Array;
  name: string;
  format: 'docx' | 'pdf';
  removed: Removal[];
}

/**
 * The clean-copy module's bindings (`pkg-clean/clean_wasm.js`, imported on demand;
 * the copy is checked with {@link CheckerBindings}): `clean` throws an Error
 * whose message is `code: detail` (`unsupported`, `corrupt`, `too-large`,
 * `password-protected`).
 */
export interface CleanBindings {
  clean(bytes: Uint8Array, name: string): CleanCopy;
}

/** The `cleaned` event's detail: the clean copy made on the page and its report. */
export interface Cleaned {
  name: string;
  /** Bytes. */
  size: number;
  removed: Removal[];
  report: Report;
}

/**
 * `<submission-checker>`. Attributes: `call` (a built-in id such as
 * `emler-2024`), `email`, `cc`, `subject`, `word-limit`, `formats` (`word`,
 * `docx`, `pdf`...), `languages`, `deadline` (YYYY-MM-DD), `timezone`,
 * `call-title`, `lang` (ar, en, es, fr, pt, ru, zh), `heading-level` (1-5, default 2),
 * `choose-call` (offer the built-in calls), `today` (YYYY-MM-DD, for demos
 * and tests), `no-service-worker` (do not register sw.js, for a page with its
 * own service worker). Or a child `<script type="application/json">` holding a
 * {@link CallProfile}.
 *
 * Events (bubbling, composed): `checked` (detail: {@link Report}),
 * `draftready` (detail: `{ mailto }`), `langchange` (detail: `{ lang }`),
 * `cleaned` (detail: {@link Cleaned}, once "Make a clean copy" made and checked it).
 * The host gets `data-ready="true"` once its profile is loaded, or
 * `data-error="config"` when the profile is wrong, `data-prefetched="true"` once
 * the DOCX module was fetched in the page's quiet moment, and `data-offline="ready"`
 * once sw.js keeps its files for offline use.
 */
export declare class SubmissionCheckerElement extends HTMLElement {
  /** The validated call profile in use, or null before it is loaded. */
  readonly profile: CallProfile | null;
  /** The last report, or null. */
  readonly report: Report | null;
  /** The interface language in use. */
  readonly uiLang: Lang;
  /** Checks a file as if the person had chosen it; resolves to its report, or null when the check failed. */
  checkFile(file: File): Promise<Report | null>;
  /** Makes the clean copy of the chosen file, as the "Make a clean copy" button does (the `cleaned` event follows). */
  makeClean(): Promise<void>;
  /** Switches the interface and the rule messages. */
  setLang(lang: Lang): Promise<void>;
}

export interface SubmissionCheckerEventMap extends HTMLElementEventMap {
  checked: CustomEvent<Report>;
  draftready: CustomEvent<{ mailto: string }>;
  langchange: CustomEvent<{ lang: Lang }>;
  cleaned: CustomEvent<Cleaned>;
}

declare global {
  interface HTMLElementTagNameMap {
    'submission-checker': SubmissionCheckerElement;
  }
}
