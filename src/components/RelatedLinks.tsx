import Link from 'next/link'

type Item = { key: string | number; href: string; label: string; detail?: string | null }

type Props = { id: string; heading: string; items: Item[]; variant?: 'list' | 'pills' }

/** A titled section of links to related documents; nothing at all when there are none. */
export function RelatedLinks({ id, heading, items, variant = 'list' }: Props) {
  if (items.length === 0) return null
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul className={variant === 'pills' ? 'pills' : 'plain'}>
        {items.map((item) => (
          <li key={item.key}>
            <Link href={item.href}>{item.label}</Link>
            {item.detail && <> — {item.detail}</>}
          </li>
        ))}
      </ul>
    </section>
  )
}
