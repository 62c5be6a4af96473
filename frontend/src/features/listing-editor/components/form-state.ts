import type { ListingContent } from '@/types/catalog'
import type { FieldMessage } from '@/utils/form-errors'

// The form edits strings (what inputs hold); lists are one item per line or comma-separated and
// numbers are text until saved. Translations, patents, regulatory status and target countries are
// structured; what the form does not edit (e.g. the clinical team fields) is carried through.

export type FormState = {
  language: string
  title: string
  summary: string
  description: string
  keywords: string
  diseaseAreas: string[]
  technologyType: string
  trl: string
  transferModes: string[]
  'clinical.indication': string
  'clinical.evidenceLevel': string
  'clinical.outcomes': string
  'requirements.equipment': string
  'requirements.staffAndSkills': string
  'requirements.infrastructure': string
  'requirements.annualPatientVolume': string
  'transferIncludes.trainingDays': string
  'transferIncludes.trainingPlaces': string
  'transferIncludes.remoteSupport': string
  'transferIncludes.costModel': string
  'transferIncludes.termsNotes': string
  'contact.name': string
  'contact.position': string
  'contact.email': string
  'contact.phone': string
  trainingLanguages: string
  translations: Record<string, TranslationForm>
  patents: PatentForm[]
  regulatoryStatus: Record<string, string>
  targetCountries: string[]
}

/** What each step of the form gets: the state, a setter, and the error of a field (API path). */
export type StepProps = {
  form: FormState
  set: <K extends keyof FormState>(key: K, value: FormState[K]) => void
  error: (key: string) => FieldMessage | undefined
}

export type TranslationForm = { title: string; summary: string; description: string; keywords: string; source?: string }
export type PatentForm = { number: string; office: string; status: string }

export type TextKey = { [K in keyof FormState]: FormState[K] extends string ? K : never }[keyof FormState]

const lines = (text: string) => text.split(/\n/).map((s) => s.trim()).filter(Boolean)
const commas = (text: string) => text.split(/[,，、;\n]/).map((s) => s.trim()).filter(Boolean)
const num = (text: string) => (text.trim() === '' || !/^\d+$/.test(text.trim()) ? null : Number(text.trim()))
const str = (text: string) => (text.trim() === '' ? null : text.trim())
const s = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value))

export function emptyState(language: string): FormState {
  return fromContent({
    language,
    title: '',
    summary: '',
    description: '',
    keywords: [],
    translations: {},
    diseaseAreas: [],
    technologyType: null,
    trl: null,
    transferModes: [],
    targetCountries: [],
    trainingLanguages: [],
  })
}

export function fromContent(c: ListingContent): FormState {
  return {
    language: c.language,
    title: c.title,
    summary: c.summary,
    description: c.description,
    keywords: (c.keywords ?? []).join(', '),
    diseaseAreas: c.diseaseAreas ?? [],
    technologyType: c.technologyType ?? '',
    trl: s(c.trl),
    transferModes: c.transferModes ?? [],
    'clinical.indication': s(c.clinical?.indication),
    'clinical.evidenceLevel': s(c.clinical?.evidenceLevel),
    'clinical.outcomes': s(c.clinical?.outcomes),
    'requirements.equipment': (c.requirements?.equipment ?? []).join('\n'),
    'requirements.staffAndSkills': s(c.requirements?.staffAndSkills),
    'requirements.infrastructure': s(c.requirements?.infrastructure),
    'requirements.annualPatientVolume': s(c.requirements?.annualPatientVolume),
    'transferIncludes.trainingDays': s(c.transferIncludes?.trainingDays),
    'transferIncludes.trainingPlaces': s(c.transferIncludes?.trainingPlaces),
    'transferIncludes.remoteSupport': s(c.transferIncludes?.remoteSupport),
    'transferIncludes.costModel': s(c.transferIncludes?.costModel),
    'transferIncludes.termsNotes': s(c.transferIncludes?.termsNotes),
    'contact.name': s(c.contact?.name),
    'contact.position': s(c.contact?.position),
    'contact.email': s(c.contact?.email),
    'contact.phone': s(c.contact?.phone),
    trainingLanguages: (c.trainingLanguages ?? []).join(', '),
    translations: Object.fromEntries(
      Object.entries(c.translations ?? {}).map(([lang, tr]) => [
        lang,
        { title: tr.title, summary: s(tr.summary), description: s(tr.description), keywords: (tr.keywords ?? []).join(', '), source: tr.source },
      ]),
    ),
    patents: (c.ip?.patents ?? []).map((p) => ({ number: p.number, office: p.office, status: p.status })),
    regulatoryStatus: { ...(c.ip?.regulatoryStatus ?? {}) },
    targetCountries: c.targetCountries ?? [],
  }
}

