/**
 * The screens, the map and the print speak through the catalogues: a Chinese literal in their
 * code is a text the English interface would show in Chinese. Literals that are words of the
 * zh-CN catalogue are the roster's own vocabulary (公办, 是, 学校名称 …), compared with data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../../src/i18n/zh-CN/index.ts';

const ROOT = join(import.meta.dirname, '../../..');
const SCANNED = ['src/components', 'src/map', 'src/print'];

/** CJK ideographs, CJK punctuation (、。「」) and full-width forms (：（）；). */
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** Literals that are not interface texts, each with why. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  // The basemap provider's name, which its terms of use ask the map to credit as it writes it.
  'src/map/layers/basemap-layers.ts': ['© 天地图 Tianditu'],
  // The punctuation a line may not begin or end with when a document wraps Chinese text: the
  // characters themselves, which the typesetting rule compares with, never a text shown.
  'src/print/documents/wrap-text.ts': ['，。、；：？！）》」』】〕〉…—·％,.;:?!)]}%', '（《「『【〔〈([{'],
};

const CATALOGUE_WORDS = new Set<string>(Object.values(zhCN));

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every string literal, template part and JSX text of a file that holds Chinese, with its line. */
function chineseLiterals(file: string, text: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) return;
    const literal =
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node);
    if (literal && CHINESE.test(node.text)) {
      found.push({
        line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        text: node.text.trim(),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('Chinese literals in the screens, the map and the print', () => {
  it('are only the catalogue’s own words, or allowed with a reason', () => {
    const offending: string[] = [];
    for (const folder of SCANNED) {
      for (const path of sourceFiles(folder)) {
        const file = relative(ROOT, join(ROOT, path));
        for (const literal of chineseLiterals(file, readFileSync(join(ROOT, path), 'utf8'))) {
          if (CATALOGUE_WORDS.has(literal.text) || ALLOWED[file]?.includes(literal.text)) continue;
          offending.push(`${file}:${literal.line} ${JSON.stringify(literal.text)}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('are found in strings, templates and JSX text, but not in comments', () => {
    const code = [
      '// 注释里的中文不算',
      "const a = '公办';",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text holding a template
      'const b = `共 ${count} 所`;',
      'const c = <p>（示例）</p>;',
    ].join('\n');
    expect(chineseLiterals('x.tsx', code).map((literal) => literal.text)).toEqual([
      '公办',
      '共',
      '所',
      '（示例）',
    ]);
  });
});
