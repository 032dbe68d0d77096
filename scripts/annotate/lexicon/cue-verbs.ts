/**
 * Verbs (and verb phrases) that introduce reported speech. Each entry lists the inflected forms the
 * pipeline matches; the first form is the lemma used in reports.
 *
 * `takes` says what may follow the cue as its content:
 * - `clause`: a reported clause ("said (that) China …") or a quote;
 * - `object`: a noun phrase ("hailed an “unprecedented level” of trust", "criticized Western sanctions");
 * - `infinitive`: "vowed to deepen …", "urged Washington to …".
 * A verb can take several.
 */
export interface CueVerb {
  lemma: string;
  forms: readonly string[];
  takes: readonly ('clause' | 'object' | 'infinitive')[];
}

const clause = ['clause'] as const;
const clauseObject = ['clause', 'object'] as const;
const clauseInfinitive = ['clause', 'infinitive'] as const;
const object = ['object'] as const;

/** "went on to say", "goes on to stress": the same cue, said next. */
function goesOnTo(base: string): string[] {
  return [`went on to ${base}`, `goes on to ${base}`, `go on to ${base}`];
}

export const cueVerbs: readonly CueVerb[] = [
  { lemma: 'say', forms: ['said', 'says', 'say', 'saying', ...goesOnTo('say')], takes: clause },
  { lemma: 'make clear', forms: ['made it clear', 'made it very clear', 'made clear', 'makes it clear', 'made it plain'], takes: clause },
  { lemma: 'continue', forms: ['continued'], takes: clause },
  { lemma: 'tell', forms: ['told', 'tells', 'tell', 'telling'], takes: clause },
  { lemma: 'inform', forms: ['informed', 'informs'], takes: clause },
  { lemma: 'clarify', forms: ['clarified', 'clarifies'], takes: clause },
  // "the court ruled that …" (only with "that": "ruled the country" is no speech).
  { lemma: 'rule', forms: ['ruled'], takes: clause },
  // "“…,” the Russian diplomat reminded.", "reminded reporters that …".
  { lemma: 'remind', forms: ['reminded', 'reminds'], takes: clause },
  { lemma: 'assure', forms: ['assured', 'assures', 'reassured', 'reassures', 'tried to assure', 'sought to assure', 'tried to reassure', 'sought to reassure'], takes: clause },
  { lemma: 'state', forms: ['stated', 'states', 'state'], takes: clause },
  { lemma: 'note', forms: ['noted', 'notes', ...goesOnTo('note')], takes: clause },
  { lemma: 'stress', forms: ['stressed', 'stresses', ...goesOnTo('stress')], takes: clauseObject },
  { lemma: 'emphasize', forms: ['emphasized', 'emphasised', 'emphasizes', 'emphasises', ...goesOnTo('emphasize')], takes: clauseObject },
  { lemma: 'add', forms: ['added', 'adds', ...goesOnTo('add')], takes: clause },
  { lemma: 'hail', forms: ['hailed', 'hails'], takes: object },
  { lemma: 'praise', forms: ['praised', 'praises'], takes: object },
  { lemma: 'vow', forms: ['vowed', 'vows'], takes: clauseInfinitive },
  { lemma: 'pledge', forms: ['pledged', 'pledges'], takes: clauseInfinitive },
  { lemma: 'promise', forms: ['promised', 'promises'], takes: clauseInfinitive },
  { lemma: 'urge', forms: ['urged', 'urges', ...goesOnTo('urge')], takes: ['object', 'clause'] },
  // "demanded Seoul first drop its “hostile policies”", "demanded that the troops leave".
  { lemma: 'demand', forms: ['demanded', 'demands'], takes: ['object', 'clause'] },
  { lemma: 'warn', forms: ['warned', 'warns', ...goesOnTo('warn')], takes: clause },
  { lemma: 'claim', forms: ['claimed', 'claims'], takes: clause },
  { lemma: 'argue', forms: ['argued', 'argues', ...goesOnTo('argue')], takes: clause },
  { lemma: 'insist', forms: ['insisted', 'insists', ...goesOnTo('insist')], takes: clause },
  { lemma: 'declare', forms: ['declared', 'declares'], takes: clause },
  { lemma: 'announce', forms: ['announced', 'announces'], takes: clauseObject },
  { lemma: 'explain', forms: ['explained', 'explains', ...goesOnTo('explain')], takes: clause },
  { lemma: 'point out', forms: ['pointed out', 'points out'], takes: clause },
  { lemma: 'reiterate', forms: ['reiterated', 'reiterates', 'repeated', 'repeats'], takes: clauseObject },
  { lemma: 'question', forms: ['questioned', 'questions', 'wondered', 'asked'], takes: clause },
  { lemma: 'affirm', forms: ['affirmed', 'affirms', 'reaffirmed', 'reaffirms'], takes: clauseObject },
  { lemma: 'confirm', forms: ['confirmed', 'confirms'], takes: clause },
  { lemma: 'deny', forms: ['denied', 'denies'], takes: clause },
  { lemma: 'acknowledge', forms: ['acknowledged', 'acknowledges'], takes: clause },
  { lemma: 'admit', forms: ['admitted', 'admits'], takes: clause },
  { lemma: 'agree', forms: ['agreed', 'agrees'], takes: clause },
  { lemma: 'assert', forms: ['asserted', 'asserts'], takes: clause },
  { lemma: 'suggest', forms: ['suggested', 'suggests'], takes: clause },
  { lemma: 'predict', forms: ['predicted', 'predicts'], takes: clause },
  { lemma: 'write', forms: ['wrote', 'writes'], takes: clause },
  { lemma: 'tweet', forms: ['tweeted'], takes: clause },
  { lemma: 'post', forms: ['posted'], takes: clause },
  { lemma: 'comment', forms: ['commented'], takes: clause },
  { lemma: 'remark', forms: ['remarked'], takes: clause },
  { lemma: 'reply', forms: ['replied'], takes: clause },
  { lemma: 'respond', forms: ['responded'], takes: clause },
  { lemma: 'answer', forms: ['answered'], takes: clause },
  { lemma: 'observe', forms: ['observed'], takes: clause },
  { lemma: 'reveal', forms: ['revealed'], takes: clause },
  { lemma: 'disclose', forms: ['disclosed'], takes: clause },
  { lemma: 'indicate', forms: ['indicated'], takes: clause },
  { lemma: 'highlight', forms: ['highlighted'], takes: clauseObject },
  { lemma: 'underline', forms: ['underlined', 'underscored', ...goesOnTo('underscore')], takes: clauseObject },
  { lemma: 'maintain', forms: ['maintained'], takes: clause },
  { lemma: 'contend', forms: ['contended'], takes: clause },
  { lemma: 'propose', forms: ['proposed'], takes: ['clause', 'object', 'infinitive'] },
  { lemma: 'appeal', forms: ['appealed for', 'appeals for', 'appealed to', 'appeals to'], takes: ['object'] },
  { lemma: 'recall', forms: ['recalled'], takes: clause },
  { lemma: 'conclude', forms: ['concluded'], takes: clause },
  { lemma: 'complain', forms: ['complained'], takes: clause },
  { lemma: 'caution', forms: ['cautioned'], takes: clause },
  { lemma: 'estimate', forms: ['estimated'], takes: clause },
  { lemma: 'believe', forms: ['believes'], takes: clause },
  { lemma: 'criticize', forms: ['criticized', 'criticised', 'criticizes', 'criticises'], takes: object },
  { lemma: 'condemn', forms: ['condemned', 'condemns'], takes: object },
  { lemma: 'accuse', forms: ['accused', 'accuses'], takes: object },
  { lemma: 'reproach', forms: ['reproached', 'reproaches', 'rebuked', 'rebukes', 'chided', 'chides', 'slammed', 'slams', 'blasted', 'blasts'], takes: object },
  // "called the comments “unacceptable”": naming something in quoted words (only with them).
  { lemma: 'call', forms: ['called', 'calls'], takes: object },
  { lemma: 'call for', forms: ['called for', 'calls for'], takes: object },
  { lemma: 'call on', forms: ['called on', 'calls on'], takes: object },
  { lemma: 'speak highly of', forms: ['spoke highly of', 'speaks highly of'], takes: object },
  { lemma: 'express', forms: ['expressed', 'expresses'], takes: object },
  { lemma: 'describe', forms: ['described', 'describes', ...goesOnTo('describe')], takes: object },
  { lemma: 'welcome', forms: ['welcomed', 'welcomes'], takes: object },
  { lemma: 'refer to', forms: ['referred to', 'refers to'], takes: object },
  { lemma: 'report', forms: ['reported', 'reports'], takes: clause },
];

