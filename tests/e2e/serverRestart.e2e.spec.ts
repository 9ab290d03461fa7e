import fs from 'node:fs'
import { describe, expect, inject, it } from 'vitest'

import { descendantsOf } from '../support/processes'

const baseUrl = inject('baseUrl')

/** The Next server `npm start` runs (it names itself next-server), among our launcher's children. */
const nextServer = () =>
  descendantsOf(inject('appPid')).find((each) => /^next-server/.test(each.args))

describe('npm start', () => {
  it('restarts the Next server after it dies, with a bounded heap, while Postgres keeps running', async () => {
    const before = nextServer()
    expect(before, 'a next-server process under npm start').toBeTruthy()
    // A runaway request fails fast (and is restarted) instead of growing to 4 GB.
    const environ = fs.readFileSync(`/proc/${before!.pid}/environ`, 'utf8')
    expect(environ).toMatch(/NODE_OPTIONS=[^\0]*--max-old-space-size=1024/)

    process.kill(before!.pid, 'SIGKILL')
    const killedAt = Date.now()
    let after = nextServer()
    let page: Response | undefined
    while (Date.now() - killedAt < 30_000) {
      after = nextServer()
      if (after && after.pid !== before!.pid) {
        // A page that needs the database: the embedded Postgres is still the one we started.
        page = await fetch(`${baseUrl}/zh`).catch(() => undefined)
        if (page?.status === 200) break
      }
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(after?.pid).not.toBe(before!.pid)
    expect(page?.status).toBe(200)
    expect(await page!.text()).toContain('<html')
    // The first restart comes after 1 s; ready in about a second more.
    expect(Date.now() - killedAt).toBeLessThan(15_000)
  })
})
