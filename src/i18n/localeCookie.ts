/** The remembered language: set by the switcher, read by the proxy when it negotiates `/`. */
export const localeCookie = { name: 'SIMATLAS_LOCALE', maxAge: 60 * 60 * 24 * 365 }
