export const roles = ['admin', 'editor', 'translator'] as const

export type Role = (typeof roles)[number]
