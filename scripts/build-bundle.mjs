// Bundles the CLI with esbuild (runs after tsc and build-validators): dist/cli.js, the program npm installs, and
// its chunks in dist/chunks/. A command opens a handful of files: dist/cli.js, the main chunk (commander, every
// command, the whole core), and only the chunks of the heavy code that command uses. The rest of dist/ (tsc's
// output) serves the scripts, benchmarks and tests; the CLI never loads it.
//
// - Heavy code (HEAVY: the `yaml` and js-yaml parsers, markdown-it, the Handlebars compiler, exceljs, docx, the
//   terminal prompts, the precompiled templates, the French, Spanish and Arabic catalogs) stays behind the dynamic `import()` that reaches it, in chunks
//   loaded when a command needs them. Every other `import('./x.js')` of the sources becomes a static import, so
//   the light code is one chunk rather than dozens of small shared ones. src/cli.ts and what it imports keep
//   their dynamic imports: `--version` loads nothing else. The source modules kept behind a dynamic import are
//   loaded through one hub per set of heavy packages they bring (all that bring docx, all that bring yaml…):
//   esbuild splits what they share with the main chunk by entry, so fewer entries make fewer small chunks.
// - Two modules are replaced with what the build made: src/load/precompiled-validators.ts (the schema validators
//   compiled by build-validators, bundled in) and src/load/precompiled-templates.ts (every template and partial
//   compiled with Handlebars.precompile, and the stylesheets), so rendering needs the Handlebars runtime only.
// - Writes dist/bundle-meta.json (esbuild's metafile: which sources each output holds), from which
//   build-clean-cache lists the bundle files the validator is made of.
import { Buffer } from 'node:buffer';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { build } from 'esbuild';
import { precompileTemplate } from '../dist/report/precompile.js';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const ENTRY = 'src/cli.ts';
const VALIDATORS_MODULE = 'src/load/precompiled-validators.ts';
const TEMPLATES_MODULE = 'src/load/precompiled-templates.ts';
/** The formats templates are compiled for: a template's name says its format (`x.md.hbs`, else HTML). */
const FORMATS = ['md', 'html'];
/** Inputs that make a module heavy: kept out of the main chunk, loaded only through a dynamic import. */
const HEAVY = [
  /node_modules\/(yaml|js-yaml|markdown-it|exceljs|docx|@inquirer\/[^/]+|tinyglobby)\//,
  /node_modules\/handlebars\/(lib\/|dist\/cjs\/handlebars\.js|dist\/cjs\/handlebars\/compiler\/)/,
  new RegExp(`^${TEMPLATES_MODULE.replaceAll('.', '\\.')}$`),
  // The translated message catalogs: a run loads its own language's only (i18n/index.ts, loadLanguage).
  /^src\/i18n\/(fr|es|ar)\.ts$/,
];
/** `import('./x.js')` and `import('../x.js')` in a value position (not `typeof import(...)`). */
const DYNAMIC_IMPORT = /(?<![\w$.]|typeof\s)import\(\s*'(\.\.?\/[^']+)'\s*\)/g;

const options = {
  absWorkingDir: root,
  entryPoints: [ENTRY],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  metafile: true,
  // Less to read and parse at every start; names are kept, so a --debug stack trace still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  // Packages written as CommonJS require Node's modules: give every output file a `require`.
  banner: {
    js: "import { createRequire as __opscCreateRequire } from 'node:module'; const require = __opscCreateRequire(import.meta.url);",
  },
};

const baked = bakedModules();
// First pass: the module graph as the sources write it, to tell light modules from heavy ones.
const graph = (await build({ ...options, write: false, outdir: dist, plugins: [baked] })).metafile;
const inMain = mainModules(graph);
const hubs = heavyHubs(graph, inMain);
const startup = staticClosure(graph, ENTRY);

rmSync(join(dist, 'chunks'), { recursive: true, force: true });
const { metafile } = await build({
  ...options,
  outdir: dist,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [baked, lightImportsStatic(inMain, startup, hubs)],
});
dropUnusedRequire(metafile);
writeFileSync(join(dist, 'bundle-meta.json'), JSON.stringify(metafile));
// paths.ts finds the package root two folders up from its own file: it must be in a chunk, not in dist/cli.js.
if ('src/load/paths.ts' in (metafile.outputs['dist/cli.js']?.inputs ?? {}))
  throw new Error('build-bundle: src/load/paths.ts landed in dist/cli.js; it must stay in dist/chunks/');