/**
 * Evaluative speech acts whose object is itself what was said: "hailed an unprecedented level of trust",
 * "criticized Western sanctions", "urged Kiev to respond". Other `object` cues ("welcomed the
 * ambassador", "expressed its willingness", "highlighted the role of …") yield a statement only when
 * their object holds quoted words.
 */
export const speechActObjectVerbs: ReadonlySet<string> = new Set([
  'hail', 'praise', 'criticize', 'condemn', 'call for', 'call on', 'speak highly of', 'urge', 'demand', 'appeal', 'question',
]);

/** Verbs that only yield a statement when their object holds a quoted fragment. */
export const quoteOnlyObjectVerbs: ReadonlySet<string> = new Set([
  'describe', 'express', 'welcome', 'call', 'accuse', 'reproach', 'refer to', 'stress', 'emphasize', 'reiterate', 'affirm', 'highlight', 'underline',
  'announce', 'propose',
]);

/** Cues used after the quote with the speaker following the verb: `…, said Wang Yi.` */
export const invertibleCues: ReadonlySet<string> = new Set([
  'say', 'add', 'note', 'state', 'stress', 'emphasize', 'explain', 'write', 'warn', 'declare', 'insist',
  'argue', 'conclude', 'ask', 'question', 'reply', 'respond', 'answer', 'observe', 'recall', 'point out',
  'remark', 'comment', 'continue',
]);

