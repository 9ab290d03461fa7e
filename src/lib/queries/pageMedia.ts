import type { MediaSelect } from '@/payload-types'

/**
 * What pages read of an uploaded image (a guide's hero image, a carrier's logo): its alt text in
 * every locale, its URL and size, and the generated sizes for `srcset` (`MediaImage`). The
 * `filename` is what Payload builds the URLs from.
 */
export const pageMediaSelect = {
  alt: true,
  url: true,
  filename: true,
  width: true,
  height: true,
  sizes: true,
} satisfies MediaSelect
