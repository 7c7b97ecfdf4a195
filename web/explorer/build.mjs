// Bundles GraphiQL for the hub: `npm run build` writes dist/, which src/Hub/Hub.csproj embeds in the hub.
// Every file but index.html carries a content hash in its name, so the hub can let browsers cache it for good.
import * as esbuild from 'esbuild';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

// Where the hub serves dist/ (ExplorerPage.AssetPath in src/Hub).
const publicPath = '/graphql/explorer/';
const outdir = 'dist';

const common = {
  bundle: true,
  minify: true,
  target: 'es2022',
  outdir,
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  chunkNames: '[name]-[hash]',
  metafile: true,
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

// graphiql/style.css already holds Monaco's styles (and its icon font, inline); the CSS files Monaco's
// modules import would only repeat them.
const skipMonacoCss = {
  name: 'skip-monaco-css',
  setup(build) {
    build.onResolve({ filter: /\.css$/ }, (args) =>
      args.importer.includes(`${path.sep}monaco-editor${path.sep}`) ? { path: args.path, namespace: 'empty-css' } : undefined);
    build.onLoad({ filter: /.*/, namespace: 'empty-css' }, () => ({ contents: '', loader: 'css' }));
  },
};

const outputsOf = (result, entry) => Object.entries(result.metafile.outputs)
  .filter(([, output]) => output.entryPoint === entry)
  .map(([file]) => path.basename(file));

await rm(outdir, { recursive: true, force: true });

// Monaco asks for a worker by label: 'graphql', 'json', or anything else for the plain editor worker.
const workerEntries = {
  editor: 'node_modules/monaco-editor/esm/vs/editor/editor.worker.js',
  json: 'node_modules/monaco-editor/esm/vs/language/json/json.worker.js',
  graphql: 'node_modules/monaco-graphql/esm/graphql.worker.js',
};
const workerResult = await esbuild.build({
  ...common,
  entryPoints: Object.fromEntries(Object.entries(workerEntries).map(([label, entry]) => [`${label}.worker`, entry])),
  format: 'iife',
  plugins: [skipMonacoCss],
});
const workers = Object.fromEntries(Object.entries(workerEntries).map(([label, entry]) => [label, outputsOf(workerResult, entry)[0]]));

const mainResult = await esbuild.build({
  ...common,
  entryPoints: { main: 'src/main.jsx' },
  format: 'esm',
  splitting: true,
  jsx: 'automatic',
  loader: { '.graphql': 'text', '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
  publicPath,
  define: { ...common.define, __EXPLORER_WORKERS__: JSON.stringify(workers) },
  plugins: [skipMonacoCss],
});
const main = Object.entries(mainResult.metafile.outputs).find(([, output]) => output.entryPoint === 'src/main.jsx');
const mainJs = path.basename(main[0]);
const mainCss = path.basename(main[1].cssBundle);

const html = (await readFile('src/index.html', 'utf8'))
  .replace('%MAIN_JS%', publicPath + mainJs)
  .replace('%MAIN_CSS%', publicPath + mainCss);
await writeFile(path.join(outdir, 'index.html'), html);

// Monaco's lazily loaded modules leave empty CSS files behind (their CSS was skipped above); nothing links them.
let files = 1;
let bytes = html.length;
for (const file of Object.keys({ ...workerResult.metafile.outputs, ...mainResult.metafile.outputs })) {
  const { size } = await stat(file);
  if (size === 0 && file.endsWith('.css')) await rm(file);
  else { files++; bytes += size; }
}
console.log(`explorer: ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB in ${outdir}/ (${mainJs}, ${mainCss})`);
