// Asks a running hub for its whole schema with the full introspection query of npm graphql (every option on), as
// code generators and schema tools do, and checks that graphql-js can build a client schema from the answer:
//   node introspect.mjs http://127.0.0.1:PORT/graphql SCHEMA.graphql
// Prints the client schema as graphql-js prints it, and the published SDL printed the same way, to two files next
// to the SDL (.introspected.graphql, .published.graphql); exits 0 when both print alike.
import { readFile, writeFile } from 'node:fs/promises';
import { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema, validateSchema } from 'graphql';

const [url, sdlPath] = process.argv.slice(2);
if (!url || !sdlPath) {
  console.error('usage: node introspect.mjs http://127.0.0.1:PORT/graphql SCHEMA.graphql');
  process.exit(2);
}
const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query }),
});
const result = await response.json();
if (result.errors?.length) {
  console.error(`introspection answered errors (HTTP ${response.status}): ${JSON.stringify(result.errors).slice(0, 2000)}`);
  process.exit(1);
}
const client = buildClientSchema(result.data);
const problems = validateSchema(client);
if (problems.length) {
  console.error(`the introspected schema is not valid: ${problems.map((p) => p.message).join('; ')}`);
  process.exit(1);
}
const introspected = printSchema(client);
const published = printSchema(buildSchema(await readFile(sdlPath, 'utf8')));
await writeFile(`${process.env.OUT_DIR ?? '.'}/introspected.graphql`, introspected);
await writeFile(`${process.env.OUT_DIR ?? '.'}/published.graphql`, published);
console.log(`introspection: ${client.getTypeMap() ? Object.keys(client.getTypeMap()).length : 0} types, ${introspected.length} characters`);
if (introspected !== published) {
  console.error('the introspected schema differs from the published one');
  process.exit(1);
}
