/**
 * Finds every regular expression in the repository's TypeScript: literals (`/.../g`) and
 * `RegExp(...)` / `new RegExp(...)` calls. A constructor's pattern is resolved when it is built from
 * string literals, templates and `const` strings of the same file; anything else is reported as
 * dynamic, so a person must look at it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  file: string;
  line: number;
  /** null when the pattern is computed at run time and could not be resolved. */
  source: string | null;
  flags: string;
  /** The expression as written, for messages. */
  text: string;
  /** Comment text just above or on the line (a `// regex-safe:` note). */
  note: string | null;
}

/** A comment that vouches for a pattern recheck cannot prove safe, on its line or up to three above. */
const NOTE = '// regex-safe: ';

const SKIP_DIRECTORIES = new Set(['node_modules', 'build', 'dist', '.turbo', '.jobforge', 'coverage', '.git', 'docs']);

/** Every .ts/.tsx file under `root`, except generated and installed code. */
export function sourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIP_DIRECTORIES.has(entry.name)) walk(path.join(dir, entry.name));
      } else if (/\.(?:ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        files.push(path.join(dir, entry.name));
      }
    }
  };
  walk(root);
  return files.sort();
}

export function regexesIn(file: string, text = readFileSync(file, 'utf8')): FoundRegex[] {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file));
  const constants = new Map<string, ts.Expression>();
  const found: FoundRegex[] = [];

  const collectConstants = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const list = node.parent;
      if (ts.isVariableDeclarationList(list) && list.flags & ts.NodeFlags.Const) {
        constants.set(node.name.text, node.initializer);
      }
    }
    ts.forEachChild(node, collectConstants);
  };
  collectConstants(sourceFile);

  const resolve = (expression: ts.Expression, depth = 0): string | null => {
    if (depth > 10) return null;
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return expression.text;
    if (ts.isParenthesizedExpression(expression)) return resolve(expression.expression, depth + 1);
    if (ts.isTemplateExpression(expression)) {
      let result = expression.head.text;
      for (const span of expression.templateSpans) {
        const part = resolve(span.expression, depth + 1);
        if (part === null) return null;
        result += part + span.literal.text;
      }
      return result;
    }
    if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = resolve(expression.left, depth + 1);
      const right = resolve(expression.right, depth + 1);
      return left === null || right === null ? null : left + right;
    }
    if (ts.isIdentifier(expression)) {
      const initializer = constants.get(expression.text);
      return initializer ? resolve(initializer, depth + 1) : null;
    }
    return null;
  };

  const noteFor = (node: ts.Node): string | null => {
    const start = node.getStart(sourceFile);
    const { line } = sourceFile.getLineAndCharacterOfPosition(start);
    const lines = text.split('\n');
    for (let i = line; i >= Math.max(0, line - 3); i--) {
      const at = (lines[i] ?? '').indexOf(NOTE);
      if (at !== -1) return lines[i]!.slice(at + NOTE.length).trim();
    }
    return null;
  };

  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = (node as ts.RegularExpressionLiteral).text;
      const end = literal.lastIndexOf('/');
      found.push({
        file,
        line: lineOf(sourceFile, node),
        source: literal.slice(1, end),
        flags: literal.slice(end + 1),
        text: literal,
        note: noteFor(node),
      });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [patternArgument, flagsArgument] = node.arguments ?? [];
      const flags = flagsArgument ? resolve(flagsArgument) : '';
      const source = patternArgument ? resolve(patternArgument) : '';
      found.push({
        file,
        line: lineOf(sourceFile, node),
        source: flags === null ? null : source,
        flags: flags ?? '',
        text: node.getText(sourceFile).slice(0, 160),
        note: noteFor(node),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function lineOf(sourceFile: ts.SourceFile, node: ts.Node): number {
  return sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
}

function scriptKind(file: string): ts.ScriptKind {
  return file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
}
