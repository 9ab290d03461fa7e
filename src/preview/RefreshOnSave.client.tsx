'use client'

import { RefreshRouteOnSave } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import { useSyncExternalStore } from 'react'

/**
 * Inside the admin's Live Preview frame: re-renders the page on the server (`router.refresh`)
 * whenever the edit view saves, autosaves included (Payload posts `payload-document-event` to
 * the frame after each), and tells the admin the page is ready for those messages.
 *
 * Payload's `RefreshRouteOnSave` accepts messages from `serverURL` only, compared exactly with
 * the message's origin. The admin and the site are one Next app, so that is this page's own
 * origin, known only in the browser: `NEXT_PUBLIC_SERVER_URL` is unset on a local or test
 * server on another port, and its value could differ from the host the editor really uses.
 */
const unchanging = () => () => {}
const pageOrigin = () => window.location.origin
const noOriginOnTheServer = () => null

export function RefreshOnSave() {
  const router = useRouter()
  const origin = useSyncExternalStore(unchanging, pageOrigin, noOriginOnTheServer)
  if (!origin) return null
  return <RefreshRouteOnSave refresh={router.refresh} serverURL={origin} />
}
