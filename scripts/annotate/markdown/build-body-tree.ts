import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { LeafDirective, TextDirective } from 'mdast-util-directive';
import type { AnnotationResult } from '../types.ts';
import type { PlannedAnnotation } from './plan-annotations.ts';

/**
 * The name of the text directive that stands for one character markdown cannot carry as itself.
 * CommonMark replaces U+0000 with U+FFFD when it reads, and a character reference to it is read the
 * same way, so `:char{code="0"}` (the code point in hex) is the only exact spelling.
 */
export const CHAR_DIRECTIVE = 'char';

const UNREPRESENTABLE = /\u0000/g;

/**
 * The article body as an mdast tree: one block per paragraph, in order. Paragraphs that are not the
 * article's own text become `::noise[…]{type="…"}` leaf directives; body paragraphs become
 * paragraphs whose text carries the planned inline directives, nested by span.
 */
export function buildBodyTree(body: string, result: AnnotationResult, annotations: readonly PlannedAnnotation[]): Root {
  const children: RootContent[] = result.paragraphs.map((paragraph, index) => {
    if (paragraph.type !== 'body') {
      const noise: LeafDirective = {
        type: 'leafDirective',
        name: 'noise',
        attributes: { type: paragraph.type },
        children: textNodes(body.slice(paragraph.start, paragraph.end)),
      };
      return noise;
    }
    const inside = annotations
      .filter((annotation) => annotation.paragraph === index)
      .sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
    return { type: 'paragraph', children: phrasing(body, paragraph.start, paragraph.end, inside) };
  });
  return { type: 'root', children };
}

/** Text from `start` to `end` with `annotations` (sorted, nested, all within the range) as directives. */
function phrasing(body: string, start: number, end: number, annotations: readonly PlannedAnnotation[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let cursor = start;
  let index = 0;
  while (index < annotations.length) {
    const outer = annotations[index];
    let next = index + 1;
    while (next < annotations.length && annotations[next].start < outer.end) next++;
    out.push(...textNodes(body.slice(cursor, outer.start)));
    const directive: TextDirective = {
      type: 'textDirective',
      name: outer.name,
      attributes: { ...outer.attributes },
      children: phrasing(body, outer.start, outer.end, annotations.slice(index + 1, next)),
    };
    out.push(directive);
    cursor = outer.end;
    index = next;
  }
  out.push(...textNodes(body.slice(cursor, end)));
  return out;
}

function textNodes(text: string): PhrasingContent[] {
  if (!text.includes('\u0000')) return text ? [{ type: 'text', value: text }] : [];
  const out: PhrasingContent[] = [];
  let cursor = 0;
  for (const match of text.matchAll(UNREPRESENTABLE)) {
    if (match.index > cursor) out.push({ type: 'text', value: text.slice(cursor, match.index) });
    const char: TextDirective = { type: 'textDirective', name: CHAR_DIRECTIVE, attributes: { code: match[0].codePointAt(0)!.toString(16) }, children: [] };
    out.push(char);
    cursor = match.index + match[0].length;
  }
  if (cursor < text.length) out.push({ type: 'text', value: text.slice(cursor) });
  return out;
}
