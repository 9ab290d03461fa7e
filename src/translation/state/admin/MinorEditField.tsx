'use client'

import { CheckboxField, useLocale, useTranslation } from '@payloadcms/ui'
import type { CheckboxFieldClientComponent } from 'payload'

import { stateStrings } from './strings'

/** The "minor edit" checkbox, shown only while editing the zh source. */
export const MinorEditField: CheckboxFieldClientComponent = (props) => {
  const locale = useLocale()
  const { i18n } = useTranslation()
  if (locale?.code !== 'zh') return null
  const t = stateStrings(i18n.language)
  return (
    <CheckboxField
      {...props}
      field={{
        ...props.field,
        label: t.minorEdit,
        admin: { ...props.field.admin, description: t.minorEditHint },
      }}
    />
  )
}
