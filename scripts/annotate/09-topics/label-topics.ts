import type { AnnotationResult, ClaimTypeLabel, Paragraph, TopicLabel } from '../types.ts';
import { firstTerm, prepareTerms } from './match-terms.ts';
import { loadTaxonomy, type Taxonomy } from './taxonomy.ts';

/** The topics whose terms occur in `words`; failing any, those of the `context` around them. */
export function topicsOf(taxonomy: Taxonomy, words: string, context = ''): TopicLabel[] {
  const own = taxonomy.topics.flatMap((topic) => {
    const term = firstTerm(topic.terms, words);
    return term ? [{ id: topic.id, reason: `the words contain “${term}”` }] : [];
  });
  if (own.length || !context) return own;
  return taxonomy.topics.flatMap((topic) => {
    const term = firstTerm(topic.terms, context);
    return term ? [{ id: topic.id, reason: `no term in the words; their paragraph contains “${term}”` }] : [];
  });
}

/**
 * The claim type: the first rule (in the taxonomy's order) whose cue verb introduces the words or whose
 * term occurs in them; otherwise the default for a speaker's words or for the outlet's own sentence.
 */
export function claimTypeOf(taxonomy: Taxonomy, words: string, cue: string | null): ClaimTypeLabel {
  for (const rule of taxonomy.claimTypes) {
    const byCue = cue ? firstTerm(rule.cues, cue) : undefined;
    if (byCue) return { value: rule.id, reason: `the cue “${byCue}”` };
    const byTerm = firstTerm(rule.terms, words);
    if (byTerm) return { value: rule.id, reason: `the words contain “${byTerm}”` };
  }
  return cue === null
    ? { value: taxonomy.defaults.outlet, reason: 'no signalling term: the outlet’s own sentence reports' }
    : { value: taxonomy.defaults.statement, reason: 'no signalling term: a speaker’s words state a position' };
}

function paragraphText(body: string, paragraphs: readonly Paragraph[], offset: number): string {
  const paragraph = paragraphs.find((p) => p.start <= offset && offset < p.end);
  return paragraph ? body.slice(paragraph.start, paragraph.end) : '';
}

/**
 * Stage 9: topics and a claim type for every statement and claim, each with the rule that gave it
 * (shown on the statement page as "why this label"). A claim that is a statement's words is typed with
 * that statement's cue.
 */
export function labelTopics(body: string, result: AnnotationResult, taxonomy: Taxonomy = loadTaxonomy()): AnnotationResult {
  prepareTerms([...taxonomy.topics.map((topic) => topic.terms), ...taxonomy.claimTypes.flatMap((rule) => [rule.cues, rule.terms])]);
  // A paragraph's own topics are worked out once, however many statements it holds.
  const contextTopics = new Map<string, TopicLabel[]>();
  const topicsIn = (words: string, offset: number): TopicLabel[] => {
    const own = topicsOf(taxonomy, words);
    if (own.length) return own;
    const context = paragraphText(body, result.paragraphs, offset);
    if (!contextTopics.has(context)) contextTopics.set(context, topicsOf(taxonomy, '', context));
    return contextTopics.get(context)!;
  };
  const statements = result.statements.map((statement) => ({
    ...statement,
    topics: topicsIn(statement.text, statement.start),
    claimType: claimTypeOf(taxonomy, statement.text, statement.cue),
  }));
  const cueOf = new Map(statements.map((statement) => [statement.id, statement.cue]));
  const claims = result.claims.map((claim) => ({
    ...claim,
    topics: topicsIn(claim.text, claim.start),
    claimType: claimTypeOf(taxonomy, claim.text, claim.statement ? (cueOf.get(claim.statement) ?? '') : null),
  }));
  return { ...result, statements, claims };
}
