// The transfer API's shapes (org.transferhub.transfer.web.TransferView and friends, goals.Dashboard).

export type TransferStatus =
  | 'SUBMITTED'
  | 'INFO_REQUESTED'
  | 'ACCEPTED'
  | 'STAFF_INFO_REQUESTED'
  | 'APPROVED'
  | 'AGREEMENT_SIGNED'
  | 'TRAINING_DELIVERED'
  | 'DEPLOYED'
  | 'COMPLETION_CONFIRMED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'REJECTED'
  | 'WITHDRAWN'
  | 'CANCELLED'

export const FINAL_STATUSES: TransferStatus[] = ['COMPLETED', 'DECLINED', 'REJECTED', 'WITHDRAWN', 'CANCELLED']

export type ActorKind = 'REQUESTER' | 'PROVIDER' | 'STAFF'

export type TransferAction =
  | 'PROVIDER_REQUEST_INFO'
  | 'REQUESTER_PROVIDE_INFO'
  | 'ACCEPT'
  | 'DECLINE'
  | 'STAFF_REQUEST_INFO'
  | 'ANSWER_STAFF'
  | 'APPROVE'
  | 'REJECT'
  | 'SIGN_AGREEMENT'
  | 'RECORD_TRAINING'
  | 'RECORD_DEPLOYMENT'
  | 'CONFIRM_COMPLETION'
  | 'CLOSE'
  | 'WITHDRAW'
  | 'CANCEL'

export type ReadinessLevel = 'HAVE' | 'PARTIAL' | 'MISSING'
export type DeclineReason = 'CAPACITY' | 'SITE_NOT_READY' | 'REGULATORY' | 'OUT_OF_SCOPE' | 'COMMERCIAL' | 'OTHER'
export const DECLINE_REASONS: DeclineReason[] = ['CAPACITY', 'SITE_NOT_READY', 'REGULATORY', 'OUT_OF_SCOPE', 'COMMERCIAL', 'OTHER']
export type AgreementKind = 'MOU' | 'CONTRACT'

export type ReadinessAnswer = { requirement: string; answer: ReadinessLevel }

export type ApplyForm = {
  listingId: string
  needId?: string | null
  intendedUse: string
  readiness: ReadinessAnswer[]
  patientsPerYear: number
  professionalsToTrain: number
  preferredMode: string
  timeline: string
}

export type TransferApplication = {
  intendedUse: string
  readiness: ReadinessAnswer[]
  readinessScore: number
  gaps: string[]
  patientsPerYear: number
  professionalsToTrain: number
  preferredMode: string
  timeline: string
}

export type ListingSnapshot = {
  reference: string
  title: string | null
  providerName: string | null
  providerCountry: string | null
  diseaseAreas: string[]
  technologyType: string | null
}

export type FollowUp = {
  months: number
  dueAt: string
  patientsTreated?: number | null
  keyOutcome?: string | null
  adverseEvents?: string | null
  submittedBy?: string | null
  submittedAt?: string | null
}

export type TransferHistoryEntry = {
  at: string
  userId: string
  userName: string
  as: ActorKind
  action: TransferAction | null
  from: TransferStatus | null
  to: TransferStatus
  comment?: string | null
}

export type TransferView = {
  id: string
  listingId: string
  listing: ListingSnapshot
  requesterInstitutionId: string
  requesterCountry: string
  providerInstitutionId: string
  needId?: string | null
  application: TransferApplication
  status: TransferStatus
  infoRequestedFrom?: ActorKind | null
  acceptance?: { terms: string; trainingPlan: string; by: string; at: string } | null
  decline?: { code: DeclineReason; text: string; by: string; at: string } | null
  closingReason?: string | null
  agreement?: { kind: AgreementKind; signedOn: string; value?: number | null; currency?: string | null; by: string; at: string } | null
  training?: { professionalsTrained: number; professions: string[]; certificatesIssued: number; deliveredOn: string; by: string; at: string } | null
  deployment?: { goLiveOn: string; note?: string | null; by: string; at: string } | null
  followUps: Record<string, FollowUp>
  createdAt: string
  statusChangedAt: string
  deadlineAt?: string | null
  overdue: boolean
  followUpOverdue: boolean
  as: ActorKind[]
  actions: TransferAction[]
  unreadMessages?: number | null
  history?: TransferHistoryEntry[] | null
  version: number
}

export type TransferMessage = {
  id: string
  transferId: string
  authorUserId: string
  authorName: string
  authorAs: ActorKind
  text: string
  at: string
  attachments?: MessageFileRef[] | null
}

export type NotificationItem = { id: string; subject: string; text: string; link: string | null; createdAt: string; read: boolean }

export type Goal = { value: number; target: number; percent: number; ratePerDay: number; projectedDate: string | null; onTrack: boolean }
export type MonthPoint = { month: string; technologies: number; technologiesPace: number; professionals: number; professionalsPace: number }
export type Count = { key: string; transfers: number; professionals: number }
export type Dashboard = {
  computedAt: string
  windowStart: string
  windowEnd: string
  technologies: Goal
  professionals: Goal
  monthly: MonthPoint[]
  breakdowns: {
    receivingCountry: Count[]
    providingCountry: Count[]
    diseaseArea: Count[]
    technologyType: Count[]
    transferMode: Count[]
    declineReason: Count[]
  }
  funnel: {
    applications: number
    accepted: number
    approved: number
    completed: number
    acceptedPercent: number | null
    approvedPercent: number | null
    completedPercent: number | null
    medianDaysToAccept: number | null
    medianDaysToApprove: number | null
    medianDaysToComplete: number | null
  }
  overdue: {
    applications: number
    followUps: number
    items: { transferId: string; listingTitle: string | null; status: string; deadlineAt: string | null; followUpMonths: number | null }[]
  }
}

export type Impact = {
  technologiesShared: number
  technologiesTarget: number
  professionalsTrained: number
  professionalsTarget: number
  countriesReached: number
  windowStart: string
  windowEnd: string
}

export type TransferFileKind = 'APPLICATION' | 'AGREEMENT' | 'TRAINING' | 'DEPLOYMENT' | 'FOLLOW_UP' | 'MESSAGE'

export type TransferFile = {
  id: string
  transferId: string
  kind: TransferFileKind
  fileName: string
  contentType: string
  size: number
  uploadedAt: string
  uploadedBy: string
  uploadedByName: string
}

export type MessageFileRef = { fileId: string; fileName: string; contentType: string; size: number }
