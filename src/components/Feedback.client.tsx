'use client'

import { useState } from 'react'

import type { FeedbackCollection } from '@/content/publicCollections'

type Props = {
  collection: FeedbackCollection
  id: number
  locale: string
  labels: { question: string; yes: string; no: string; thanks: string }
}

/** "Was this helpful?": the only script on a guide page. */
export function FeedbackButtons({ collection, id, locale, labels }: Props) {
  const [state, setState] = useState<'idle' | 'sent' | 'error'>('idle')
  const [message, setMessage] = useState('')

  async function vote(helpful: boolean) {
    const response = await fetch('/api/feedback', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ collection, id, locale, helpful }),
    })
    if (response.ok) {
      setState('sent')
    } else {
      setState('error')
      const body = (await response.json().catch(() => ({}))) as {
        errors?: { message?: string }[]
      }
      setMessage(body.errors?.[0]?.message ?? String(response.status))
    }
  }

  return (
    <div className="feedback" role="group" aria-label={labels.question}>
      <span>{labels.question}</span>
      <button type="button" onClick={() => vote(true)} disabled={state === 'sent'}>
        {labels.yes}
      </button>
      <button type="button" onClick={() => vote(false)} disabled={state === 'sent'}>
        {labels.no}
      </button>
      <span role="status">
        {state === 'sent' ? labels.thanks : state === 'error' ? message : ''}
      </span>
    </div>
  )
}