/**
 * Takes the banner (a `require` made with createRequire) out of every output file that never names `require`: most
 * chunks hold no CommonJS, and a run loads twenty of them, each paying for the import of node:module and the call.
 * The metafile's byte counts follow.
 */
function dropUnusedRequire(meta) {
  const banner = `${options.banner.js}\n`;
  for (const [file, out] of Object.entries(meta.outputs)) {
    if (!file.endsWith('.js')) continue;
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    const at = text.indexOf(banner);
    if (at < 0 || /\brequire\b/.test(text.slice(at + banner.length))) continue;
    const kept = text.slice(0, at) + text.slice(at + banner.length);
    writeFileSync(path, kept);
    out.bytes = Buffer.byteLength(kept);
  }
}

/** The plugin replacing the two modules the build fills in (see the top of this file). */
function bakedModules() {
  const generated = join(dist, 'validate', 'generated');
  const contents = {
    // Each validator's code runs on its first use (esbuild turns each require into a call of the bundled module):
    // `validate` of a checklist never evaluates the answers and translation validators and their schemas.
    [VALIDATORS_MODULE]: [
      `const validators = { ${['checklist', 'answers', 'checklist-translation']
        .map((n) => `${JSON.stringify(n)}: () => require(${JSON.stringify(join(generated, `${n}.cjs`))})`)
        .join(', ')} };`,
      'export function precompiledValidator(name) { return Object.hasOwn(validators, name) ? validators[name]() : undefined; }',
    ].join('\n'),
    // One chunk of compiled templates per format: an HTML page never parses the Markdown templates, nor the reverse.
    [TEMPLATES_MODULE]: `export const BUNDLED_TEMPLATES = { ${FORMATS.map(
      (f) => `${f}: () => import(${JSON.stringify(`opsc-templates:${f}`)}).then((m) => m.TEMPLATES)`,
    ).join(', ')} };`,
  };
  return {
    name: 'opsc-baked',
    setup(b) {
      b.onResolve({ filter: /^opsc-templates:/ }, (args) => ({
        path: args.path,
        namespace: 'opsc-templates',
      }));
      b.onLoad({ filter: /.*/, namespace: 'opsc-templates' }, (args) => ({
        contents: `export const TEMPLATES = ${templatesCode(args.path.slice('opsc-templates:'.length))};`,
        loader: 'js',
        resolveDir: root,
      }));
      b.onLoad({ filter: /src[\\/]load[\\/]precompiled-(validators|templates)\.ts$/ }, (args) => ({
        contents: contents[relative(root, args.path).replaceAll('\\', '/')],
        loader: 'js',
        resolveDir: dirname(args.path),
      }));
    },
  };
}

/**
 * The bundled templates of one format (compiled for it), the partials compiled for it (all but those named for the
 * other format) and the stylesheets, as code.
 */
function templatesCode(format) {
  const dir = join(root, 'templates');
  const compiled = (source, formats) =>
    `{ guidance: ${source.includes('guidanceHtml')}, precompiled: { ${formats
      .map((f) => `${f}: ${precompileTemplate(source, f)}`)
      .join(', ')} } }`;
  const entries = (names, fn) => names.map((n) => `${JSON.stringify(n)}: ${fn(n)}`).join(',\n');
  const files = readdirSync(dir).sort();
  const templates = entries(
    files.filter((n) => n.endsWith('.hbs') && (/\.md\.hbs$/.test(n) ? 'md' : 'html') === format),
    (n) => compiled(readFileSync(join(dir, n), 'utf8'), [format]),
  );
  const partialNames = readdirSync(join(dir, 'partials'))
    .filter((n) => n.endsWith('.hbs'))
    .sort();
  // A partial named for one format (md-…, compare-html-…) is compiled for that format only, the others for both.
  const partials = partialNames
    .filter((n) => !/(^|-)(md|html)-/.test(n) || n.includes(`${format}-`))
    .map((n) => {
      const source = readFileSync(join(dir, 'partials', n), 'utf8');
      return `${JSON.stringify(n.replace(/\.hbs$/, ''))}: ${compiled(source, [format])}`;
    })
    .join(',\n');
  const styles = entries(
    files.filter((n) => n.endsWith('.css')),
    (n) => JSON.stringify(readFileSync(join(dir, n), 'utf8')),
  );
  return `{\ntemplates: {\n${templates}\n},\npartials: {\n${partials}\n},\nstyles: {\n${styles}\n}\n}`;
}

