import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The key `npm run xliff -- import` sends to the running server so that the server applies the
 * file (and expires its page cache): derived from the Payload secret, which only the operator's
 * machine holds (`.data/secrets.json` or PAYLOAD_SECRET), so the public can never call it.
 */
export const commandLineKeyHeader = 'x-simatlas-xliff-key'

export const commandLineKey = (payloadSecret: string) =>
  createHmac('sha256', payloadSecret).update('simatlas xliff command line').digest('hex')

/**
 * Loopback only: the command runs on the server's machine. The client address is the one the
 * server set (src/server/setClientAddress.cjs), never what a client claims, so a key that leaked
 * is of no use from anywhere else.
 */
const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1'])
export const fromThisMachine = (clientAddress: string | null) =>
  loopback.has(clientAddress?.trim() ?? '')

export function isCommandLineKey(sent: string | null, payloadSecret: string): boolean {
  if (!sent || !payloadSecret) return false
  const expected = Buffer.from(commandLineKey(payloadSecret))
  const given = Buffer.from(sent)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
