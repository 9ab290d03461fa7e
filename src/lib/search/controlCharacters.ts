/**
 * C0 and C1 control characters other than tab, newline and carriage return: invisible in a
 * page, meaningless in a search, and the range the snippet markers are drawn from. Removed
 * from every text the search index stores (and again from its rows when snippets are made, for
 * rows stored before), so that content can never contain a marker: a U+0001 in a translator's
 * text once turned into `<mark>` in the snippets readers see.
 */
export const controlCharacters = '[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]'

const pattern = new RegExp(controlCharacters, 'g')

export const withoutControlCharacters = (text: string) => text.replace(pattern, '')
