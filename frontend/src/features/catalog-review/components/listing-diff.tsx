import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { useCodeLabels } from '@/features/catalog/components/code-labels'
import type { ListingContent } from '@/types/catalog'

// Side-by-side comparison of the published content and a pending revision, field by field. All
// values are rendered as text.

type Flat = Record<string, string>

export function flatten(value: unknown, prefix = '', out: Flat = {}): Flat {
  if (value === null || value === undefined || value === '') return out
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      if (value.length) out[prefix] = value.join(', ')
    } else value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out))
  } else if (typeof value === 'object') {
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) flatten(v, prefix ? `${prefix}.${key}` : key, out)
  } else out[prefix] = String(value)
  return out
}

const ORDER = ['language', 'title', 'summary', 'description', 'keywords', 'diseaseAreas', 'technologyType', 'trl', 'transferModes']

export type DiffRow = { field: string; before?: string; after?: string; changed: boolean }

export function diffRows(before: ListingContent | null, after: ListingContent): DiffRow[] {
  const a = before ? flatten(before) : {}
  const b = flatten(after)
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort((x, y) => {
    const ix = ORDER.indexOf(x)
    const iy = ORDER.indexOf(y)
    return (ix < 0 ? 99 : ix) - (iy < 0 ? 99 : iy) || x.localeCompare(y)
  })
  return fields.map((field) => ({ field, before: a[field], after: b[field], changed: a[field] !== b[field] }))
}

const FIELD_LABELS: Record<string, string> = {
  language: 'editor.language',
  title: 'editor.title',
  summary: 'editor.summary',
  description: 'editor.description',
  keywords: 'listing.keywords',
  diseaseAreas: 'listing.diseaseAreas',
  technologyType: 'listing.type',
  trl: 'listing.trl',
  transferModes: 'listing.modes',
  targetCountries: 'listing.targetCountries',
  trainingLanguages: 'listing.trainingLanguages',
  clinical: 'listing.clinical',
  requirements: 'listing.requirements',
  transferIncludes: 'listing.includes',
  ip: 'listing.ip',
  contact: 'listing.contact',
  'contact.name': 'editor.contactName',
  'contact.position': 'editor.contactPosition',
  'contact.email': 'editor.contactEmail',
  'contact.phone': 'editor.contactPhone',
  minimumAnnualCaseVolume: 'listing.minimumCaseVolume',
  termsNotes: 'listing.terms',
  regulatoryStatus: 'listing.regulatory',
}

/** "requirements.annualPatientVolume" → "What the receiving site needs › Annual patient volume". */
export function fieldLabel(path: string, t: TFunction): string {
  if (FIELD_LABELS[path]) return t(FIELD_LABELS[path])
  return path
    .split('.')
    .map((part) => {
      const key = FIELD_LABELS[part] ?? `listing.${part}`
      return t(key, { defaultValue: part })
    })
    .join(' › ')
}

/** The content with codes replaced by their labels, so the diff reads like the listing page. */
function readable(content: ListingContent, labels: ReturnType<typeof useCodeLabels>): ListingContent {
  return {
    ...content,
    language: labels.language(content.language),
    diseaseAreas: content.diseaseAreas.map((c) => labels.code('diseaseArea', c)),
    technologyType: content.technologyType ? labels.code('type', content.technologyType) : null,
    transferModes: content.transferModes.map((c) => labels.code('mode', c)),
    targetCountries: content.targetCountries.map(labels.country),
    transferIncludes: content.transferIncludes && {
      ...content.transferIncludes,
      costModel: content.transferIncludes.costModel ? labels.code('costModel', content.transferIncludes.costModel) : null,
    },
  }
}

export function ListingDiff({ published, revision }: { published: ListingContent | null; revision: ListingContent }) {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const rows = diffRows(published && readable(published, labels), readable(revision, labels))
  const changed = rows.filter((r) => r.changed).length
  return (
    <section aria-labelledby="diff-title">
      <h2 id="diff-title">{published ? t('review.diffTitle') : t('review.newTitle')}</h2>
      {published && <p className="muted">{t('review.changedCount', { count: changed })}</p>}
      <div className="diff">
        {rows.map((row) => (
          <div key={row.field} className={`diff__row${published && row.changed ? ' diff__row--changed' : ''}`} data-changed={published ? row.changed : undefined}>
            <p className="diff__field">
              {fieldLabel(row.field, t)}
              {published && row.changed && <span className="visually-hidden"> ({t('review.changed')})</span>}
            </p>
            {published && (
              <div className="diff__side diff__side--old">
                <h4>{t('review.published')}</h4>
                {row.before ?? '—'}
              </div>
            )}
            <div className="diff__side diff__side--new">
              <h4>{published ? t('review.revision') : t('review.submitted')}</h4>
              {row.after ?? '—'}
            </div>
          </div>
        ))}
      </div>
    </section>
  )
}
