export { toArticleMarkdown, DEFAULT_GENERATOR_VERSION, type ArticleMarkdownOptions } from './to-article-markdown.ts';
export { stripAnnotations } from './strip-annotations.ts';
export { GENERATOR, sourceHash } from './article-front-matter.ts';
export { planAnnotations, type PlannedAnnotation } from './plan-annotations.ts';
