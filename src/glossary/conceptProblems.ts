/**
 * What makes a concept unusable, said once for the admin's save and TBX import: a key that
 * cannot be a TBX id, a language without its preferred term, a term both allowed and forbidden.
 */
import { glossaryLocales, sourceLocale, type GlossaryConcept } from './locales'

/** An XML NCName of ASCII letters, digits, "-", "_" and "." (a termEntry's `id`). */
export const conceptKeyPattern = /^[A-Za-z_][A-Za-z0-9_.-]{0,99}$/

const maxTermLength = 200

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

export function conceptProblems(concept: GlossaryConcept): string[] {
  const problems: string[] = []
  if (!conceptKeyPattern.test(concept.key))
    problems.push(
      `the key ${JSON.stringify(concept.key)} must start with a letter and hold only letters, digits, "-", "_" and "." (at most 100)`,
    )
  if (!concept.terms[sourceLocale]?.preferred.trim())
    problems.push(`there is no preferred ${sourceLocale} term (the source term)`)
  for (const locale of glossaryLocales) {
    const terms = concept.terms[locale]
    if (!terms) continue
    const all = [terms.preferred, ...terms.admitted, ...terms.forbidden]
    if (!terms.preferred.trim() && all.some((t) => t.trim()))
      problems.push(`${locale} has variants but no preferred term`)
    for (const term of all) {
      if (term.length > maxTermLength)
        problems.push(`${locale}: a term is longer than ${maxTermLength} characters`)
      if (/[\u0000-\u001f]/.test(term)) problems.push(`${locale}: a term holds a control character`)
    }
    const allowed = [terms.preferred, ...terms.admitted].filter((t) => t.trim())
    for (const forbidden of terms.forbidden) {
      if (!forbidden.trim()) problems.push(`${locale}: a forbidden variant is empty`)
      else if (allowed.some((t) => same(t, forbidden)))
        problems.push(`${locale}: "${forbidden}" is both allowed and forbidden`)
    }
    if (terms.admitted.some((t) => !t.trim())) problems.push(`${locale}: an admitted term is empty`)
  }
  return problems
}
