import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { superviseServer } from '../../src/cli/superviseServer'

/**
 * The launcher's restart loop on real processes: a "server" that crashes a few times (it counts
 * its starts in a file), then keeps running until the launcher stops.
 */
describe('superviseServer', () => {
  it('restarts a crashing server with doubling delays, logs how it ended, and stops on request', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'supervise-'))
    const starts = path.join(dir, 'starts')
    fs.writeFileSync(starts, '')
    // Crashes on its first three starts (code 1, then SIGKILL, then code 134), then after a
    // healthy run of 2.5 s, then stays up. "Healthy" is 1.5 s here: far more than a crashing
    // start takes even on a loaded CI machine (at 0.3 s a slow start counted as healthy).
    const server = `
      const fs = require('node:fs')
      fs.appendFileSync(${JSON.stringify(starts)}, 'x')
      const n = fs.readFileSync(${JSON.stringify(starts)}, 'utf8').length
      if (n === 1) process.exit(1)
      if (n === 2) process.kill(process.pid, 'SIGKILL')
      if (n === 3) process.exit(134)
      if (n === 4) setTimeout(() => process.exit(1), 2500)
      setInterval(() => {}, 1000)`
    const log: { at: number; message: string }[] = []
    let stopping = false
    let child: import('node:child_process').ChildProcess | undefined
    const started = Date.now()
    const supervised = superviseServer({
      command: process.execPath,
      args: ['-e', server],
      stopping: () => stopping,
      onChild: (current) => (child = current),
      initialDelayMs: 100,
      maxDelayMs: 250,
      healthyAfterMs: 1500,
      log: (message) => log.push({ at: Date.now() - started, message }),
    })

    while (fs.readFileSync(starts, 'utf8').length < 5) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(log.map((each) => each.message)).toEqual([
      expect.stringMatching(
        /exited unexpectedly \(code 1\); restarting it in 0\.1 s \(restart 1 in a row\)/,
      ),
      expect.stringMatching(/\(signal SIGKILL\); restarting it in 0\.2 s \(restart 2 in a row\)/),
      // Doubling stops at the maximum.
      expect.stringMatching(/\(code 134\); restarting it in 0\.25 s \(restart 3 in a row\)/),
      // After a healthy run the delay starts over.
      expect.stringMatching(/\(code 1\); restarting it in 0\.1 s \(restart 1 in a row\)/),
    ])
    // 0.1 + 0.2 + 0.25 s of waiting before the fourth start.
    expect(Date.now() - started).toBeGreaterThanOrEqual(550)

    // Shutting down: the launcher kills the server, which is then not restarted.
    stopping = true
    child?.kill('SIGTERM')
    await supervised
    expect(child).toBeUndefined()
    expect(fs.readFileSync(starts, 'utf8')).toHaveLength(5)
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
