/** Where the site's pages live; shared by the build and the browser scripts, so links agree. */

export function statementPath(id: string): string {
  return `/statements/${id}/`;
}

export function articlePath(slug: string): string {
  return `/articles/${slug}/`;
}

export function speakerPath(id: string): string {
  return `/speakers/${id}/`;
}
