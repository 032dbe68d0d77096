/**
 * Turns the annotation directives of `content/articles/*.md` into accessible HTML.
 *
 * Runs after `remark-directive`. The article's front matter (statements and speakers) supplies what
 * the directives only point at: who the speaker is, their country and the resolved date, so that
 * each statement can carry a visible note without a script.
 */
import type { Root, RootContent, Parent } from 'mdast';
import type { VFile } from 'vfile';
import { countryClass, countryName } from '../lib/countries.ts';
import { formatStatementDate } from '../lib/dates.ts';
import { kindLabel, noiseLabel } from '../lib/labels.ts';

/** The parts of an article's front matter the renderer reads. */
export interface ReadoutFrontmatter {
  statements?: Array<{
    id: string;
    kind: 'direct' | 'indirect' | 'mixed';
    speaker: { id: string; name: string; country: string | null };
    date: { value: string; precision: 'day' | 'week' | 'month' | 'year' } | null;
  }>;
  speakers?: Array<{ id: string; name: string; country: string | null }>;
}

export interface RemarkReadoutOptions {
  /**
   * `article` renders the reading view (anchors, focus stops and notes); `excerpt` renders a
   * paragraph quoted elsewhere, without ids so that nothing clashes with the page around it.
   */
  mode?: 'article' | 'excerpt';
  /** Front matter to use instead of the one Astro attaches to the file. */
  frontmatter?: ReadoutFrontmatter;
  /** In excerpt mode, the statement to emphasise. */
  current?: string;
  /** Prefix for links (the site's base path). */
  base?: string;
}

interface DirectiveNode extends Parent {
  type: 'textDirective' | 'leafDirective' | 'containerDirective';
  name: string;
  attributes?: Record<string, string | null | undefined> | null;
  data?: Record<string, unknown>;
}

type HastChild = { type: 'text'; value: string } | { type: 'element'; tagName: string; properties: Record<string, unknown>; children: HastChild[] };

const text = (value: string): HastChild => ({ type: 'text', value });
const el = (tagName: string, properties: Record<string, unknown>, children: HastChild[]): HastChild => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** An mdast node that mdast-util-to-hast turns into the given element and children verbatim. */
function hastNode(tagName: string, properties: Record<string, unknown>, children: HastChild[]): RootContent {
  return { type: 'readoutHtml', data: { hName: tagName, hProperties: properties, hChildren: children } } as unknown as RootContent;
}

/** The literal text of a text directive we do not handle: `:name[label]{attrs}`. */
function restoreTextDirective(node: DirectiveNode): RootContent[] {
  const attrs = Object.entries(node.attributes ?? {});
  const attrText = attrs.length ? `{${attrs.map(([k, v]) => (v ? `${k}="${v}"` : k)).join(' ')}}` : '';
  const out: RootContent[] = [{ type: 'text', value: `:${node.name}${node.children.length ? '[' : ''}` }];
  if (node.children.length) out.push(...(node.children as RootContent[]), { type: 'text', value: ']' });
  if (attrText) out.push({ type: 'text', value: attrText });
  return out;
}

function isDirective(node: RootContent): node is RootContent & DirectiveNode {
  return node.type === 'textDirective' || node.type === 'leafDirective' || node.type === 'containerDirective';
}

