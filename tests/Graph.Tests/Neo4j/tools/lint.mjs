// Cypher linter for Graph.Tests: checks the Cypher statements ResourceHub sends to
// Neo4j with Neo4j's own linter (@neo4j-cypher/language-support). It lints them as
// current Cypher (the library's default, CYPHER 5), offline, with no database schema.
//
//   node lint.mjs FILE      FILE = JSON array of Cypher statement strings
//
// Prints one JSON object to stdout (UTF-8, not escaped):
//   {"linter":"<package>@<version>","results":[{"statement":"...",
//     "errors":[{"message":"...","line":N,"column":N}],"warnings":[...]}]}
// line and column are 1-based. Each statement's own $parameters are declared to the
// linter, because without a schema it reports every $param as "not defined".
// Without a schema it also does not check labels, relationship types, or whether
// functions and procedures exist.
// Exit code is 0 whether or not anything was found (the C# test decides), and 2 only
// when FILE is missing, unreadable, or not a JSON array of strings.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// The package's ESM build uses extensionless imports that Node can't load; its CJS build works.
const require = createRequire(import.meta.url);
const PKG = '@neo4j-cypher/language-support';
const { lintCypherQuery, parseParameters } = require(PKG);
const pkgRoot = path.resolve(path.dirname(require.resolve(PKG)), '..', '..');
const { version } = JSON.parse(readFileSync(path.join(pkgRoot, 'package.json'), 'utf8'));

const file = process.argv[2];
let statements;
try {
  if (!file) throw new Error('usage: node lint.mjs FILE');
  statements = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(statements) || !statements.every((s) => typeof s === 'string')) {
    throw new Error(`${file}: expected a JSON array of strings`);
  }
} catch (e) {
  console.error(e.message);
  process.exit(2);
}

const ERROR = 1; // LSP DiagnosticSeverity.Error; anything else is reported as a warning
const toEntry = (d) => ({
  message: d.message,
  line: d.range.start.line + 1,
  column: d.range.start.character + 1,
});

const results = statements.map((statement) => {
  const parameters = Object.fromEntries(parseParameters(statement, false).map((p) => [p, null]));
  const diagnostics = lintCypherQuery(statement, { parameters });
  return {
    statement,
    errors: diagnostics.filter((d) => d.severity === ERROR).map(toEntry),
    warnings: diagnostics.filter((d) => d.severity !== ERROR).map(toEntry),
  };
});

process.stdout.write(JSON.stringify({ linter: `${PKG}@${version}`, results }) + '\n');
