/**
 * The most characters a page's search-engine title and description may have (the SEO plugin's
 * length hints say 50–70 and 100–170). Enforced on save and by the seed's content check.
 */
export const metaMaxLength = { title: 70, description: 170 } as const
