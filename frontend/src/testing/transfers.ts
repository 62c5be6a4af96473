import type { Dashboard, TransferView } from '@/types/transfers'

export function aTransfer(overrides: Partial<TransferView> = {}): TransferView {
  return {
    id: 't-1',
    listingId: 'l-1',
    listing: { reference: 'TH-1', title: 'CGM programme', providerName: 'Ruijin', providerCountry: 'CN', diseaseAreas: ['DIABETES'], technologyType: 'MEDICAL_DEVICE' },
    requesterInstitutionId: 'inst-2',
    requesterCountry: 'UZ',
    providerInstitutionId: 'inst-1',
    needId: null,
    application: {
      intendedUse: 'Endocrinology ward',
      readiness: [
        { requirement: 'CGM readers', answer: 'HAVE' },
        { requirement: 'Diabetes nurse', answer: 'MISSING' },
      ],
      readinessScore: 50,
      gaps: ['Diabetes nurse'],
      patientsPerYear: 800,
      professionalsToTrain: 6,
      preferredMode: 'TRAINING',
      timeline: 'Q1 2027',
    },
    status: 'SUBMITTED',
    followUps: {},
    createdAt: '2026-11-01T10:00:00Z',
    statusChangedAt: '2026-11-01T10:00:00Z',
    deadlineAt: '2026-11-15T10:00:00Z',
    overdue: true,
    followUpOverdue: false,
    as: ['PROVIDER'],
    actions: ['PROVIDER_REQUEST_INFO', 'ACCEPT', 'DECLINE', 'WITHDRAW'],
    unreadMessages: 1,
    history: [{ at: '2026-11-01T10:00:00Z', userId: 'u-r', userName: 'Dr Karimova', as: 'REQUESTER', action: null, from: null, to: 'SUBMITTED', comment: 'applied' }],
    version: 0,
    ...overrides,
  }
}

export function aDashboard(): Dashboard {
  return {
    computedAt: '2026-11-23T10:00:00Z',
    windowStart: '2026-02-27',
    windowEnd: '2029-02-27',
    technologies: { value: 12, target: 500, percent: 2.4, ratePerDay: 0.1, projectedDate: '2030-05-01', onTrack: false },
    professionals: { value: 140, target: 2000, percent: 7, ratePerDay: 1.2, projectedDate: '2029-01-10', onTrack: true },
    monthly: [
      { month: '2026-10', technologies: 8, technologiesPace: 110.2, professionals: 90, professionalsPace: 440.8 },
      { month: '2026-11', technologies: 12, technologiesPace: 123.9, professionals: 140, professionalsPace: 495.6 },
    ],
    breakdowns: {
      receivingCountry: [{ key: 'UZ', transfers: 7, professionals: 80 }, { key: 'KZ', transfers: 5, professionals: 60 }],
      providingCountry: [{ key: 'CN', transfers: 12, professionals: 140 }],
      diseaseArea: [{ key: 'DIABETES', transfers: 9, professionals: 100 }],
      technologyType: [],
      transferMode: [],
      declineReason: [{ key: 'CAPACITY', transfers: 3, professionals: 0 }],
    },
    funnel: {
      applications: 40, accepted: 25, approved: 20, completed: 12,
      acceptedPercent: 62.5, approvedPercent: 80, completedPercent: 60,
      medianDaysToAccept: 6, medianDaysToApprove: 3.5, medianDaysToComplete: 95,
    },
    overdue: { applications: 1, followUps: 0, items: [{ transferId: 't-7', listingTitle: 'Foot clinic', status: 'SUBMITTED', deadlineAt: '2026-11-02T00:00:00Z', followUpMonths: null }] },
  }
}
