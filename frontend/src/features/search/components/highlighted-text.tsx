import { Fragment } from 'react'

// The search API's snippets are HTML-escaped text in which <mark> and </mark> are the only markup.
// We never hand them to innerHTML: the string is split on the two tags, the entities in the pieces
// are decoded, and React renders the pieces as text. Any other markup therefore shows as text.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })
}

export type Segment = { text: string; marked: boolean }

export function parseHighlight(snippet: string): Segment[] {
  const segments: Segment[] = []
  let marked = false
  for (const part of snippet.split(/(<mark>|<\/mark>)/i)) {
    const tag = part.toLowerCase()
    if (tag === '<mark>') marked = true
    else if (tag === '</mark>') marked = false
    else if (part) segments.push({ text: decodeEntities(part), marked })
  }
  return segments
}

export function HighlightedText({ snippet }: { snippet: string }) {
  return (
    <>
      {parseHighlight(snippet).map((s, i) => (s.marked ? <mark key={i}>{s.text}</mark> : <Fragment key={i}>{s.text}</Fragment>))}
    </>
  )
}
