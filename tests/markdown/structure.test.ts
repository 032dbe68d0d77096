import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import matter from 'gray-matter';
import * as yaml from 'js-yaml';
import type { Nodes, Root } from 'mdast';
import { annotate } from '../../scripts/annotate/index.ts';
import type { AnnotationResult } from '../../scripts/annotate/types.ts';
import { planAnnotations, stripAnnotations, toArticleMarkdown } from '../../scripts/annotate/markdown/index.ts';
import { markdownProcessor } from '../../scripts/annotate/markdown/markdown-processor.ts';
import { bodyWithRandomAnnotations } from './arbitraries.ts';
import { seedSources } from './seeds.ts';

const seeds = seedSources().map((seed) => {
  const result = annotate(seed.body, seed.facts);
  const markdown = toArticleMarkdown(seed.body, seed.facts, result, { slug: seed.slug, source: `content/sources/${seed.name}` });
  return { ...seed, result, markdown };
});

function split(markdown: string) {
  const parsed = matter(markdown, { engines: { yaml: (text: string) => yaml.load(text) as object } } as never);
  return { data: parsed.data as Record<string, unknown>, tree: markdownProcessor().parse(parsed.content) as Root };
}

interface Found {
  type: string;
  name: string;
  attributes: Record<string, string | null | undefined>;
  /** Offsets into the body of the directive's content. */
  start: number;
  end: number;
}

/** Every directive in the body with the body offsets of its content, rebuilt from the gaps. */
function directivesWithOffsets(markdown: string): Found[] {
  const { data, tree } = split(markdown);
  const gaps = data.gaps as string[];
  const found: Found[] = [];
  let offset = 0;
  const walk = (node: Nodes): void => {
    if ('value' in node) {
      offset += node.value.length;
      return;
    }
    // Stands for one character markdown cannot carry (see build-body-tree.ts).
    if (node.type === 'textDirective' && node.name === 'char') {
      offset += String.fromCodePoint(Number.parseInt(node.attributes?.code ?? '0', 16)).length;
      return;
    }
    const start = offset;
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
    if (node.type === 'textDirective' || node.type === 'leafDirective') {
      found.push({ type: node.type, name: node.name, attributes: node.attributes ?? {}, start, end: offset });
    }
  };
  tree.children.forEach((block, index) => {
    offset += gaps[index].length;
    walk(block);
  });
  return found;
}

