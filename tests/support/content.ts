import type { Payload } from 'payload'

import type { Carrier, Guide } from '../../src/payload-types'
import { doc, p } from '../support/lexical'

/**
 * A zh guide through the Local API: a renewal guide for Kazakhstan whose body is its title,
 * unless `data` says otherwise.
 */
export function createGuide(
  payload: Payload,
  data: Partial<Guide> & Pick<Guide, 'title' | 'slug'>,
) {
  return payload.create({
    collection: 'guides',
    locale: 'zh',
    data: { topic: 'renewal', country: 'KZ', body: doc(p(data.title)), ...data } as Guide,
  })
}

/**
 * A published zh carrier through the Local API: active, in Kazakhstan, auto-renewal unknown.
 * Carriers have drafts: pass `_status: 'draft'` for a draft.
 */
export function createCarrier(
  payload: Payload,
  data: Partial<Carrier> & Pick<Carrier, 'name' | 'slug'>,
) {
  return payload.create({
    collection: 'carriers',
    locale: 'zh',
    data: {
      country: 'KZ',
      autoRenewal: 'unknown',
      status: 'active',
      _status: 'published',
      ...data,
    } as Carrier,
  })
}
