import { annotate } from '../../scripts/annotate/index.ts';
import type { Statement } from '../../scripts/annotate/types.ts';

/** Annotates a short text published on the given day (a Tuesday by default). */
export function statementsOf(text: string, published = '2022-09-13', title?: string): Statement[] {
  return annotate(text, { published, title, outlet: 'Test Outlet' }).statements;
}

/** The statement whose words include `words`, or undefined. */
export function statementWith(statements: readonly Statement[], words: string): Statement | undefined {
  return statements.find((statement) => statement.text.includes(words));
}
