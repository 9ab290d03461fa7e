'use client'
import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useEffect, useRef } from 'react'

import { isPublicCollection, publicCollections } from '@/content/publicCollections'

/** How long after the view unmounts the address is checked: a locale switch remounts it in place. */
const settleMs = 300

/**
 * Renders nothing. In the edit view of a document never published, when the editor leaves it
 * with its title still empty — to another admin page, or by closing or leaving the tab — asks
 * the server to discard it (`POST …/:id/discard-if-abandoned`, which checks again that the
 * document is abandoned: never published, no title in any locale). Payload's "Create New"
 * creates the draft as the form opens; without this every walk-away left a "<No Title>" row.
 * Switching the edit view's locale remounts it at the same address, which keeps the document.
 */
export function DiscardWhenAbandoned() {
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const titleField = isPublicCollection(collectionSlug)
    ? publicCollections[collectionSlug].titleField
    : undefined
  const title = useFormFields(([fields]) => (titleField ? fields[titleField]?.value : undefined))
  const {
    config: {
      routes: { api },
    },
  } = useConfig()

  const titleRef = useRef(title)
  useEffect(() => {
    titleRef.current = title
  }, [title])
  const publishedRef = useRef(hasPublishedDoc)
  useEffect(() => {
    publishedRef.current = hasPublishedDoc
  }, [hasPublishedDoc])

  useEffect(() => {
    if (id === undefined || id === null || !titleField || !collectionSlug) return
    if (publishedRef.current) return
    const documentPath = `/collections/${collectionSlug}/${id}`
    const url = formatAdminURL({
      apiRoute: api,
      path: `/${collectionSlug}/${id}/discard-if-abandoned`,
    })
    let sent = false
    const discard = (leavingPage: boolean) => {
      if (sent || publishedRef.current) return
      if (typeof titleRef.current === 'string' && titleRef.current.trim()) return
      sent = true
      // A page being closed sends a beacon, which the browser delivers after it is gone.
      if (leavingPage && navigator.sendBeacon?.(url)) return
      void fetch(url, { method: 'POST', credentials: 'include', keepalive: true }).catch(
        () => undefined,
      )
    }
    const onPageHide = () => discard(true)
    window.addEventListener('pagehide', onPageHide)
    return () => {
      window.removeEventListener('pagehide', onPageHide)
      setTimeout(() => {
        const here = window.location.pathname
        // Still on this document (another locale, its versions or API tab): keep it.
        if (here.endsWith(documentPath) || here.includes(`${documentPath}/`)) return
        discard(false)
      }, settleMs)
    }
  }, [api, collectionSlug, id, titleField])

  return null
}
