// Bundles the support network map for the hub: `npm run build` writes dist/, which src/Hub/Hub.csproj embeds in the hub.
// Every file but index.html carries a content hash in its name, so the hub can let browsers cache it for good.
import * as esbuild from 'esbuild';
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

// Where the hub serves dist/ (MapPage.AssetPath in src/Hub).
const publicPath = '/map/assets/';
const outdir = 'dist';

await rm(outdir, { recursive: true, force: true });
const result = await esbuild.build({
  entryPoints: { map: 'src/main.js' },
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outdir,
  entryNames: '[name]-[hash]',
  publicPath,
  metafile: true,
  logLevel: 'warning',
});
const [js, output] = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === 'src/main.js');
const css = output.cssBundle;
const html = (await readFile('src/index.html', 'utf8'))
  .replace('%MAP_JS%', publicPath + path.basename(js))
  .replace('%MAP_CSS%', publicPath + path.basename(css));
await writeFile(path.join(outdir, 'index.html'), html);
let bytes = html.length;
for (const file of Object.keys(result.metafile.outputs)) bytes += (await stat(file)).size;
console.log(`map: ${Object.keys(result.metafile.outputs).length + 1} files, ${(bytes / 1024).toFixed(0)} KiB in ${outdir}/`);
