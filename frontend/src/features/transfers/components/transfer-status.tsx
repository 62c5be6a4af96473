import { useTranslation } from 'react-i18next'
import { currentLanguage } from '@/lib/i18n'
import type { TransferStatus } from '@/types/transfers'
import { formatDate } from '@/utils/format'

const TONE: Partial<Record<TransferStatus, string>> = {
  COMPLETED: 'badge--verified',
  APPROVED: 'badge--verified',
  DECLINED: 'badge--rejected',
  REJECTED: 'badge--rejected',
  WITHDRAWN: 'badge--rejected',
  CANCELLED: 'badge--rejected',
}

export function TransferStatusBadge({ status }: { status: TransferStatus }) {
  const { t } = useTranslation()
  return <span className={`badge ${TONE[status] ?? 'badge--pending'}`}>{t(`transfers.status.${status}`)}</span>
}

/** The next step's deadline; an overdue one is marked in words as well as colour. */
export function Deadline({ deadlineAt, overdue }: { deadlineAt?: string | null; overdue: boolean }) {
  const { t } = useTranslation()
  if (!deadlineAt) return null
  const date = formatDate(deadlineAt, currentLanguage())
  return overdue ? (
    <span className="deadline deadline--overdue">{t('transfers.overdueSince', { date })}</span>
  ) : (
    <span className="deadline">{t('transfers.dueBy', { date })}</span>
  )
}
