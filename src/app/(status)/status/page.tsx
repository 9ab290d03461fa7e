import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'SIM Atlas status', robots: { index: false } }

/**
 * A fully static page (prerendered at build, no data): the health check for load balancers and
 * the baseline the page benchmark compares guide pages against.
 */
export default function StatusPage() {
  return (
    <main>
      <h1>SIM Atlas is running</h1>
    </main>
  )
}
