import type { CollectionConfig } from 'payload'

import { referenceContentAccess } from '@/access/contentAccess'
import { publicContentHooks } from '@/hooks/publicContentHooks'
import { sharedFieldsForEditors } from '@/fields/sharedFieldsForEditors'
import { slugField } from '@/fields/slug'

export const channelsSlug = 'channels'

export const channelKinds = [
  'carrier-website',
  'carrier-app',
  'retail-store',
  'third-party-agent',
  'ussd',
  'payment-terminal',
] as const

export const paymentMethods = ['card', 'cash-kzt', 'wechat-pay', 'alipay'] as const

const labelled = (values: readonly string[]) =>
  values.map((value) => ({ value, label: value.replace(/-/g, ' ') }))

/** A localized list of short texts: steps, pros, cautions. */
const textList = (name: string) => ({
  name,
  type: 'array' as const,
  localized: true,
  fields: [{ name: 'text', type: 'textarea' as const, required: true }],
})

export const Channels: CollectionConfig = {
  slug: channelsSlug,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kinds', 'verification', 'worksFromAbroad'],
  },
  access: referenceContentAccess,
  hooks: publicContentHooks(channelsSlug),
  fields: sharedFieldsForEditors([
    { name: 'name', type: 'text', required: true, localized: true },
    slugField(),
    { name: 'summary', type: 'textarea', localized: true },
    {
      name: 'kinds',
      type: 'select',
      hasMany: true,
      required: true,
      options: labelled(channelKinds),
    },
    { name: 'carriers', type: 'relationship', relationTo: 'carriers', hasMany: true },
    {
      name: 'verification',
      type: 'select',
      required: true,
      defaultValue: 'unverified',
      options: [
        { label: 'Official (run by the carrier)', value: 'official' },
        { label: 'Third party, verified', value: 'verified' },
        { label: 'Third party, not verified', value: 'unverified' },
      ],
      admin: { description: 'Readers are warned about unverified third parties.' },
    },
    { name: 'paymentMethods', type: 'select', hasMany: true, options: labelled(paymentMethods) },
    {
      name: 'worksFromAbroad',
      type: 'select',
      required: true,
      defaultValue: 'unknown',
      options: [
        { label: 'Yes', value: 'yes' },
        { label: 'No, only in the country', value: 'no' },
        { label: 'Not verified yet', value: 'unknown' },
      ],
    },
    textList('steps'),
    textList('pros'),
    textList('cautions'),
    { name: 'timeToEffect', type: 'text', localized: true, label: 'Typical time to take effect' },
  ]),
}
