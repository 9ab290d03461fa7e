import type { AdminText } from '@/i18n/admin/languages'

/** The stale-facts cell's and the "needs checking" panel's words in each admin language. */
export const staleFactsStrings = {
  needsChecking: { zh: '需要核实', ru: 'Нужно проверить', en: 'Needs checking' },
  neverVerified: { zh: '从未核实', ru: 'Не проверялось', en: 'Never verified' },
  panelIntro: {
    zh: '事实核实日期早于 {days} 天前或为空的内容，最久未核实的排在前面（从未核实的最先）。',
    ru: 'Материалы, факты которых проверены более {days} дн. назад или не проверены вовсе; сначала непроверенные, затем самые старые.',
    en: 'Content whose facts were verified more than {days} days ago, or never: never verified first, then the oldest.',
  },
  allClear: {
    zh: '所有内容的事实都在期限内核实过。',
    ru: 'Все факты проверены в срок.',
    en: 'Every document’s facts were verified within the limit.',
  },
  showAll: { zh: '在列表中查看全部', ru: 'Все в списке', en: 'Show all in the list' },
} satisfies Record<string, AdminText>

/** "213 days ago" in each admin language. */
export const daysAgo: Record<keyof AdminText, (days: number) => string> = {
  zh: (days) => `${days} 天前`,
  ru: (days) => `${days} ${russianDays(days)} назад`,
  en: (days) => (days === 1 ? '1 day ago' : `${days} days ago`),
}

function russianDays(n: number): string {
  const mod10 = n % 10
  const mod100 = n % 100
  if (mod10 === 1 && mod100 !== 11) return 'день'
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'дня'
  return 'дней'
}
