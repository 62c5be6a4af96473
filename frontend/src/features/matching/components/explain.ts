import type { TFunction } from 'i18next'
import type { MatchItem } from '@/types/needs'

type Labels = {
  code: (kind: 'diseaseArea' | 'type' | 'mode', code: string) => string
  country: (code: string) => string
  language: (code: string) => string
}

/** `wanted` and `offered` carry disease areas, technology types or transfer modes, by criterion. */
function anyCode(labels: Labels, value: string): string {
  for (const kind of ['diseaseArea', 'type', 'mode'] as const) {
    const label = labels.code(kind, value)
    if (label !== value) return label
  }
  return value
}

// Which label each parameter of a MatchItem needs (see MatchScorer): codes become words in the UI
// language, lists are joined; anything unknown is shown as sent.
const KIND: Partial<Record<string, (labels: Labels, value: string) => string>> = {
  areas: (l, v) => l.code('diseaseArea', v),
  wanted: (l, v) => anyCode(l, v),
  offered: (l, v) => anyCode(l, v),
  type: (l, v) => l.code('type', v),
  modes: (l, v) => l.code('mode', v),
  languages: (l, v) => l.language(v),
  available: (l, v) => l.language(v),
  country: (l, v) => l.country(v),
  targets: (l, v) => l.country(v),
}

export function explainParams(params: Record<string, unknown>, labels: Labels, separator: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, raw] of Object.entries(params)) {
    const label = KIND[key]
    const one = (v: unknown) => (label && typeof v === 'string' ? label(labels, v) : String(v))
    out[key] = Array.isArray(raw) ? raw.map(one).join(separator) : one(raw)
  }
  return out
}

/** A reason or gap in the UI language; a code this UI does not know yet falls back to the server's English. */
export function explain(item: MatchItem, labels: Labels, t: TFunction): string {
  const params = explainParams(item.params, labels, t('needs.match.listSeparator'))
  return t(`needs.match.item.${item.code}`, { ...params, defaultValue: item.message, interpolation: { escapeValue: false } })
}
