'use client'
import {
  FormSubmit,
  PopupList,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormModified,
  useLocale,
  useModal,
  useTranslation,
} from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import React, { useCallback } from 'react'

import { defaultLocale, isLocale, localeInfo, locales, type Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { ScheduleDrawer, scheduleDrawerSlug } from '@/publishing/schedule/admin/ScheduleDrawer'
import { scheduleStrings } from '@/publishing/schedule/admin/strings'
import { useScheduledEvents } from '@/publishing/schedule/admin/useScheduledEvents'

import { LocaleStateList } from './LocaleStateList'
import { publishStrings } from './strings'
import { useLocaleStates } from './useLocaleStates'

/**
 * The publish button of guides and FAQs, in place of Payload's (whose "Publish changes" put every
 * language's pending draft live). The main button is what the user may do: "Publish in <the
 * language being edited>" (`?publishSpecificLocale=`), for a translator in their own language
 * only; its menu lists each language's state and who changed it and, for editors, "Publish all
 * languages (N pending)" (`?publishAllLocales=true`), and "Schedule…" (publish a language, or for
 * editors unpublish, at a time: `src/publishing/schedule/`) with the pending events. The server
 * enforces the same rules.
 */
export function PublishControls() {
  const {
    id,
    collectionSlug,
    hasPublishPermission,
    setHasPublishedDoc,
    setMostRecentVersionIsAutosaved,
    setUnpublishedVersionCount,
    uploadStatus,
  } = useDocumentInfo()
  const { submit } = useForm()
  const modified = useFormModified()
  const { code } = useLocale()
  const { user } = useAuth<User>()
  const { i18n } = useTranslation()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const { states: publishStates, refresh } = useLocaleStates()
  const states = publishStates?.locales ?? null
  const t = publishStrings(i18n.language)
  const ts = scheduleStrings(i18n.language)
  const { openModal } = useModal()
  const schedule = useScheduledEvents()

  const publish = useCallback(
    async (params: Record<string, string>) => {
      if (uploadStatus === 'uploading' || !collectionSlug) return
      const query = new URLSearchParams({ depth: '0', ...params }).toString()
      const path = `/${collectionSlug}${id !== undefined ? `/${id}` : ''}?${query}`
      const result = await submit({
        action: formatAdminURL({ apiRoute: api, path: path as `/${string}` }),
        overrides: { _status: 'published' },
      })
      if (result) {
        setUnpublishedVersionCount(0)
        setMostRecentVersionIsAutosaved(false)
        setHasPublishedDoc(true)
        refresh()
      }
    },
    [
      api,
      collectionSlug,
      id,
      refresh,
      setHasPublishedDoc,
      setMostRecentVersionIsAutosaved,
      setUnpublishedVersionCount,
      submit,
      uploadStatus,
    ],
  )

  if (!user || !isLocale(code)) return null
  const locale: Locale = code
  const editor = user.role === 'admin' || user.role === 'editor'
  const ownLocales = (user.editableLocales ?? []).filter(isLocale)
  if (!editor && ownLocales.length === 0) return null
  if (editor && !hasPublishPermission) return null

  const current = states?.find((s) => s.locale === locale)
  const isPublic = Boolean(states?.some((s) => s.state === 'published' || s.state === 'pending'))
  const waiting = (states ?? []).filter((s) => s.state === 'pending' || s.state === 'draft')
  const pendingCount =
    waiting.length + (modified && !waiting.some((s) => s.locale === locale) ? 1 : 0)
  const hasSomethingHere = modified || current?.state === 'pending' || current?.state === 'draft'

  // The language the main button publishes, and why it may not be pressed.
  const target: Locale = editor || ownLocales.includes(locale) ? locale : ownLocales[0]!
  const targetLabel = localeInfo[target].label
  const sharedPending = publishStates?.sharedPending ?? []
  const hint =
    target !== locale
      ? t.openOwnLanguage(targetLabel)
      : id !== undefined && states && !isPublic && (!editor || locale !== defaultLocale)
        ? t.sourceFirst(localeInfo[defaultLocale].label)
        : !editor && sharedPending.length > 0
          ? t.sharedWaiting(sharedPending)
          : undefined
  // Who may schedule what is who may publish what (the schedule endpoint checks it again).
  const schedulable: Locale[] = editor
    ? [locale, ...locales.filter((l) => l !== locale)]
    : ownLocales.includes(locale)
      ? [locale, ...ownLocales.filter((l) => l !== locale)]
      : ownLocales
  const pendingEvents = schedule.events ?? []
  const disabled =
    Boolean(hint) ||
    !hasSomethingHere ||
    uploadStatus === 'uploading' ||
    (id !== undefined && !states)

  return (
    <React.Fragment>
      <FormSubmit
        buttonId="action-save"
        disabled={disabled}
        enableSubMenu
        tooltip={hint}
        onClick={() => void publish({ locale: target, publishSpecificLocale: target })}
        size="medium"
        type="button"
        SubMenuPopupContent={({ close }) => (
          <React.Fragment>
            {states ? (
              <PopupList.ButtonGroup>
                <div style={{ padding: '0.5rem 1rem', maxWidth: '26rem' }}>
                  <LocaleStateList
                    states={states}
                    strings={t}
                    language={i18n.language}
                    current={locale}
                  />
                </div>
              </PopupList.ButtonGroup>
            ) : null}
            {schedule.url ? (
              <PopupList.ButtonGroup>
                <PopupList.Button
                  id="schedule-publish"
                  onClick={() => {
                    close()
                    openModal(scheduleDrawerSlug)
                  }}
                >
                  {pendingEvents.length > 0
                    ? `${ts.schedule} (${ts.upcoming}: ${pendingEvents.length})`
                    : ts.schedule}
                </PopupList.Button>
              </PopupList.ButtonGroup>
            ) : null}
            {editor ? (
              <PopupList.ButtonGroup>
                <PopupList.Button
                  id="publish-all-locales"
                  disabled={pendingCount === 0 && isPublic}
                  onClick={() => {
                    close()
                    void publish({ locale, publishAllLocales: 'true' })
                  }}
                >
                  {t.publishAll(pendingCount)}
                </PopupList.Button>
              </PopupList.ButtonGroup>
            ) : null}
          </React.Fragment>
        )}
      >
        {t.publishIn(targetLabel)}
      </FormSubmit>
      {schedule.url ? (
        <ScheduleDrawer
          key={locale}
          url={schedule.url}
          events={schedule.events}
          refresh={schedule.refresh}
          publishable={schedulable}
          mayUnpublish={editor}
          mayCancel={(event) =>
            editor ||
            (event.type === 'publish' && event.locale !== null && ownLocales.includes(event.locale))
          }
        />
      ) : null}
    </React.Fragment>
  )
}
