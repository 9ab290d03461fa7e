import { createEvent, type DateArray } from 'ics'

import { repairIcsText } from './icalendarLines'

export type ReminderInput = { activation: string; days: number; before: number }

export class ReminderInputError extends Error {}

/** Checked reminder parameters: an ISO activation date, validity 1–365 days, reminder 0–30 days ahead. */
export function parseReminder(params: URLSearchParams): ReminderInput {
  const activation = params.get('activation') ?? ''
  const days = Number(params.get('days'))
  const before = params.get('before') ? Number(params.get('before')) : 2
  if (!/^\d{4}-\d{2}-\d{2}$/.test(activation)) {
    throw new ReminderInputError('activation must be a date (YYYY-MM-DD)')
  }
  if (!isCalendarDay(activation)) {
    throw new ReminderInputError(`activation ${activation} is not a day in the calendar`)
  }
  if (!Number.isInteger(days) || days < 1 || days > 365)
    throw new ReminderInputError('days must be 1 to 365')
  if (!Number.isInteger(before) || before < 0 || before > 30)
    throw new ReminderInputError('before must be 0 to 30')
  return { activation, days, before }
}

/** Whether a YYYY-MM-DD date exists: Date would quietly turn 2026-02-30 into March 2. */
function isCalendarDay(isoDate: string): boolean {
  const date = new Date(`${isoDate}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === isoDate
}

/** The day the SIM expires: activation date plus its validity. */
export function expiryDate({ activation, days }: ReminderInput): Date {
  return addDays(new Date(`${activation}T00:00:00Z`), days)
}

function addDays(date: Date, days: number): Date {
  const later = new Date(date)
  later.setUTCDate(later.getUTCDate() + days)
  return later
}

function dateArray(date: Date): DateArray {
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
}

type Texts = { title: string; description: string; alarm: string }

/**
 * An iCalendar file: an all-day event on the expiry date, with alarms some days ahead of it and
 * at its start. The library writes these triggers as "-P2DT" and "-PT" and folds by characters,
 * so its text goes through repairIcsText to become valid RFC 5545.
 */
export function renewalCalendar(input: ReminderInput, texts: Texts): string {
  const expiry = expiryDate(input)
  const alarms = [...new Set([input.before, 0])].map((days) => ({
    action: 'display' as const,
    description: texts.alarm,
    trigger: { days, before: true },
  }))
  const { error, value } = createEvent({
    productId: 'sim-atlas/renewal-reminder',
    uid: `sim-renewal-${input.activation}-${input.days}@simatlas`,
    start: dateArray(expiry),
    end: dateArray(addDays(expiry, 1)),
    title: texts.title,
    description: texts.description,
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
    alarms,
  })
  if (error || !value) throw error ?? new Error('Could not build the calendar file')
  return repairIcsText(value)
}