/** A provider's translation; a staff review stays only while its text is unchanged (the server checks it too). */
function translationsOf(f: FormState, base?: ListingContent): ListingContent['translations'] {
  return Object.fromEntries(
    Object.entries(f.translations).map(([lang, tr]) => {
      const text = { title: tr.title.trim(), summary: str(tr.summary), description: str(tr.description), keywords: commas(tr.keywords) }
      const before = base?.translations?.[lang]
      const unchanged =
        !!before &&
        before.title === text.title &&
        (before.summary ?? null) === text.summary &&
        (before.description ?? null) === text.description &&
        (before.keywords ?? []).join('\u0000') === text.keywords.join('\u0000')
      return [lang, unchanged ? { ...text, source: before.source } : text]
    }),
  )
}

function ipOf(f: FormState): ListingContent['ip'] {
  const patents = f.patents
    .filter((p) => p.number.trim() || p.office.trim())
    .map((p) => ({ number: p.number.trim(), office: p.office.trim(), status: p.status }))
  const regulatoryStatus = Object.fromEntries(Object.entries(f.regulatoryStatus).filter(([, status]) => !!status))
  return patents.length === 0 && Object.keys(regulatoryStatus).length === 0 ? null : { patents, regulatoryStatus }
}

export function toContent(f: FormState, base?: ListingContent): ListingContent {
  const clinical = {
    ...base?.clinical,
    indication: str(f['clinical.indication']),
    evidenceLevel: str(f['clinical.evidenceLevel']),
    outcomes: str(f['clinical.outcomes']),
  }
  const contactGiven = [f['contact.name'], f['contact.position'], f['contact.email'], f['contact.phone']].some((v) => v.trim())
  return {
    language: f.language.trim(),
    title: f.title.trim(),
    summary: f.summary.trim(),
    description: f.description.trim(),
    keywords: commas(f.keywords),
    translations: translationsOf(f, base),
    diseaseAreas: f.diseaseAreas,
    technologyType: f.technologyType || null,
    trl: num(f.trl),
    transferModes: f.transferModes,
    clinical: Object.values(clinical).some((v) => v !== null && v !== undefined) ? clinical : null,
    requirements: {
      equipment: lines(f['requirements.equipment']),
      staffAndSkills: str(f['requirements.staffAndSkills']),
      infrastructure: str(f['requirements.infrastructure']),
      annualPatientVolume: num(f['requirements.annualPatientVolume']),
    },
    transferIncludes: {
      ...base?.transferIncludes,
      trainingDays: num(f['transferIncludes.trainingDays']),
      trainingPlaces: num(f['transferIncludes.trainingPlaces']),
      remoteSupport: str(f['transferIncludes.remoteSupport']),
      costModel: str(f['transferIncludes.costModel']),
      termsNotes: str(f['transferIncludes.termsNotes']),
    },
    ip: ipOf(f),
    contact: contactGiven
      ? { name: f['contact.name'].trim(), position: str(f['contact.position']), email: str(f['contact.email']), phone: str(f['contact.phone']) }
      : null,
    targetCountries: f.targetCountries,
    trainingLanguages: commas(f.trainingLanguages),
  }
}

/** The form's steps and the fields (API field paths by prefix) each one holds. */
export const STEPS = [
  { key: 'basics', fields: ['language', 'title', 'summary', 'description', 'keywords', 'translations'] },
  { key: 'classification', fields: ['diseaseAreas', 'technologyType', 'trl', 'transferModes'] },
  { key: 'details', fields: ['clinical', 'requirements', 'transferIncludes', 'ip'] },
  { key: 'contact', fields: ['contact', 'trainingLanguages', 'targetCountries'] },
  { key: 'files', fields: [] as string[] },
] as const

export function stepOf(field: string): number {
  const index = STEPS.findIndex((step) => step.fields.some((f) => field === f || field.startsWith(`${f}.`) || field.startsWith(`${f}[`)))
  return index < 0 ? 0 : index
}
