import type { NeedView } from '@/types/needs'

/** A need as its owner sees it; override what a test is about. */
export function aNeed(overrides: Partial<NeedView> = {}): NeedView {
  return {
    id: 'n-1',
    version: 2,
    institutionId: 'inst-1',
    own: true,
    status: 'OPEN',
    visibility: 'ANONYMOUS',
    content: {
      title: 'Retinopathy screening',
      problemStatement: 'We need to screen diabetic patients for retinopathy.',
      language: 'en',
      diseaseAreas: ['DIABETES'],
      technologyTypes: [],
      country: 'UZ',
      region: null,
      careSetting: 'REGIONAL_HOSPITAL',
      patientsPerYear: null,
      site: { equipment: [], specialists: [], it: [], lab: [] },
      budget: null,
      transferModes: [],
      minimumTrl: null,
      staffLanguages: ['ru'],
      timeline: null,
    },
    outcome: null,
    outcomeNote: null,
    matchedListingId: null,
    createdAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-01T00:00:00Z',
    openedAt: '2026-11-01T00:00:00Z',
    expiresAt: '2027-05-01T00:00:00Z',
    ...overrides,
  }
}
