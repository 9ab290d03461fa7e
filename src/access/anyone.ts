import type { Access } from 'payload'

/** Everyone, signed in or not: published reference data such as media files. */
export const anyone: Access = () => true
