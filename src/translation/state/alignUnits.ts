/**
 * Which zh unit before a save each zh unit after it continues, so a unit's translation record
 * follows it when blocks are inserted, removed or reordered around it.
 *
 * Units without an index (a text field, a fact's text keyed by its row id) continue the unit of
 * the same key. Indexed units (rich-text blocks, list items, keyed `body#4`) are aligned per
 * field by the longest common subsequence of their hashes: blocks on the LCS are unchanged and
 * continue their old selves; between two LCS matches the old and new blocks left over are paired
 * in order (an edited block continues the block it replaced, changed), new blocks beyond them
 * continue nothing (inserted), and old blocks beyond them were removed, which touches the
 * following block (or, at the end, the preceding one). A pure module.
 */
export type Aligned<O> = {
  /** The old unit this one continues, if any. */
  origin?: O
  /** Its zh text differs from its origin's (or it has none), or a neighbour was removed. */
  changed: boolean
}

type Hashed = { key: string; field: string; index?: number }

/** Pairs (i, j) of equal elements forming a longest common subsequence, in order. */
export function longestCommonSubsequence(a: string[], b: string[]): [number, number][] {
  const n = a.length
  const m = b.length
  const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] =
        a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1])
    }
  }
  const pairs: [number, number][] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j])
      i++
      j++
    } else if (table[i + 1][j] >= table[i][j + 1]) i++
    else j++
  }
  return pairs
}

/** One field's indexed units, old and new, aligned. */
function alignSequence<O, N>(
  old: O[],
  next: N[],
  oldHash: (o: O) => string,
  newHash: (n: N) => string,
): Aligned<O>[] {
  const result: Aligned<O>[] = next.map(() => ({ changed: true }))
  const touched = new Set<number>()
  let i = 0
  let j = 0
  const pairs = longestCommonSubsequence(old.map(oldHash), next.map(newHash))
  for (const [mi, mj] of [...pairs, [old.length, next.length] as [number, number]]) {
    // The gap old[i..mi) / next[j..mj) before this match: edited blocks pair up in order.
    const paired = Math.min(mi - i, mj - j)
    for (let k = 0; k < paired; k++) result[j + k] = { origin: old[i + k], changed: true }
    // Blocks only removed here: the block now in their place (or, at the end, before it) is
    // what a translator must look at.
    if (paired === 0 && mi > i) {
      const at = mj < next.length ? mj : mj - 1
      if (at >= 0) touched.add(at)
    }
    if (mi < old.length && mj < next.length) result[mj] = { origin: old[mi], changed: false }
    i = mi + 1
    j = mj + 1
  }
  for (const at of touched) result[at].changed = true
  return result
}

/**
 * For each new unit (in order), the old unit it continues and whether it changed. `oldHash` and
 * `newHash` read the fingerprints to compare.
 */
export function alignUnits<O extends Hashed, N extends Hashed>(
  old: O[],
  next: N[],
  oldHash: (o: O) => string,
  newHash: (n: N) => string,
): Aligned<O>[] {
  const oldByKey = new Map(old.map((o) => [o.key, o]))
  const result: Aligned<O>[] = new Array(next.length)
  const indexedFields = new Set(next.filter((n) => n.index !== undefined).map((n) => n.field))
  for (const field of indexedFields) {
    const positions = next.flatMap((n, at) =>
      n.field === field && n.index !== undefined ? [at] : [],
    )
    const oldOfField = old
      .filter((o) => o.field === field && o.index !== undefined)
      .sort((a, b) => (a.index ?? 0) - (b.index ?? 0))
    const aligned = alignSequence(
      oldOfField,
      positions.map((at) => next[at]),
      oldHash,
      newHash,
    )
    positions.forEach((at, k) => (result[at] = aligned[k]))
  }
  next.forEach((n, at) => {
    if (n.index !== undefined) return
    const origin = oldByKey.get(n.key)
    result[at] = { origin, changed: !origin || oldHash(origin) !== newHash(n) }
  })
  return result
}
