import { notFound } from 'next/navigation'

/** Any path under a known locale that no page answers: the localized 404. */
export default function UnknownPage() {
  notFound()
}
