// The backend's JSON shapes of needs, matches, brokering figures and saved searches
// (NeedView, MatchView, Brokering.Figures, SavedSearch, SearchAlert).

export const DISEASE_AREAS = ['DIABETES', 'OBESITY', 'CARDIOVASCULAR', 'HYPERTENSION', 'DYSLIPIDEMIA', 'FATTY_LIVER', 'KIDNEY', 'ONCOLOGY', 'THYROID', 'OTHER'] as const
export const TECHNOLOGY_TYPES = ['DIAGNOSTIC', 'MEDICAL_DEVICE', 'THERAPEUTIC', 'PHARMACEUTICAL', 'DIGITAL_HEALTH', 'CLINICAL_PROTOCOL', 'TRAINING_PROGRAM'] as const
export const TRANSFER_MODES = ['LICENSE', 'TECHNICAL_ASSISTANCE', 'TRAINING', 'CO_DEVELOPMENT', 'EQUIPMENT_SUPPLY', 'JOINT_VENTURE'] as const
export const CARE_SETTINGS = ['TERTIARY_HOSPITAL', 'REGIONAL_HOSPITAL', 'PRIMARY_CARE', 'OTHER'] as const
export const VISIBILITIES = ['PUBLIC', 'ANONYMOUS', 'STAFF_ONLY'] as const
export const OUTCOMES = ['FULFILLED_THROUGH_PORTAL', 'FULFILLED_ELSEWHERE', 'NO_LONGER_NEEDED', 'OTHER'] as const
export const DISMISSAL_REASONS = ['NOT_RELEVANT', 'TOO_EXPENSIVE', 'NOT_FEASIBLE_AT_SITE', 'ALREADY_HAVE_IT', 'NOT_AVAILABLE_IN_COUNTRY', 'OTHER'] as const

export type NeedStatus = 'DRAFT' | 'OPEN' | 'MATCHED' | 'CLOSED' | 'EXPIRED'
export type Visibility = (typeof VISIBILITIES)[number]
export type Outcome = (typeof OUTCOMES)[number]

export type NeedSite = { equipment: string[]; specialists: string[]; it: string[]; lab: string[] }
export type NeedBudget = { min: number | null; max: number | null; currency: string }

export type NeedContent = {
  title: string | null
  problemStatement: string
  language: string
  diseaseAreas: string[]
  technologyTypes: string[]
  country: string
  region: string | null
  careSetting: string
  patientsPerYear: number | null
  site: NeedSite
  budget: NeedBudget | null
  transferModes: string[]
  minimumTrl: number | null
  staffLanguages: string[]
  timeline: string | null
}

export type NeedView = {
  id: string
  version: number
  institutionId: string | null
  own: boolean
  status: NeedStatus
  visibility: Visibility
  content: NeedContent
  outcome: Outcome | null
  outcomeNote: string | null
  matchedListingId: string | null
  createdAt: string
  updatedAt: string
  openedAt: string | null
  expiresAt: string | null
}

/** One entry of a need's history (NeedRevision): the need after each change. */
export type NeedRevision = {
  id: string
  needId: string
  version: number | null
  event: string
  userId: string | null
  status: NeedStatus
  visibility: Visibility
  outcome: Outcome | null
  outcomeNote: string | null
  matchedListingId: string | null
  at: string
}

/** What the form sends (NeedForm): the content plus visibility and, on edits, the version loaded. */
export type NeedForm = Omit<NeedContent, 'budget'> & {
  budget: { min: number | null; max: number | null; currency: string } | null
  visibility: Visibility
  version?: number
}

export type MatchItem = { code: string; params: Record<string, unknown>; message: string }
export type Dismissal = { reason: string; note: string | null; userId: string; at: string }

export type MatchView = {
  needId: string
  listingId: string
  score: number
  curated: boolean
  curatedNote: string | null
  reasons: MatchItem[]
  gaps: MatchItem[]
  dismissal: Dismissal | null
  listing: {
    id: string
    reference: string
    title: string | null
    language: string
    providerName: string
    providerCountry: string
    technologyType: string
    trl: number
  } | null
  need: {
    id: string
    title: string | null
    country: string
    careSetting: string
    diseaseAreas: string[]
    institutionId: string | null
    visibility: Visibility
  } | null
}

export type BrokeringItem = { id: string; title: string | null; country: string | null; diseaseAreas: string[]; bestScore: number }
export type BrokeringSide = {
  total: number
  byCountry: Record<string, number>
  byDiseaseArea: Record<string, number>
  items: BrokeringItem[]
}
export type BrokeringFigures = {
  threshold: number
  uncoveredNeeds: BrokeringSide
  unwantedListings: BrokeringSide
  dismissalReasons: { side: string; reason: string; count: number; recentNotes: string[] }[]
}

export type SavedSearch = {
  id: string
  name: string
  text: string
  language: string
  diseaseArea: string | null
  technologyType: string | null
  country: string | null
  createdAt: string
}

export type SearchAlert = {
  id: string
  searchId: string
  listingId: string
  reference: string
  title: string | null
  relevance: number
  at: string
}

/** Staff's full match recompute (FullRecompute.Job): progress is kept in MongoDB, so any node reports it. */
export type RecomputeJob = {
  id: string
  state: 'IDLE' | 'RUNNING' | 'DONE' | 'FAILED'
  total: number
  done: number
  startedBy: string | null
  startedAt: string | null
  heartbeatAt: string | null
  finishedAt: string | null
  error: string | null
}
