import { useTranslation } from 'react-i18next'
import type { NeedStatus, Visibility } from '@/types/needs'

export function NeedBadges({ status, visibility }: { status?: NeedStatus; visibility: Visibility }) {
  const { t } = useTranslation()
  return (
    <>
      {status && <span className={`badge ${status === 'OPEN' ? 'badge--verified' : 'badge--pending'}`}>{t(`needs.status.${status}`)}</span>}{' '}
      <span className="badge">{t(`needs.visibility.${visibility}`)}</span>
    </>
  )
}
