// Shapes of the catalog and search JSON (org.transferhub.catalog.web, org.transferhub.search.web).

export type ListingStatus = 'DRAFT' | 'SUBMITTED' | 'CHANGES_REQUESTED' | 'PUBLISHED' | 'ARCHIVED' | 'EXPIRED'

export type CatalogCodes = {
  diseaseAreas: string[]
  technologyTypes: string[]
  transferModes: string[]
  costModels: string[]
  patentStatuses: string[]
  regulatoryStatuses: string[]
  translationSources: string[]
  defaultTargetCountries: string[]
  trl: string[]
}

export type Provider = { institutionId: string; name: string; nameLatin?: string | null; country: string }

export type Translation = {
  title: string
  summary?: string | null
  description?: string | null
  keywords?: string[]
  source?: 'PROVIDER' | 'STAFF_REVIEWED'
}

export type ClinicalTechnique = {
  indication?: string | null
  evidenceLevel?: string | null
  outcomes?: string | null
  learningCurve?: string | null
  minimumAnnualCaseVolume?: number | null
  teamRequired?: string | null
}

export type SiteRequirements = {
  equipment?: string[]
  staffAndSkills?: string | null
  infrastructure?: string | null
  annualPatientVolume?: number | null
}

export type TransferPackage = {
  trainingDays?: number | null
  trainingPlaces?: number | null
  equipment?: string[]
  software?: string[]
  documents?: string[]
  remoteSupport?: string | null
  costModel?: string | null
  termsNotes?: string | null
}

export type Contact = { name: string; position?: string | null; email?: string | null; phone?: string | null }

/** What a provider writes (ListingContent): the body of POST/PUT /api/listings. */
export type ListingContent = {
  language: string
  title: string
  summary: string
  description: string
  keywords: string[]
  translations: Record<string, Translation>
  diseaseAreas: string[]
  technologyType: string | null
  trl: number | null
  transferModes: string[]
  clinical?: ClinicalTechnique | null
  requirements?: SiteRequirements | null
  transferIncludes?: TransferPackage | null
  ip?: { patents?: { number: string; office: string; status: string }[]; regulatoryStatus?: Record<string, string> } | null
  contact?: Contact | null
  targetCountries: string[]
  trainingLanguages: string[]
}

export type AttachmentView = {
  id: string
  fileName: string
  contentType: string
  size: number
  uploadedAt: string
  url: string
}

export type ListingView = ListingContent & {
  id: string
  reference: string
  status: ListingStatus
  version: number
  provider: Provider
  attachments: AttachmentView[]
  createdAt: string
  updatedAt: string
  publishedAt?: string | null
  expiresAt?: string | null
  staffComment?: string | null
  pendingRevision?: { state: ListingStatus; submittedAt?: string | null; staffComment?: string | null; content: ListingContent } | null
}

export type ListingSummary = {
  id: string
  reference: string
  status: ListingStatus
  language: string
  title: string
  summary: string
  diseaseAreas: string[]
  technologyType: string
  trl: number
  transferModes: string[]
  translations: string[]
  provider: Provider
  publishedAt?: string | null
  updatedAt: string
  revisionPending: boolean
}

export type HistoryEntry = {
  at: string
  actorId: string
  actorName: string
  action: string
  fromStatus?: ListingStatus | null
  toStatus?: ListingStatus | null
  comment?: string | null
  changedFields: string[]
}

export type ReviewQueueItem = {
  id: string
  reference: string
  kind: 'NEW_LISTING' | 'REVISION'
  title: string
  language: string
  provider: Provider
  waitingSince: string
  waitingSeconds: number
}

export type ImportReport = {
  created: number
  updated: number
  failed: number
  errors: { line: number; reference?: string | null; message: string }[]
}

export type MatchedConcept = { code: string; term: string; listingTerm?: string | null }

export type SearchHit = {
  id: string
  reference: string
  language: string
  title: string
  summary: string
  providerName: string
  providerCountry: string
  diseaseAreas: string[]
  technologyType: string
  trl: number
  score: number
  /** Per field: HTML-escaped text in which <mark> and </mark> are the only markup. */
  highlights: Record<string, string>
  matchedConcepts: MatchedConcept[]
}

export type FacetName = 'diseaseArea' | 'type' | 'country' | 'mode' | 'language' | 'trl'

export type SearchResult = {
  total: number
  page: number
  size: number
  tookMs: number
  queryLanguages: string[]
  concepts: { code: string; term: string }[]
  hits: SearchHit[]
  facets: Partial<Record<FacetName, Record<string, number>>>
}

export type Suggestion = { text: string; kind: 'concept' | 'listing'; code?: string | null; listingId?: string | null }
