// Shapes of the backend's JSON, as documented in issue 2 (the API contract). Kept in one file so a
// contract change shows up as one diff.

export const ROLES = ['PROVIDER', 'REQUESTER', 'STAFF', 'ADMIN'] as const
export type Role = (typeof ROLES)[number]

/** Roles a person may pick when registering; STAFF and ADMIN are granted by an admin. */
export const SELF_SERVICE_ROLES = ['PROVIDER', 'REQUESTER'] as const satisfies readonly Role[]

export const VERIFICATION_STATUSES = ['PENDING', 'VERIFIED', 'REJECTED'] as const
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number]

export const INSTITUTION_TYPES = [
  'HOSPITAL',
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'COMPANY',
  'GOVERNMENT_BODY',
  'OTHER',
] as const
export type InstitutionType = (typeof INSTITUTION_TYPES)[number]

export type Institution = {
  id: string
  name: string
  nameLatin: string
  country: string
  type: InstitutionType
  city: string
  website?: string | null
  status: VerificationStatus
  rejectionReason?: string | null
}

export type User = {
  id: string
  username: string
  displayName: string
  email: string
  language: string
  roles: Role[]
  enabled: boolean
  createdAt: string
  lastLoginAt?: string | null
  institution: Institution | null
  /** How often notifications are emailed; accounts from before the setting have WEEKLY. */
  emailFrequency?: EmailFrequency
}

export const EMAIL_FREQUENCIES = ['IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF'] as const
export type EmailFrequency = (typeof EMAIL_FREQUENCIES)[number]

export type CountryGroup = 'MEMBER' | 'OBSERVER' | 'DIALOGUE_PARTNER' | 'OTHER'
export type Country = { code: string; group: CountryGroup }

export type PendingInstitution = Institution & { createdAt: string; registeredBy?: string | null }

export type AdminUser = Omit<User, 'language'> & { language?: string }
export type Page<T> = { items: T[]; total: number; page: number; size: number }
