import React from 'react'

/** A bare root layout for the status page: no fonts, no styles, no scripts of ours. */
export default function StatusLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
