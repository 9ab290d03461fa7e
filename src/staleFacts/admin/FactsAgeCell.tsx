import type { DefaultServerCellComponentProps } from 'payload'

import { FactsAge } from './FactsAge'

/** The list views' "facts verified on" column: the day, marked "needs checking" when stale. */
export function FactsAgeCell({ cellData, i18n }: DefaultServerCellComponentProps) {
  return (
    <FactsAge
      verifiedOn={typeof cellData === 'string' ? cellData : null}
      language={i18n.language}
    />
  )
}