/** Phrases of the form "<medium> quoted <speaker> as saying". */
export const quotedAsSaying = /\bquoted\s+(.{2,120}?)\s+as\s+(?:saying|telling\s+[^,.]{2,60}?|stating|adding|warning)\b/;

/** "according to X" and its variants. */
export const accordingTo = /\b(?:according to|as reported by|in the words of|citing)\s+/i;

export const allCueForms: readonly string[] = [...new Set(cueVerbs.flatMap((verb) => verb.forms))].sort(
  (a, b) => b.length - a.length,
);

export function cueByForm(form: string): CueVerb | undefined {
  const lower = form.toLowerCase();
  return cueVerbs.find((verb) => verb.forms.includes(lower));
}

/**
 * Participles that add a statement by the subject of the sentence: "…, noting that …",
 * "Peskov dismissed the reports, saying: “…”". The value is the lemma of the matching cue verb.
 */
export const participleCues: Readonly<Record<string, string>> = {
  saying: 'say', noting: 'note', adding: 'add', stressing: 'stress', warning: 'warn', arguing: 'argue',
  insisting: 'insist', explaining: 'explain', emphasizing: 'emphasize', emphasising: 'emphasize',
  claiming: 'claim', stating: 'state', 'pointing out': 'point out', calling: 'call', urging: 'urge',
  describing: 'describe', asserting: 'assert', recalling: 'recall', declaring: 'declare',
  reiterating: 'reiterate', underlining: 'underline', underscoring: 'underline', highlighting: 'highlight',
  acknowledging: 'acknowledge', admitting: 'admit', denying: 'deny', expressing: 'express', welcoming: 'welcome',
  repeating: 'reiterate', questioning: 'question', labeling: 'call', labelling: 'call', branding: 'call',
  dubbing: 'call', terming: 'call',
  praising: 'praise', hailing: 'hail', vowing: 'vow', pledging: 'pledge', promising: 'promise',
  telling: 'tell', affirming: 'affirm', reaffirming: 'affirm', suggesting: 'suggest', predicting: 'predict',
  confirming: 'confirm', announcing: 'announce', cautioning: 'caution', observing: 'observe',
};

/** "calling his discussions with Lavrov “very frank”": a participle whose object holds the quote. */
export const callCue: CueVerb = { lemma: 'call', forms: ['calling'], takes: ['object'] };
