// The report's JSON contract, second half. `tsc -p tests/types` checks that
// every report in generated/report-samples.ts (reports the core produced,
// written by `cargo run --example report_samples`) fits www/types.d.ts.
// This checks the other way, with the TypeScript compiler's
// own reading of the d.ts: every property declared in the `Report` tree, and
// every variant of its type (each string literal, `null` and not null, `true`
// and `false`, absent when optional), occurs in at least one of those reports.
// So the d.ts can neither lack what the core writes nor promise what it never
// writes. Run by scripts/test after tsc: `node tests/types/report-coverage.mjs`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = dirname(fileURLToPath(import.meta.url));
const typesFile = join(here, '..', '..', 'www', 'types.d.ts');
const samplesFile = join(here, 'generated', 'report-samples.json');

const program = ts.createProgram([typesFile], { strict: true, noEmit: true });
const checker = program.getTypeChecker();
const report = checker.getSymbolAtLocation(program.getSourceFile(typesFile))?.exports?.get('Report');
if (!report) throw new Error(`no exported Report in ${typesFile}`);

// Variants are counted per declaration, not per place of use: `Location.quote`
// is covered by a finding's location even though links' locations have none.
/** declaration (`Location.quote`, `Report.file.name`) → variants the d.ts declares. */
const declared = new Map();
/** path in a report (`report.findings[].location.quote`) → its declaration. */
const declarationAt = new Map();
/** object path → its declared properties (name → optional?). */
const shapes = new Map();
/** Paths whose objects are records (`Record<string, T>`): their keys are data. */
const records = new Set();
const declare = (key, variant) => declared.set(key, (declared.get(key) ?? new Set()).add(variant));

/** `Interface.property` when declared in a named interface, else the owner's key and the property. */
function keyOf(prop, ownerKey) {
  const owner = prop.declarations?.[0]?.parent;
  return owner && ts.isInterfaceDeclaration(owner) ? `${owner.name.text}.${prop.name}` : `${ownerKey}.${prop.name}`;
}

function walk(type, path, key) {
  declarationAt.set(path, key);
  for (const t of type.isUnion() ? type.types : [type]) {
    const f = t.flags;
    if (f & ts.TypeFlags.Undefined) continue; // an optional property: `absent` below
    if (f & ts.TypeFlags.Null) declare(key, 'null');
    else if (t.isStringLiteral()) declare(key, JSON.stringify(t.value));
    else if (t.isNumberLiteral()) declare(key, String(t.value));
    else if (f & ts.TypeFlags.BooleanLiteral) declare(key, checker.typeToString(t));
    else if (f & ts.TypeFlags.String) declare(key, 'string');
    else if (f & ts.TypeFlags.Number) declare(key, 'number');
    else if (checker.isArrayType(t)) {
      declare(key, 'array');
      walk(checker.getTypeArguments(t)[0], `${path}[]`, `${key}[]`);
    } else if (f & ts.TypeFlags.Object) {
      declare(key, 'object');
      const index = checker.getIndexInfosOfType(t).find((i) => i.keyType.flags & ts.TypeFlags.String);
      if (index) {
        records.add(path);
        walk(index.type, `${path}{}`, `${key}{}`);
      }
      const shape = new Map();
      for (const prop of checker.getPropertiesOfType(t)) {
        const optional = (prop.flags & ts.SymbolFlags.Optional) !== 0;
        const propKey = keyOf(prop, key);
        shape.set(prop.name, optional);
        if (optional) declare(propKey, 'absent');
        walk(checker.getTypeOfSymbol(prop), `${path}.${prop.name}`, propKey);
      }
      shapes.set(path, shape);
    } else throw new Error(`${path}: a type this check does not handle: ${checker.typeToString(t)}`);
  }
}
walk(checker.getDeclaredTypeOfSymbol(report), 'report', 'Report');

/** declaration → variants seen in the samples. */
const seen = new Map();
function see(path, variant) {
  const key = declarationAt.get(path);
  if (key) seen.set(key, (seen.get(key) ?? new Set()).add(variant)); // else undeclared: tsc reports it
}

function observe(value, path) {
  if (value === null) see(path, 'null');
  else if (Array.isArray(value)) {
    see(path, 'array');
    for (const v of value) observe(v, `${path}[]`);
  } else if (typeof value === 'object') {
    see(path, 'object');
    if (records.has(path)) for (const v of Object.values(value)) observe(v, `${path}{}`);
    else {
      for (const [k, v] of Object.entries(value)) observe(v, `${path}.${k}`);
      for (const [name, optional] of shapes.get(path) ?? []) {
        if (optional && !(name in value)) see(`${path}.${name}`, 'absent');
      }
    }
  } else if (typeof value === 'string') {
    see(path, 'string');
    see(path, JSON.stringify(value));
  } else if (typeof value === 'number') {
    see(path, 'number');
    see(path, String(value));
  } else if (typeof value === 'boolean') see(path, String(value));
  else throw new Error(`${path}: ${typeof value} in the samples`);
}

const samples = JSON.parse(readFileSync(samplesFile, 'utf8'));
for (const s of samples) observe(s, 'report');

const missing = [];
for (const [key, variants] of declared) {
  const unseen = [...variants].filter((v) => !seen.get(key)?.has(v));
  if (unseen.length > 0) missing.push(`  ${key}: ${unseen.join(', ')}`);
}
const count = [...declared.values()].reduce((n, v) => n + v.size, 0);
if (missing.length > 0) {
  console.error(
    `www/types.d.ts declares what none of the ${samples.length} reports in ${samplesFile} shows.\n` +
      'Either the d.ts promises something the core never writes (fix the d.ts), or examples/report_samples.rs\n' +
      'needs an input that makes it (add one):\n' +
      missing.join('\n'),
  );
  process.exit(1);
}
console.log(
  `report coverage: ${declared.size} declarations and ${count} variants of www/types.d.ts's Report, all seen in ${samples.length} reports the core produced`,
);
