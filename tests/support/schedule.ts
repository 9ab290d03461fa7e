import type { Payload } from 'payload'

import type { apiClient } from './api'

/**
 * Scheduled publish and unpublish in tests: schedule through the app's REST route (what the
 * admin's "Schedule…" drawer sends), then let time really pass and run the real queue.
 */
export type ScheduleBody =
  { type: 'publish'; locale: string; at: string } | { type: 'unpublish'; at: string }

type Api = Pick<Awaited<ReturnType<typeof apiClient>>, 'get' | 'post'>

/** An ISO time `ms` from now. */
export const inMs = (ms: number) => new Date(Date.now() + ms).toISOString()

export const schedule = (
  api: Api,
  collection: string,
  id: number,
  body: ScheduleBody,
  token?: string,
) => api.post(`/${collection}/${id}/schedule`, body, token)

type ScheduledEventJson = {
  id: number
  type: string
  locale: string | null
  at: string
  failed: string | null
}

export const scheduledEvents = async (
  api: Api,
  collection: string,
  id: number,
  token: string,
): Promise<ScheduledEventJson[]> => {
  const { status, json } = await api.get(`/${collection}/${id}/schedule`, token)
  if (status !== 200) throw new Error(`schedule of ${collection}/${id}: ${status}`)
  return (json as { events: ScheduledEventJson[] }).events
}

/** Waits (really) until `at` has passed. */
export async function waitUntilPast(at: string) {
  const wait = new Date(at).getTime() - Date.now() + 50
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
}

/** Runs the jobs queue once, as the server's runner does (all due jobs of the default queue). */
export const runQueue = (payload: Payload) => payload.jobs.run({ limit: 50 })
