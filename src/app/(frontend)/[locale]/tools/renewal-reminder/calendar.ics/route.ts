import { getTranslations } from 'next-intl/server'

import { isLocale } from '@/i18n/locales'
import { parseReminder, ReminderInputError, renewalCalendar } from '@/lib/reminder'

/** GET /{locale}/tools/renewal-reminder/calendar.ics?activation=YYYY-MM-DD&days=N&before=N */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const t = await getTranslations({ locale, namespace: 'reminder' })
  try {
    const input = parseReminder(new URL(request.url).searchParams)
    const calendar = renewalCalendar(input, {
      title: t('eventTitle'),
      description: t('eventDescription', { days: input.days, date: input.activation }),
      alarm: t('alarm'),
    })
    return new Response(calendar, {
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': 'attachment; filename="sim-renewal-reminder.ics"',
      },
    })
  } catch (error) {
    if (!(error instanceof ReminderInputError)) throw error
    return new Response(`${t('invalid')} (${error.message})`, {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
}
