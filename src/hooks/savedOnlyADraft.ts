import type { PayloadRequest } from 'payload'

/**
 * True when a save wrote a draft version only (the admin's autosave and "save draft" send
 * `?draft=true` without publishing): Payload leaves the published document untouched then, so
 * nothing a reader sees, searches or caches has changed. Mirrors Payload's own `isSavingDraft`.
 */
export function savedOnlyADraft(req: PayloadRequest, data: { _status?: unknown } | undefined) {
  const draft = req.query?.draft
  return (draft === 'true' || draft === true) && data?._status !== 'published'
}