/** The inputs reached from `start` through static imports and requires (not dynamic imports). */
function staticClosure(meta, start) {
  const seen = new Set();
  const todo = [start];
  while (todo.length > 0) {
    const path = todo.pop();
    if (seen.has(path) || !meta.inputs[path]) continue;
    seen.add(path);
    for (const i of meta.inputs[path].imports)
      if (i.kind === 'import-statement' || i.kind === 'require-call') todo.push(i.path);
  }
  return seen;
}

/** The heavy inputs among `paths`. */
function heavyIn(paths) {
  return [...paths].filter((p) => HEAVY.some((h) => h.test(p)));
}

/** The relative dynamic imports of a source module, as the paths of the sources they name. */
function dynamicTargets(file) {
  if (!file.startsWith('src/') || !file.endsWith('.ts')) return [];
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(DYNAMIC_IMPORT)].map((m) => sourceOf(file, m[1]));
}

function sourceOf(importer, spec) {
  return join(dirname(importer), spec).replaceAll('\\', '/').replace(/\.js$/, '.ts');
}

/**
 * The source modules whose dynamic imports become static: starting from what src/main.ts imports statically, every
 * module a dynamic import names is taken in (with all it imports) unless that would bring heavy code the main chunk
 * does not hold already; until nothing more is taken in.
 */
function mainModules(meta) {
  const main = staticClosure(meta, 'src/main.ts');
  const heavyInMain = new Set(heavyIn(main));
  let grew = true;
  while (grew) {
    grew = false;
    for (const file of [...main])
      for (const target of dynamicTargets(file)) {
        if (main.has(target) || !meta.inputs[target]) continue;
        const closure = staticClosure(meta, target);
        if (heavyIn(closure).some((h) => !heavyInMain.has(h))) continue;
        for (const p of closure) main.add(p);
        grew = true;
      }
  }
  return main;
}

/** The plugin turning each dynamic import of a light source module into a static one (see the top of this file). */
/** The heavy packages (by name) among `paths`. */
function heavyPackages(paths) {
  return [
    ...new Set(heavyIn(paths).map((p) => /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(p)?.[1] ?? p)),
  ].sort();
}

/**
 * The source modules a dynamic import keeps out of the main chunk, grouped by the heavy packages they bring: each
 * group is loaded through one module (a hub) re-exporting them, so that esbuild's chunks are split by a few groups,
 * not by every such module.
 */
function heavyHubs(meta, main) {
  const heavyInMain = new Set(heavyPackages(main));
  const byKey = new Map();
  for (const file of Object.keys(meta.inputs))
    for (const target of dynamicTargets(file)) {
      if (main.has(target) || !meta.inputs[target] || target === TEMPLATES_MODULE) continue;
      const key = heavyPackages(staticClosure(meta, target))
        .filter((p) => !heavyInMain.has(p))
        .join('+');
      if (!byKey.has(key)) byKey.set(key, new Set());
      byKey.get(key).add(target);
    }
  const hubs = new Map();
  [...byKey.values()].forEach((targets, i) =>
    [...targets]
      .sort()
      .forEach((t, j) => hubs.set(t, { hub: `opsc-hub:${i}`, name: `m${j}`, members: targets })),
  );
  return hubs;
}

function lightImportsStatic(main, keep, hubs) {
  return {
    name: 'opsc-light-imports-static',
    setup(b) {
      b.onResolve({ filter: /^opsc-hub:/ }, (args) => ({ path: args.path, namespace: 'opsc-hub' }));
      b.onLoad({ filter: /.*/, namespace: 'opsc-hub' }, (args) => {
        const members = [...hubs.values()].find((h) => h.hub === args.path)?.members ?? new Set();
        const lines = [...members]
          .sort()
          .map((t, j) => `export * as m${j} from ${JSON.stringify(join(root, t))};`);
        return { contents: lines.join('\n'), loader: 'js', resolveDir: root };
      });
      b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
        const file = relative(root, args.path).replaceAll('\\', '/');
        if (keep.has(file) || file === VALIDATORS_MODULE || file === TEMPLATES_MODULE) return undefined;
        const source = readFileSync(args.path, 'utf8');
        const added = [];
        const contents = source.replace(DYNAMIC_IMPORT, (whole, spec) => {
          const hub = hubs.get(sourceOf(file, spec));
          if (hub) return `import(${JSON.stringify(hub.hub)}).then((hub) => hub.${hub.name})`;
          if (!main.has(sourceOf(file, spec))) return whole;
          const name = `__opscStatic${added.length}`;
          added.push(`import * as ${name} from ${JSON.stringify(spec)};`);
          return `Promise.resolve(${name})`;
        });
        return added.length === 0
          ? undefined
          : { contents: `${added.join('\n')}\n${contents}`, loader: 'ts' };
      });
    },
  };
}
