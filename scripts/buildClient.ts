// The client package, @movies-supergraph/client (client/package.json), built into client/dist/:
//   - index.js: client/communicate.ts and what it imports in one ES module (esbuild), p-retry
//     included, so the package has no dependencies and installs offline from its tarball;
//   - index.d.ts and types/: its type declarations (the TypeScript compiler), which import nothing
//     outside the package.
// Part of `npm run build`; `npm pack ./client` then makes the tarball other projects install.
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';
import { repoRoot } from '../core/paths.js';

export const clientDir = path.join(repoRoot, 'client');
const clientDistDir = path.join(clientDir, 'dist');
const entry = path.join(clientDir, 'communicate.ts');

/** Declarations of the entry and what it imports, under dist/types/ (mirroring the repository's folders). */
function declarations(outDir: string): string[] {
  const options: ts.CompilerOptions = {
    declaration: true,
    emitDeclarationOnly: true,
    outDir,
    rootDir: repoRoot,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts'],
    types: ['node'],
    strict: true,
    skipLibCheck: true,
    verbatimModuleSyntax: true,
  };
  const program = ts.createProgram([entry], options);
  const written: string[] = [];
  const result = program.emit(undefined, (file, text) => {
    written.push(file);
    ts.sys.writeFile(file, text);
  });
  const problems = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  if (problems.length) throw new Error(ts.formatDiagnostics(problems, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => repoRoot, getNewLine: () => '\n' }));
  return written;
}

/** A bare import (a package) in a declaration would need that package installed beside ours. */
async function assertSelfContained(files: string[]): Promise<void> {
  for (const file of files) {
    const text = await fs.readFile(file, 'utf8');
    for (const [, specifier] of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      if (!specifier!.startsWith('.')) throw new Error(`${path.relative(repoRoot, file)} imports ${specifier}: the package's types must stand alone`);
    }
  }
}

/** The licences of the npm packages bundled into index.js (p-retry and its own), which travel with their code. */
async function notices(inputs: string[]): Promise<string> {
  const packages = [...new Set(inputs.map((input) => /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1]).filter((dir): dir is string => !!dir))].sort();
  const parts = await Promise.all(
    packages.map(async (dir) => {
      const { name, version, license } = JSON.parse(await fs.readFile(path.join(repoRoot, dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
      const file = (await fs.readdir(path.join(repoRoot, dir))).find((f) => /^licen[cs]e/i.test(f));
      const text = file ? await fs.readFile(path.join(repoRoot, dir, file), 'utf8') : `License: ${license ?? 'see the package'}`;
      return `${name}@${version} (${license ?? 'unknown'})\n\n${text.trim()}\n`;
    }),
  );
  return `dist/index.js bundles these npm packages:\n\n${parts.join('\n---\n\n')}`;
}

/** Build into `outDir` (client/dist/ for the package; tests build a copy elsewhere). */
export async function buildClient(outDir = clientDistDir): Promise<{ files: string[]; ms: number }> {
  const started = performance.now();
  await fs.rm(outDir, { recursive: true, force: true });
  const bundle = await build({
    entryPoints: [entry],
    outfile: path.join(outDir, 'index.js'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    metafile: true,
    legalComments: 'inline',
    logLevel: 'warning',
  });
  // Only Node's own modules may stay imports: anything else would be a dependency to install.
  const imports = Object.values(bundle.metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external && !i.path.startsWith('node:')));
  if (imports.length) throw new Error(`The client bundle imports ${imports.map((i) => i.path).join(', ')}: bundle or drop them`);
  await fs.writeFile(path.join(outDir, 'THIRD-PARTY-NOTICES.txt'), await notices(Object.keys(bundle.metafile.inputs)));
  const typesDir = path.join(outDir, 'types');
  const typeFiles = declarations(typesDir);
  await assertSelfContained(typeFiles);
  await fs.writeFile(path.join(outDir, 'index.d.ts'), "export * from './types/client/communicate.js';\n");
  return { files: [path.join(outDir, 'index.js'), path.join(outDir, 'index.d.ts'), ...typeFiles], ms: Math.round(performance.now() - started) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { files, ms } = await buildClient();
  console.log(`Built the client package (${files.length} files) into client/dist/ in ${ms} ms`);
}
