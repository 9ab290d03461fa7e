import { permanentRedirect, redirect } from 'next/navigation'

import { previewView } from '@/lib/queries/readView'

/**
 * One URL per page: a document found under a slug it had before (or another locale's) sends the
 * reader to its own address, with a 308. In a preview only for now (307): a draft's slug may
 * still change, and a 308 would stay in the editor's browser.
 */
export async function redirectToOwnAddress(path: string): Promise<never> {
  if (await previewView()) redirect(path)
  permanentRedirect(path)
}
