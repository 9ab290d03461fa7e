import { checkRole } from '@/access/checkRole'
import { editsLocale } from '@/access/editsLocale'
import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'

import type { ScheduleType } from './scheduledEvents'

/**
 * Who may schedule what is who may publish what (`limitTranslatorPublishing`): editors and admins
 * anything; a translator a publish of their own language only (unpublishing takes every language
 * offline). When the event runs, the publish rules are applied again, to the user as they are
 * then: a translator who lost the language, or a deleted account, fails the job.
 */
export function maySchedule(
  user: User | null | undefined,
  type: ScheduleType,
  locale: Locale | null,
): boolean {
  return type === 'publish' && locale !== null
    ? editsLocale(user, locale)
    : checkRole(['admin', 'editor'], user)
}

/** Cancelling an event: whoever might have scheduled it. */
export const mayCancel = (
  user: User | null | undefined,
  type: ScheduleType,
  locale: Locale | null,
) => maySchedule(user, type, locale)
