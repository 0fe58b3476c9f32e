/**
 * Bundles the production server (server.ts and the workspace packages it imports, which ship
 * TypeScript source) into build/node/server.js, so that production runs plain `node` with no
 * TypeScript loader. The AI engines' worker thread (phase-worker.js) and the password-reset command
 * (user-reset-password.js) are bundled beside it, and the database migrations are copied next to them (see `bundled-paths` in packages/db and packages/api).
 *
 * npm packages stay external and load from node_modules at run time: PGlite and argon2 find their
 * WASM and native files relative to themselves, the PDF fonts and the JSON Resume schema are
 * resolved by package name. A package is bundled only when the importing workspace package sees a
 * copy of it that the bundle's folder would not (a version nested under packages/x/node_modules or
 * shadowed in apps/web/node_modules): the bundle must run the code each package was tested with.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = path.resolve(webDir, '../..');
const outDir = path.join(webDir, 'build/node');
const hoisted = path.join(repoDir, 'node_modules') + path.sep;

/** The package name of a bare import: `@scope/name/sub` -> `@scope/name`, `name/sub` -> `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

const fromWebDir = createRequire(path.join(webDir, 'package.json'));

/** Where the bundle's folder would load a package from at run time, or null if it cannot see it. */
function resolvedFromWeb(name: string): string | null {
  try {
    return path.dirname(fromWebDir.resolve(`${name}/package.json`));
  } catch {
    // Packages without an exported package.json: fall back to the folder that would hold them.
    for (const base of [path.join(webDir, 'node_modules'), path.join(repoDir, 'node_modules')]) {
      if (existsSync(path.join(base, name))) return path.join(base, name);
    }
    return null;
  }
}

const externalWhereSafe: Plugin = {
  name: 'external-where-safe',
  setup(bundler) {
    bundler.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'inner' || args.path.startsWith('node:') || args.path.startsWith('@jobforge/')) return;
      const resolved = await bundler.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'inner',
      });
      if (resolved.errors.length > 0 || !resolved.path.startsWith(hoisted)) return resolved;
      const name = packageName(args.path);
      const seenFromWeb = resolvedFromWeb(name);
      if (seenFromWeb !== path.join(hoisted, name)) return resolved;
      return { path: args.path, external: true };
    });
  },
};

rmSync(outDir, { recursive: true, force: true });
await build({
  entryPoints: {
    server: path.join(webDir, 'server.ts'),
    'phase-worker': path.join(repoDir, 'packages/api/src/ai/phase-pool/phase-worker.ts'),
    // The operator's command for servers without SMTP_URL (`npm run user:reset-password` from source).
    'user-reset-password': path.join(repoDir, 'scripts/user-reset-password.ts'),
    // The compose stack's one-off migration step, run as the owner role (`npm run db:migrate` from source).
    'db-migrate': path.join(repoDir, 'packages/db/src/cli/migrate.ts'),
  },
  outdir: outDir,
  bundle: true,
  // Code behind a dynamic import (the PDF and Word renderers) stays a chunk of its own, loaded on first use.
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [externalWhereSafe],
  // Tells the modules that find files relative to themselves that they run from this folder.
  define: { __JOBFORGE_BUNDLED__: 'true' },
  // Bundled CommonJS code may call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as __jobforgeCreateRequire } from 'node:module'; const require = __jobforgeCreateRequire(import.meta.url);",
  },
});
cpSync(path.join(repoDir, 'packages/db/migrations'), path.join(outDir, 'migrations'), { recursive: true });
console.log(`Server bundle written to ${path.relative(process.cwd(), outDir) || '.'}`);
