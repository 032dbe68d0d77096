import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article.ts';

/** Where the annotated articles are read from; tests point this at a fixture directory. */
const articlesDir = process.env.READOUT_ARTICLES_DIR || 'content/articles';

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: articlesDir }),
  schema: articleSchema,
});

export const collections = { articles };
