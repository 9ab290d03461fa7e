/**
 * What the page's report form (src/components/ReportForm.tsx) and the endpoint
 * (./submitReport.ts) agree on: where the form posts, its honeypot, and how the answer names the
 * outcome. Without JavaScript the endpoint answers with a 303 back to the page, to a fragment
 * (`/en/guides/x#report-sent`): the page stays one cached document for every reader, only the
 * fragment differs, and CSS (`:target`) shows the matching message.
 */
export const reportSubmitPath = '/api/reports/submit'

/** The field a person never sees or fills in; a bot filling every field does. */
export const honeypotField = 'website'

export const reportOutcomes = ['sent', 'invalid', 'limit'] as const
export type ReportOutcome = (typeof reportOutcomes)[number]

export const reportOutcomeAnchor = (outcome: ReportOutcome) => `report-${outcome}`
