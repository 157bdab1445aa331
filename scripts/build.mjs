// Builds the Apps Script bundle (build/) and the command line (dist/cli.js).
// Apps Script only sees top-level function declarations, so the IIFE bundle gets one forwarding
// function per export of src/gas/main.ts; nothing else leaks into the global scope.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const gasEntry = join(root, 'src/gas/main.ts');
const buildDir = join(root, 'build');

async function exportedNames(entry) {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'unused',
    logLevel: 'silent',
  });
  return Object.values(result.metafile.outputs).flatMap((output) => output.exports ?? []);
}

/**
 * keepNames makes esbuild wrap every function that takes its name from where it stands, object keys
 * included: `title: n((e) => …, "title")`. A key is never minified, and an anonymous function written
 * as a key's value is named after the key by the language itself, so those wrappers change nothing:
 * they are cut out (by the syntax tree, not by pattern), which keeps Code.js some kilobytes smaller.
 */
function dropRedundantNames(code) {
  const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
  // The helper esbuild emits: `var n = (e, t) => d(e, "name", { value: t, configurable: !0 })`.
  let helper = null;
  const cuts = [];
  const visit = (node) => {
    if (
      !helper &&
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      ts.isArrowFunction(node.initializer) &&
      /^\w+\(\w+,"name",\{value:\w+,configurable:!0\}\)$/.test(node.initializer.body.getText(source))
    ) {
      helper = node.name.text;
    }
    if (
      helper &&
      ts.isPropertyAssignment(node) &&
      (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) &&
      ts.isCallExpression(node.initializer) &&
      ts.isIdentifier(node.initializer.expression) &&
      node.initializer.expression.text === helper &&
      node.initializer.arguments.length === 2
    ) {
      const [fn, name] = node.initializer.arguments;
      const anonymous = ts.isArrowFunction(fn) || (ts.isFunctionExpression(fn) && !fn.name);
      if (anonymous && ts.isStringLiteral(name) && name.text === node.name.text) {
        cuts.push([node.initializer.getStart(source), fn.getStart(source)], [fn.end, node.initializer.end]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = '';
  let at = 0;
  for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, start);
    at = end;
  }
  return out + code.slice(at);
}

async function buildGas() {
  rmSync(buildDir, { recursive: true, force: true });
  mkdirSync(buildDir, { recursive: true });
  const names = await exportedNames(gasEntry);
  const stubs = names.map((name) => `function ${name}() { return __App.${name}.apply(this, arguments); }`);
  const bundle = await esbuild.build({
    entryPoints: [gasEntry],
    bundle: true,
    format: 'iife',
    globalName: '__App',
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    // Apps Script parses the whole file on every run (build/Code.js stays at most 250 KB): whitespace
    // goes, syntax and local names are shortened; keepNames keeps every function's and class's name,
    // which is what V8 prints in a stack trace.
    minifyWhitespace: true,
    minifySyntax: true,
    minifyIdentifiers: true,
    keepNames: true,
    write: false,
    outfile: join(buildDir, 'Code.js'),
    footer: { js: stubs.join('\n') },
    logLevel: 'warning',
  });
  writeFileSync(join(buildDir, 'Code.js'), dropRedundantNames(bundle.outputFiles[0].text));
  copyFileSync(join(root, 'appsscript.json'), join(buildDir, 'appsscript.json'));
  const uiDir = join(root, 'src/gas/ui');
  if (existsSync(uiDir)) {
    // Apps Script serves each page as it is: the parts every page shares (_*.html) are written into
    // it where a line says `<!-- include _name.html -->`, and are not pushed on their own.
    const pages = readdirSync(uiDir).filter((name) => name.endsWith('.html') && !name.startsWith('_'));
    for (const page of pages) {
      const html = readFileSync(join(uiDir, page), 'utf8').replace(
        /^<!-- include (_[\w-]+\.html) -->\r?\n/gm,
        (_, part) => readFileSync(join(uiDir, part), 'utf8'),
      );
      // A line the pattern missed would ship as a comment, and the page without its helpers.
      if (html.includes('<!-- include'))
        throw new Error(`src/gas/ui/${page}: an include line was not replaced`);
      writeFileSync(join(buildDir, page), html);
    }
  }
  return names;
}

async function buildCli() {
  await esbuild.build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    charset: 'utf8',
    outfile: join(root, 'dist/cli.js'),
    logLevel: 'warning',
  });
}

const names = await buildGas();
await buildCli();
console.log(`build/Code.js: ${names.length} entry points; dist/cli.js: command line`);