export function remarkReadout(options: RemarkReadoutOptions = {}) {
  const mode = options.mode ?? 'article';
  const base = (options.base ?? '/').replace(/\/?$/, '/');

  return (tree: Root, file: VFile) => {
    const astro = (file.data as { astro?: { frontmatter?: ReadoutFrontmatter } }).astro;
    const fm = options.frontmatter ?? astro?.frontmatter ?? {};
    const statements = [...(fm.statements ?? [])];
    const numberOf = new Map(statements.map((s, i) => [s.id, i + 1]));
    const byId = new Map(statements.map((s) => [s.id, s]));
    const speakers = new Map((fm.speakers ?? []).map((s) => [s.id, s]));
    const seen = new Set<string>();

    function statementNote(id: string): RootContent[] {
      const s = byId.get(id);
      const n = numberOf.get(id);
      if (!s || !n) return [];
      const marker = hastNode('sup', { className: ['st-ref'] }, [
        el('a', { href: `#list-${id}`, id: `ref-${id}` }, [el('span', { className: ['sr-only'] }, [text('Statement ')]), text(String(n))]),
      ]);
      const note = hastNode('span', { className: ['st-note', countryClass(s.speaker.country)], id: `note-${id}`, dataNote: id }, [
        el('span', { className: ['st-note-n'], ariaHidden: 'true' }, [text(String(n))]),
        text(' '),
        el('span', { className: ['st-note-speaker'] }, [text(s.speaker.name)]),
        text(' '),
        el('span', { className: ['st-note-country'] }, [text(`(${countryName(s.speaker.country)})`)]),
        text(' '),
        el('span', { className: ['st-note-date'] }, [text(formatStatementDate(s.date))]),
        text(' '),
        el('span', { className: ['st-note-kind'] }, [text(kindLabel(s.kind))]),
      ]);
      return [marker, note];
    }

    function transformChildren(parent: Parent): void {
      const out: RootContent[] = [];
      for (const child of parent.children as RootContent[]) {
        if ('children' in child) transformChildren(child as Parent);
        if (!isDirective(child)) {
          out.push(child);
          continue;
        }
        out.push(...transformDirective(child));
      }
      parent.children = out as Parent['children'];
    }

    function transformDirective(node: DirectiveNode): RootContent[] {
      const attrs = node.attributes ?? {};
      const data = (node.data ??= {});
      switch (node.name) {
        case 'statement': {
          const id = attrs.id ?? '';
          const s = byId.get(id);
          const speakerId = attrs.speaker ?? s?.speaker.id ?? '';
          const country = s?.speaker.country ?? speakers.get(speakerId)?.country ?? null;
          const kind = attrs.kind ?? s?.kind ?? 'direct';
          const first = !seen.has(id);
          seen.add(id);
          const props: Record<string, unknown> = {
            className: ['st', countryClass(country), `k-${kind}`],
            dataStatement: id,
            dataSpeaker: speakerId,
            dataKind: kind,
          };
          if (mode === 'article') {
            if (first) props.id = id;
            // Only a statement the front matter knows has a note to describe it and show on focus.
            if (s) {
              props.tabIndex = 0;
              props.ariaDescribedBy = `note-${id}`;
            }
          } else if (options.current === id) {
            props.className = [...(props.className as string[]), 'is-current'];
          }
          data.hName = 'mark';
          data.hProperties = props;
          return mode === 'article' && first ? [node as RootContent, ...statementNote(id)] : [node as RootContent];
        }
        case 'speaker': {
          const ref = attrs.ref ?? '';
          // Link only to speakers that get a page (those listed in the front matter).
          const known = speakers.has(ref) || statements.some((st) => st.speaker.id === ref);
          data.hName = known ? 'a' : 'span';
          data.hProperties = { className: ['speaker-ref'], dataSpeaker: ref, ...(known ? { href: `${base}speakers/${ref}/` } : {}) };
          return [node as RootContent];
        }
        case 'cue':
          data.hName = 'span';
          data.hProperties = { className: ['cue'], dataStatement: attrs.statement ?? '' };
          return [node as RootContent];
        case 'date':
          data.hName = 'time';
          data.hProperties = { className: ['date-ref'], dateTime: attrs.value ?? undefined, dataPrecision: attrs.precision ?? '' };
          return [node as RootContent];
        case 'claim': {
          data.hName = 'span';
          data.hProperties = {
            className: ['claim'],
            dataClaim: attrs.id ?? '',
            dataSpeaker: attrs.speaker ?? '',
            ...(mode === 'article' && attrs.id ? { id: attrs.id } : {}),
          };
          node.children = [
            hastNode('span', { className: ['sr-only'] }, [text('Unattributed claim: ')]) as Parent['children'][number],
            ...node.children,
          ];
          return [node as RootContent];
        }
        case 'noise': {
          const type = attrs.type ?? 'noise';
          // A dateline opens a paragraph of text: inline furniture stays inline, since a block inside
          // a <p> would end that paragraph early and leave the rest of it outside.
          const inline = node.type === 'textDirective';
          if (type === 'subheading' && !inline) {
            data.hName = 'h2';
            data.hProperties = { className: ['noise', 'noise-subheading'], dataNoise: type };
            return [node as RootContent];
          }
          data.hName = inline ? 'span' : 'p';
          data.hProperties = { className: ['noise', `noise-${type}`], dataNoise: type };
          node.children = [
            hastNode('span', { className: ['noise-label'] }, [text(noiseLabel(type))]) as Parent['children'][number],
            { type: 'text', value: ' ' },
            ...node.children,
          ];
          return [node as RootContent];
        }
        default:
          // Not one of ours: most often a colon in the text itself ("Photo:Xinhua") that the
          // markdown writer left unescaped. Give the reader back the characters as written.
          if (node.type === 'textDirective') return restoreTextDirective(node);
          data.hName = node.type === 'leafDirective' ? 'p' : 'div';
          return [node as RootContent];
      }
    }

    transformChildren(tree);
    if (mode === 'article') {
      // Number the blocks so each one can be matched to its paragraph in the front matter.
      tree.children.forEach((block, i) => {
        const d = ((block as { data?: Record<string, unknown> }).data ??= {});
        const props = (d.hProperties ??= {}) as Record<string, unknown>;
        props.dataParagraph = i;
      });
    }
  };
}

export default remarkReadout;
