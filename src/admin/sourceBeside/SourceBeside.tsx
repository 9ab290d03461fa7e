'use client'
import { useField, useForm, useTranslation } from '@payloadcms/ui'
import type { ClientField } from 'payload'
import React, { useCallback, useMemo } from 'react'

import { sourceBesideStrings, type SourceBesideStrings } from './strings'
import type { DiffPart, SourceUnitView, UnitState } from './types'
import { useTranslationSource } from './useTranslationSource'
import './SourceBeside.css'

type Props = { path: string; schemaPath?: string; field?: ClientField; readOnly?: boolean }

const isEmpty = (value: unknown): boolean => {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  // An empty Lexical state: a root with one empty paragraph (or none).
  if (typeof value === 'object' && 'root' in value) {
    const text = JSON.stringify((value as { root: unknown }).root).match(/"text":"[^"]/)
    return !text
  }
  return false
}

function Changes({ parts, label }: { parts: DiffPart[]; label: string }) {
  return (
    <div className="source-beside__diff" aria-label={label} title={label}>
      {parts.map((part, i) =>
        part.added ? (
          <ins key={i}>{part.value}</ins>
        ) : part.removed ? (
          <del key={i}>{part.value}</del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </div>
  )
}

function Unit({
  unit,
  state,
  t,
}: {
  unit: SourceUnitView
  state: UnitState | undefined
  t: SourceBesideStrings
}) {
  return (
    <div
      className={`source-beside__unit source-beside__unit--${unit.kind}${state && state !== 'current' ? ` source-beside__unit--${state}` : ''}`}
      data-unit-key={unit.key}
      data-state={state ?? 'unknown'}
    >
      {state === 'outdated' && <span className="source-beside__badge">{t.changed}</span>}
      {state === 'missing' && (
        <span className="source-beside__badge source-beside__badge--missing">{t.missing}</span>
      )}
      <div className="source-beside__text">{unit.text}</div>
      {state === 'outdated' && unit.changes && (
        <Changes parts={unit.changes} label={t.changedSince} />
      )}
    </div>
  )
}

/**
 * A client component: it reads and writes the field's value (start from the source), and
 * Payload renders every afterInput anew on each form-state request, so a server component
 * would query the database per field per keystroke; the source comes once per document from
 * /api/translation-source (useTranslationSource).
 *
 * The zh source, read-only, beside a translatable field edited in another locale: its text (each
 * rich-text block apart), the blocks changed in zh since the translation marked with their diff,
 * untranslated ones marked missing, and "start from the source" for an empty field.
 */
export function SourceBeside({ path, schemaPath, field, readOnly }: Props) {
  const source = useTranslationSource()
  const { i18n } = useTranslation()
  const t = sourceBesideStrings(i18n.language)
  const { value, setValue } = useField<unknown>({ path })
  const { addFieldRow, dispatchFields, setModified } = useForm()
  // A list of texts (a channel's steps): each row's text has the source beside it; the list
  // itself shows the zh items only while it has no rows here.
  const list = field?.type === 'array'
  const units = useMemo(
    () =>
      source?.units.filter((unit) =>
        list ? unit.formPath.startsWith(`${path}.`) : unit.formPath === path,
      ) ?? [],
    [source, list, path],
  )
  const sourceValue = source?.values[path]
  const richText = field?.type === 'richText'

  const startFromSource = useCallback(() => {
    if (list) {
      // Rows are only ever added to an empty list, so nothing is overwritten.
      if (value) return
      units.forEach((unit, rowIndex) => {
        const textName = unit.formPath.split('.').at(-1) as string
        const text = source?.values[unit.formPath]
        addFieldRow({
          path,
          rowIndex,
          schemaPath: schemaPath ?? path,
          subFieldState: { [textName]: { initialValue: text, value: text, valid: true } },
        })
      })
      return
    }
    if (sourceValue === undefined) return
    if (!isEmpty(value) && !window.confirm(t.confirmReplace)) return
    const copy = structuredClone(sourceValue)
    if (richText) {
      // The editor takes a new value only when the initial value changes (it re-mounts then).
      dispatchFields({ type: 'UPDATE', path, value: copy, initialValue: copy })
      setModified(true)
    } else {
      setValue(copy)
    }
  }, [
    list,
    units,
    source,
    addFieldRow,
    schemaPath,
    sourceValue,
    value,
    t,
    richText,
    dispatchFields,
    path,
    setModified,
    setValue,
  ])

  if (!source || units.length === 0) return null
  // A list's value in the form is its number of rows.
  const empty = list ? !value : isEmpty(value)
  if (list && !empty) return null
  // Without a translation-status row: missing when the field is empty here, else nothing known.
  const stateOf = (unit: SourceUnitView): UnitState | undefined =>
    unit.state ?? (empty ? 'missing' : undefined)
  const changed = units.filter((unit) => stateOf(unit) === 'outdated').length

  return (
    <aside className="source-beside" data-source-for={path} aria-label={t.source}>
      <div className="source-beside__head">
        <span className="source-beside__label">{t.source}</span>
        {richText && changed > 0 && (
          <span className="source-beside__badge">{t.changedCount(changed)}</span>
        )}
        {empty && !readOnly && (
          <button
            type="button"
            className="source-beside__start"
            onClick={startFromSource}
            title={t.startHint}
          >
            {t.startFromSource}
          </button>
        )}
      </div>
      <div className="source-beside__body" lang="zh-Hans">
        {units.map((unit) => (
          <Unit key={unit.key} unit={unit} state={stateOf(unit)} t={t} />
        ))}
      </div>
    </aside>
  )
}
