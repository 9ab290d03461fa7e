import { pageLocale } from '@/i18n/pageLocale'
import { redirectOrNotFound } from '@/lib/redirectOrNotFound'
import { slugParam } from '@/lib/slugParam'

type Props = { params: Promise<{ locale: string; rest: string[] }> }

/**
 * Any path under a known locale that no page answers: a redirect from it if there is one
 * (src/lib/redirectOrNotFound.ts), else the localized 404.
 */
export default async function UnknownPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { rest } = await params
  // Next hands the segments over decoded; a segment with a literal "/" or "%" is kept as it is.
  return redirectOrNotFound(
    `/${locale}/${rest.map((s) => encodeURIComponent(slugParam(s))).join('/')}`,
  )
}
