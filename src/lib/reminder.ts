import { createEvent } from 'ics'

export type ReminderInput = { activation: string; days: number; before: number }

export class ReminderInputError extends Error {}

/** Checked reminder parameters: an ISO activation date, validity 1–365 days, reminder 0–30 days ahead. */
export function parseReminder(params: URLSearchParams): ReminderInput {
  const activation = params.get('activation') ?? ''
  const days = Number(params.get('days'))
  const before = params.get('before') ? Number(params.get('before')) : 2
  const date = new Date(`${activation}T00:00:00Z`)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(activation) || Number.isNaN(date.getTime())) {
    throw new ReminderInputError('activation must be a date (YYYY-MM-DD)')
  }
  if (!Number.isInteger(days) || days < 1 || days > 365)
    throw new ReminderInputError('days must be 1 to 365')
  if (!Number.isInteger(before) || before < 0 || before > 30)
    throw new ReminderInputError('before must be 0 to 30')
  return { activation, days, before }
}

/** The day the SIM expires: activation date plus its validity. */
export function expiryDate({ activation, days }: ReminderInput): Date {
  const date = new Date(`${activation}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date
}

type Texts = { title: string; description: string; alarm: string }

/** An iCalendar file: an all-day event on the expiry date, with alarms ahead of it. */
export function renewalCalendar(input: ReminderInput, texts: Texts): string {
  const expiry = expiryDate(input)
  const alarms = [...new Set([input.before, 0])].map((days) => ({
    action: 'display' as const,
    description: texts.alarm,
    trigger: days > 0 ? { days, before: true } : { hours: 0, before: true },
  }))
  const { error, value } = createEvent({
    productId: 'sim-atlas/renewal-reminder',
    uid: `sim-renewal-${input.activation}-${input.days}@simatlas`,
    start: [expiry.getUTCFullYear(), expiry.getUTCMonth() + 1, expiry.getUTCDate()],
    duration: { days: 1 },
    title: texts.title,
    description: texts.description,
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
    alarms,
  })
  if (error || !value) throw error ?? new Error('Could not build the calendar file')
  return value
}