describe('toArticleMarkdown', () => {
  it('writes the same bytes for the same input', () => {
    for (const seed of seeds) {
      const again = toArticleMarkdown(seed.body, seed.facts, annotate(seed.body, seed.facts), { slug: seed.slug, source: `content/sources/${seed.name}` });
      expect(again).toBe(seed.markdown);
    }
  });

  it('writes the same bytes for the same random input', () => {
    fc.assert(
      fc.property(bodyWithRandomAnnotations, ({ body, result }) => {
        const options = { slug: 'a', source: 'b.md' };
        return toArticleMarkdown(body, { published: '2022-01-01' }, result, options) === toArticleMarkdown(body, { published: '2022-01-01' }, structuredClone(result), options);
      }),
      { numRuns: 100 },
    );
  });

  it('puts the facts and the whole annotation result in the front matter, keys in a fixed order', () => {
    for (const seed of seeds) {
      const { data } = split(seed.markdown);
      expect(Object.keys(data)).toEqual([
        'title', 'outlet', 'url', 'published', 'language', 'slug', 'source', 'sourceHash', 'generator', 'generatorVersion',
        'paragraphs', 'gaps', 'dateline', 'speakers', 'statements', 'claims', 'events', 'mentions',
      ]);
      expect(data.published).toBe(seed.facts.published);
      expect(seed.markdown).toMatch(/^published: '\d{4}-\d{2}-\d{2}'$/m);
      expect(data.generator).toBe('readout');
      expect(data.sourceHash).toMatch(/^[0-9a-f]{64}$/);
      expect(data.statements).toEqual(seed.result.statements);
      expect(data.claims).toEqual(seed.result.claims);
      expect(data.paragraphs).toEqual(seed.result.paragraphs);
      expect(data.events).toEqual(seed.result.events);
    }
  });

  it('writes one block per paragraph, and every line that is not body text as a noise directive', () => {
    for (const seed of seeds) {
      const { tree } = split(seed.markdown);
      expect(tree.children).toHaveLength(seed.result.paragraphs.length);
      tree.children.forEach((block, index) => {
        const paragraph = seed.result.paragraphs[index];
        if (paragraph.type === 'body') {
          expect(block.type).toBe('paragraph');
        } else {
          expect(block).toMatchObject({ type: 'leafDirective', name: 'noise', attributes: { type: paragraph.type } });
        }
      });
    }
    const credit = seeds.find((seed) => seed.body.startsWith('Photo:Xinhua'));
    expect(credit?.markdown).toContain('::noise[Photo\\:Xinhua]{type="credit"}');
  });

  it('marks every statement with its id, kind and speaker as attributes, over exactly its words', () => {
    for (const seed of seeds) {
      const directives = directivesWithOffsets(seed.markdown);
      for (const statement of seed.result.statements) {
        expect(seed.markdown).toContain(`id="${statement.id}"`);
        const marks = directives.filter((d) => d.name === 'statement' && d.attributes.id === statement.id);
        expect(marks.length).toBeGreaterThan(0);
        expect(marks[0].attributes).toEqual({ id: statement.id, kind: statement.kind, speaker: statement.speaker.id });
        expect(marks.map((mark) => seed.body.slice(mark.start, mark.end)).join('')).toBe(statement.text.replace(/\s*[\r\n]\s*/g, ''));
      }
    }
  });

  it('marks the speaker, the cue and an explicit date of a statement where the text gives them', () => {
    const wire = seeds.find((seed) => seed.body.includes('Wang Wenbin said at Friday'));
    expect(wire).toBeDefined();
    const markdown = wire!.markdown;
    const statement = wire!.result.statements.find((s) => s.text.startsWith('China highly appreciates'))!;
    expect(markdown).toContain(
      `:speaker[Wang Wenbin]{ref="wang-wenbin"} :cue[said]{statement="${statement.id}"} :date[at Friday's media briefing]{value="2022-10-28" precision="day"} that :statement[China highly appreciates`,
    );
    for (const claim of wire!.result.claims.filter((c) => !c.attributed)) expect(markdown).toContain(`id="${claim.id}" speaker="${claim.speaker}"`);
  });

  it('marks a dateline as noise inside its paragraph', () => {
    const body = 'MOSCOW, Oct. 23 (Xinhua) -- Russian Foreign Minister Sergei Lavrov said on Sunday that talks will go on.\n';
    const result = annotate(body, { published: '2022-10-23' });
    expect(result.dateline).not.toBeNull();
    const markdown = toArticleMarkdown(body, { published: '2022-10-23' }, result, { slug: 'a', source: 'a.md' });
    expect(markdown).toContain(':noise[MOSCOW, Oct. 23 (Xinhua) --]{type="dateline"}');
    expect(stripAnnotations(markdown)).toBe(body);
  });

  it('never writes crossing markup: every directive lies inside or outside each other one', () => {
    const check = (body: string, result: AnnotationResult) => {
      const markdown = toArticleMarkdown(body, { published: '2022-01-01' }, result, { slug: 'a', source: 'a.md' });
      const planned = planAnnotations(body, result);
      for (const a of planned) {
        for (const b of planned) {
          if (a.paragraph !== b.paragraph) continue;
          const crossing = a.start < b.start && b.start < a.end && a.end < b.end;
          if (crossing) return false;
        }
      }
      // What was planned is what the markdown reads back as, at the same offsets.
      const found = directivesWithOffsets(markdown).filter((d) => d.type === 'textDirective' && d.name !== 'char');
      const key = (d: { name: string; start: number; end: number }) => `${d.name}:${d.start}:${d.end}`;
      return JSON.stringify(found.map(key).sort()) === JSON.stringify(planned.map(key).sort());
    };
    for (const seed of seeds) expect(check(seed.body, seed.result)).toBe(true);
    fc.assert(fc.property(bodyWithRandomAnnotations, ({ body, result }) => check(body, result)), { numRuns: 300 });
  });

  it('drops the lower-priority annotation of two that cross, and keeps it in the front matter', () => {
    const body = 'Wang Wenbin said China welcomes it.';
    const result = annotate(body, { published: '2022-10-28' });
    const crossing: AnnotationResult = {
      ...result,
      // Crosses the speaker's name "Wang Wenbin" (0–11) and holds the cue "said" (12–16).
      claims: [{ id: 'c-1a', text: 'Wenbin said', start: 5, end: 16, speaker: 'the-outlet', attributed: false, statement: null }],
    };
    const markdown = toArticleMarkdown(body, { published: '2022-10-28' }, crossing, { slug: 'a', source: 'a.md' });
    expect(result.statements[0]).toMatchObject({ text: 'China welcomes it', speakerMention: { start: 0, end: 11 }, cue: 'said' });
    const names = directivesWithOffsets(markdown).map((d) => d.name);
    expect(names).toContain('cue');
    expect(names).toContain('statement');
    expect(names).toContain('claim');
    expect(names).not.toContain('speaker');
    expect(split(markdown).data.claims).toEqual(crossing.claims);
  });
});
