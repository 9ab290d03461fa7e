import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { isStaff } from '@/access/isStaff'
import { isLocale } from '@/i18n/locales'
import type { User } from '@/payload-types'

import {
  cancelEvent,
  scheduleEvent,
  scheduledEventById,
  scheduledEventsOf,
  type ScheduleType,
} from './scheduledEvents'
import { scheduleMessages as m } from './strings'
import { mayCancel, maySchedule } from './whoMaySchedule'

const json = (status: number, body: unknown) => Response.json(body, { status })
const error = (status: number, message: string) => json(status, { errors: [{ message }] })

const twoYearsMs = 2 * 366 * 24 * 60 * 60 * 1000
const idPattern = /^[1-9]\d{0,15}$/

/** The document, if this user may read it (drafts included, as staff may). */
async function documentExists(req: PayloadRequest, collection: string, id: number) {
  const doc = await req.payload
    .findByID({
      collection: collection as 'guides',
      id,
      depth: 0,
      draft: true,
      select: {},
      overrideAccess: false,
      disableErrors: true,
      req,
    })
    .catch(() => null)
  return Boolean(doc)
}

type Target = { refusal: Response } | { refusal: null; id: number; user: User }

/** Signed-in staff and a document id they may read, or the refusal. */
async function target(req: PayloadRequest, collection: string): Promise<Target> {
  const language = req.i18n?.language
  if (!isStaff({ req })) {
    return { refusal: error(req.user ? 403 : 401, m.signIn(language)) }
  }
  const raw = String(req.routeParams?.id ?? '')
  if (!idPattern.test(raw)) return { refusal: error(400, m.badId(raw, language)) }
  const id = Number(raw)
  if (!(await documentExists(req, collection, id))) {
    return { refusal: error(404, m.notFound(language)) }
  }
  return { refusal: null, id, user: req.user as User }
}

/**
 * The schedule of one document of a drafted collection, for the admin's publish controls and the
 * API (Payload's own schedule drawer is part of the publish button we replaced, and its server
 * function checks no more than "may open the admin"):
 *
 * - `GET /api/{collection}/:id/schedule`: the events not yet run (and failed ones), soonest first;
 * - `POST /api/{collection}/:id/schedule` `{ type: "publish", locale, at }` or
 *   `{ type: "unpublish", at }`: schedules one (`at` an ISO date-time in the future);
 * - `DELETE /api/{collection}/:id/schedule/:event`: cancels one.
 *
 * Staff only; who may schedule or cancel what is `maySchedule`.
 */
export const scheduleEndpoints = (collection: string): Endpoint[] => [
  {
    path: '/:id/schedule',
    method: 'get',
    handler: async (req) => {
      const found = await target(req, collection)
      if (found.refusal) return found.refusal
      const events = (
        await scheduledEventsOf({ payload: req.payload, req }, collection, [found.id])
      ).get(String(found.id))
      return json(200, { id: found.id, events: events ?? [] })
    },
  },
  {
    path: '/:id/schedule',
    method: 'post',
    handler: async (req) => {
      const language = req.i18n?.language
      const found = await target(req, collection)
      if (found.refusal) return found.refusal
      try {
        await addDataAndFileToRequest(req)
      } catch {
        return error(400, m.badType(language))
      }
      const body = (req.data ?? {}) as Record<string, unknown>
      if (body.type !== 'publish' && body.type !== 'unpublish') {
        return error(400, m.badType(language))
      }
      const type: ScheduleType = body.type
      const locale = type === 'publish' ? body.locale : null
      if (type === 'publish' && !isLocale(locale)) return error(400, m.badLocale(language))
      const at = typeof body.at === 'string' ? new Date(body.at) : null
      const now = Date.now()
      if (
        !at ||
        Number.isNaN(at.getTime()) ||
        at.getTime() <= now ||
        at.getTime() > now + twoYearsMs
      ) {
        return error(400, m.badTime(language))
      }
      const eventLocale = isLocale(locale) ? locale : null
      if (!maySchedule(found.user, type, eventLocale)) return error(403, m.notAllowed(language))
      const event = await scheduleEvent(req, {
        collection,
        id: found.id,
        type,
        locale: eventLocale,
        at,
        user: found.user,
      })
      return json(201, { event })
    },
  },
  {
    path: '/:id/schedule/:event',
    method: 'delete',
    handler: async (req) => {
      const language = req.i18n?.language
      const found = await target(req, collection)
      if (found.refusal) return found.refusal
      const raw = String(req.routeParams?.event ?? '')
      if (!idPattern.test(raw)) return error(400, m.badId(raw, language))
      const event = await scheduledEventById(req, collection, found.id, Number(raw))
      if (!event) return error(404, m.notFound(language))
      if (!mayCancel(found.user, event.type, event.locale)) {
        return error(403, m.notAllowed(language))
      }
      if (event.processing) return error(409, m.running(language))
      await cancelEvent(req, event.id)
      return json(200, { cancelled: event.id })
    },
  },
]
