import type { Endpoint } from 'payload'

import { isStaff } from '@/access/isStaff'

import { localePublishStates, type DraftedCollection } from './localePublishStates'

const json = (status: number, body: unknown) => Response.json(body, { status })
const error = (status: number, message: string) => json(status, { errors: [{ message }] })

/**
 * `GET /api/{guides|faqs|carriers|channels}/:id/locale-states`: each locale's publish state and who changed it
 * (`localePublishStates`) and the shared fields a draft changes, for the admin's publish controls.
 * Staff only, like drafts.
 */
export const localeStatesEndpoint = (collection: DraftedCollection): Endpoint => ({
  path: '/:id/locale-states',
  method: 'get',
  handler: async (req) => {
    if (!isStaff({ req })) return error(req.user ? 403 : 401, 'Only staff may read drafts.')
    const id = String(req.routeParams?.id ?? '')
    if (!/^[1-9]\d{0,15}$/.test(id)) return error(400, `"${id}" is not a document id.`)
    const states = await localePublishStates(req, collection, Number(id))
    if (!states) return error(404, 'Not Found')
    return json(200, { id: Number(id), ...states })
  },
})
