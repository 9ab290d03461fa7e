import type { AllLocales } from '@/content/allLocales'
import type { Locale } from '@/i18n/locales'
import { localizedText } from '@/lib/pickLocale'
import type { Media } from '@/payload-types'

import { langAttribute } from './InLocale'

/** What a page reads of an upload to show it (`mediaForPages` in the queries). */
export type PageMedia = Pick<AllLocales<Media>, 'id' | 'alt' | 'url' | 'width' | 'height' | 'sizes'>

type Props = {
  locale: Locale
  media: number | PageMedia | null | undefined
  /** The `sizes` attribute: how wide the image is shown, so the browser picks a file. */
  sizes: string
  className?: string
  /** Above the fold (a guide's hero): load at once; otherwise lazily. */
  priority?: boolean
  /** Beside a link saying the same (a card's image): `alt=""`, so screen readers skip it. */
  decorative?: boolean
}

/**
 * An uploaded image with the sizes Payload generated (thumbnail 320, card 768, hero 1440 px
 * wide, see the Media collection) as its `srcset`, its alt text in the reader's language (or the
 * source's, with that `lang`), and its intrinsic size so the page does not jump while it loads.
 * A plain `<img>`: the files are already resized at upload, so Next's image optimizer would
 * only resize them again on the server.
 */
export function MediaImage({
  locale,
  media,
  sizes,
  className,
  priority = false,
  decorative = false,
}: Props) {
  if (!media || typeof media !== 'object' || !media.url) return null
  const alt = localizedText(media.alt, locale)
  const candidates = [
    ...Object.values(media.sizes ?? {}).map((size) => ({ url: size?.url, width: size?.width })),
    { url: media.url, width: media.width },
  ]
    .filter((c): c is { url: string; width: number } => Boolean(c.url && c.width))
    .sort((a, b) => a.width - b.width)
  const srcSet = [...new Map(candidates.map((c) => [c.width, c])).values()]
    .map((c) => `${c.url} ${c.width}w`)
    .join(', ')
  return (
    // eslint-disable-next-line @next/next/no-img-element -- resized at upload (see above)
    <img
      className={className}
      src={media.url}
      srcSet={srcSet || undefined}
      sizes={srcSet ? sizes : undefined}
      width={media.width ?? undefined}
      height={media.height ?? undefined}
      alt={decorative ? '' : alt.text}
      lang={decorative ? undefined : langAttribute(alt.source, locale)}
      loading={priority ? 'eager' : 'lazy'}
      decoding="async"
    />
  )
}
