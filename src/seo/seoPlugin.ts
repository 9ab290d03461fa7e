import { seoPlugin } from '@payloadcms/plugin-seo'
import type { GenerateDescription, GenerateTitle, GenerateURL } from '@payloadcms/plugin-seo/types'
import type { Field } from 'payload'

import { collectionSlugs } from '@/content/constants'
import { hasOwnPage, pageCollections } from '@/content/ownPages'
import { publicCollections } from '@/content/publicCollections'
import { env } from '@/env'
import { defaultLocale, isLocale } from '@/i18n/locales'

import { metaMaxLength } from './metaLimits'

const maxLength: Record<string, number> = metaMaxLength

type GenerateArgs = Parameters<GenerateTitle>[0]

/** The document's collection, when it has a page of its own, and the locale being edited. */
function target(args: GenerateArgs) {
  const slug = args.collectionConfig?.slug
  if (!slug || !hasOwnPage(slug)) return null
  return {
    info: publicCollections[slug],
    locale: isLocale(args.locale) ? args.locale : defaultLocale,
    doc: (args.doc ?? {}) as Record<string, unknown>,
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** "Auto-generate" for the title: the document's own title in the locale being edited. */
const generateTitle: GenerateTitle = (args) => {
  const found = target(args)
  return found ? text(found.doc[found.info.titleField]) : ''
}

/** "Auto-generate" for the description: its summary (guides, channels) or description. */
const generateDescription: GenerateDescription = (args) => {
  const found = target(args)
  const field = found && 'descriptionField' in found.info ? found.info.descriptionField : null
  return found && field ? text(found.doc[field]).slice(0, maxLength.description) : ''
}

/** The preview's address: the page in the locale being edited, under that locale's slug. */
const generateURL: GenerateURL = (args) => {
  const found = target(args)
  const slug = found && text(found.doc.slug)
  return found && slug ? `${env.serverUrl()}${found.info.path(found.locale, slug)}` : ''
}

const withLimits = (field: Field): Field =>
  'name' in field && field.name in maxLength
    ? ({ ...field, maxLength: maxLength[field.name] } as Field)
    : field

/**
 * Payload's SEO plugin on the collections with a page of their own (guides, carriers, channels):
 * a localized `meta` group (title, description, image from media) with the plugin's preview
 * and length hints, in the place of our earlier hand-made group of the same name and columns.
 * Labels come from `src/i18n/admin/labels` (so put this plugin before `translateAdminLabels`);
 * the plugin's own strings (hints, "Auto-generate") ship in zh, ru and en.
 */
export const seoForPages = seoPlugin({
  collections: pageCollections,
  uploadsCollection: collectionSlugs.media,
  tabbedUI: false,
  generateTitle,
  generateDescription,
  generateURL,
  fields: ({ defaultFields }) => defaultFields.map(withLimits),
})
