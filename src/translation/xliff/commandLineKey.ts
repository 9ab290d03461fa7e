import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The key `npm run xliff -- import` sends to the running server so that the server applies the
 * file (and expires its page cache): derived from the Payload secret, which only the operator's
 * machine holds (`.data/secrets.json` or PAYLOAD_SECRET), so the public can never call it.
 */
export const commandLineKeyHeader = 'x-simatlas-xliff-key'

export const commandLineKey = (payloadSecret: string) =>
  createHmac('sha256', payloadSecret).update('simatlas xliff command line').digest('hex')

export function isCommandLineKey(sent: string | null, payloadSecret: string): boolean {
  if (!sent || !payloadSecret) return false
  const expected = Buffer.from(commandLineKey(payloadSecret))
  const given = Buffer.from(sent)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
