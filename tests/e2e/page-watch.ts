/**
 * What a page did that it should not have: dialogs it opened, errors it logged, and Content Security
 * Policy violations the browser reported. Attach before navigating.
 */
import type { Page } from 'playwright-core';

export interface PageWatch {
  dialogs: string[];
  consoleErrors: string[];
  violations: string[];
}

export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = { dialogs: [], consoleErrors: [], violations: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
  await page.exposeFunction('__reportViolation', (text: string) => watch.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return watch;
}
