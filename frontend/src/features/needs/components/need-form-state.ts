import type { NeedForm, NeedView, Visibility } from '@/types/needs'

// The form keeps what the inputs show (strings); toNeedForm turns it into the API's NeedForm.
// Lists the site "has" are typed one item per line.
export type NeedFormState = {
  title: string
  problemStatement: string
  language: string
  diseaseAreas: string[]
  technologyTypes: string[]
  country: string
  region: string
  careSetting: string
  patientsPerYear: string
  equipment: string
  specialists: string
  it: string
  lab: string
  budgetMin: string
  budgetMax: string
  currency: string
  transferModes: string[]
  minimumTrl: string
  staffLanguages: string[]
  timeline: string
  visibility: Visibility
}

export function emptyNeedState(language: string): NeedFormState {
  return {
    title: '',
    problemStatement: '',
    language,
    diseaseAreas: [],
    technologyTypes: [],
    country: '',
    region: '',
    careSetting: '',
    patientsPerYear: '',
    equipment: '',
    specialists: '',
    it: '',
    lab: '',
    budgetMin: '',
    budgetMax: '',
    currency: 'USD',
    transferModes: [],
    minimumTrl: '',
    staffLanguages: [language],
    timeline: '',
    visibility: 'PUBLIC',
  }
}

const lines = (items: string[] | undefined) => (items ?? []).join('\n')
const str = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value))

export function needStateOf(need: NeedView): NeedFormState {
  const c = need.content
  return {
    title: c.title ?? '',
    problemStatement: c.problemStatement,
    language: c.language,
    diseaseAreas: c.diseaseAreas,
    technologyTypes: c.technologyTypes,
    country: c.country,
    region: c.region ?? '',
    careSetting: c.careSetting,
    patientsPerYear: str(c.patientsPerYear),
    equipment: lines(c.site?.equipment),
    specialists: lines(c.site?.specialists),
    it: lines(c.site?.it),
    lab: lines(c.site?.lab),
    budgetMin: str(c.budget?.min),
    budgetMax: str(c.budget?.max),
    currency: c.budget?.currency ?? 'USD',
    transferModes: c.transferModes,
    minimumTrl: str(c.minimumTrl),
    staffLanguages: c.staffLanguages,
    timeline: c.timeline ?? '',
    visibility: need.visibility,
  }
}

/** One item per line (commas and semicolons also split), blanks dropped. */
export function splitItems(text: string): string[] {
  return text
    .split(/[\n;,，；]/)
    .map((s) => s.trim())
    .filter(Boolean)
}

/** A number typed by a person ("1 000 000", "1,5"), or null when empty; NaN when unreadable. */
export function parseAmount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0_]/g, '').replace(',', '.')
  if (!compact) return null
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : Number.NaN
}

export function toNeedForm(state: NeedFormState, version?: number): NeedForm {
  const min = parseAmount(state.budgetMin)
  const max = parseAmount(state.budgetMax)
  return {
    title: state.title.trim() || null,
    problemStatement: state.problemStatement.trim(),
    language: state.language,
    diseaseAreas: state.diseaseAreas,
    technologyTypes: state.technologyTypes,
    country: state.country,
    region: state.region.trim() || null,
    careSetting: state.careSetting,
    patientsPerYear: parseAmount(state.patientsPerYear),
    site: {
      equipment: splitItems(state.equipment),
      specialists: splitItems(state.specialists),
      it: splitItems(state.it),
      lab: splitItems(state.lab),
    },
    budget: min === null && max === null ? null : { min, max, currency: state.currency.trim().toUpperCase() },
    transferModes: state.transferModes,
    minimumTrl: state.minimumTrl ? Number(state.minimumTrl) : null,
    staffLanguages: state.staffLanguages,
    timeline: state.timeline.trim() || null,
    visibility: state.visibility,
    ...(version === undefined ? {} : { version }),
  }
}

/** Where the form shows a server field error: NeedForm paths mapped onto the form's inputs. */
export function inputOf(field: string): string {
  const f = field.replace(/\[\d+\]$/, '')
  const map: Record<string, string> = {
    'site.equipment': 'equipment',
    'site.specialists': 'specialists',
    'site.it': 'it',
    'site.lab': 'lab',
    'budget.min': 'budgetMin',
    'budget.max': 'budgetMax',
    'budget.rangeOrdered': 'budgetMax',
    'budget.currency': 'currency',
    budget: 'budgetMax',
  }
  return map[f] ?? f.split(/[.[]/)[0]
}

/** The client-side checks, with the server's limits (NeedForm.java); keyed by input, values are i18n keys. */
export function checkNeed(state: NeedFormState): Record<string, { key: string }> {
  const errors: Record<string, { key: string }> = {}
  const req = (field: keyof NeedFormState, ok: boolean, key = 'validation.required') => {
    if (!ok) errors[field] ??= { key }
  }
  req('problemStatement', state.problemStatement.trim().length > 0)
  req('problemStatement', state.problemStatement.length <= 10_000, 'validation.tooLong')
  req('title', state.title.length <= 200, 'validation.tooLong')
  req('diseaseAreas', state.diseaseAreas.length > 0, 'validation.chooseOne')
  req('country', !!state.country)
  req('careSetting', !!state.careSetting)
  const count = parseAmount(state.patientsPerYear)
  req('patientsPerYear', count === null || (Number.isInteger(count) && count >= 0), 'needs.form.notNegative')
  const min = parseAmount(state.budgetMin)
  const max = parseAmount(state.budgetMax)
  req('budgetMin', min === null || min >= 0, 'needs.form.notNegative')
  req('budgetMax', max === null || max >= 0, 'needs.form.notNegative')
  if (min !== null && max !== null && min >= 0 && max >= 0) req('budgetMax', min <= max, 'needs.form.budgetOrder')
  if (min !== null || max !== null) req('currency', /^[A-Za-z]{3}$/.test(state.currency.trim()), 'needs.form.currency')
  return errors
}
