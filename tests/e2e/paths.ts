/** Where the end-to-end tests find their browser, fixtures and built site. */
import { resolve } from 'node:path';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
export const FIXTURE_ARTICLES = resolve('tests/fixtures/site/articles');
export const SITE_DIR = resolve('.cache/e2e/dist');
export const CACHE_DIR = resolve('.cache/e2e/astro');
/** The hostile fixture: sources that go through the whole pipeline into a small site of their own. */
export const HOSTILE_SOURCES = resolve('tests/fixtures/hostile/sources');
export const HOSTILE_DIR = resolve('.cache/e2e/hostile');
export const HOSTILE_SITE_DIR = resolve('.cache/e2e/hostile/dist');
