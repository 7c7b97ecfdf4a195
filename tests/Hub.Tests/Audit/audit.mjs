// Runs the GraphQL-over-HTTP audit suite of graphql-http against a running server.
//   node audit.mjs http://127.0.0.1:PORT/graphql
// Prints one line per audit ("ok|warn|notice|error <id> <name>", a failure followed by its reason),
// then "audit: N ok, N warn, N notice, N error of 61"; exits 0 only when every audit is ok.
import { auditServer } from 'graphql-http';

const expected = 61;
const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs http://127.0.0.1:PORT/graphql');
  process.exit(2);
}

let results;
try {
  results = await auditServer({ url });
} catch (err) {
  // auditServer throws only when a request could not be made at all (server down, connection reset).
  console.error(`audit: could not run against ${url}: ${err?.cause?.message ?? err?.message ?? err}`);
  process.exit(2);
}

const counts = { ok: 0, warn: 0, notice: 0, error: 0 };
for (const result of results) {
  counts[result.status]++;
  const line = `${result.status} ${result.id} ${result.name}`;
  if (result.status === 'ok') {
    console.log(line);
  } else {
    let body = '';
    try {
      body = (await result.response.text()).slice(0, 300);
    } catch {
      // the body was already read by the audit
    }
    console.log(`${line} — ${result.reason} (HTTP ${result.response.status}${body ? `: ${body}` : ''})`);
  }
}
console.log(
  `audit: ${counts.ok} ok, ${counts.warn} warn, ${counts.notice} notice, ${counts.error} error of ${results.length}`,
);
process.exit(counts.ok === expected && results.length === expected ? 0 : 1);
