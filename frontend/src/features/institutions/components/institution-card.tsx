import { useTranslation } from 'react-i18next'
import { currentLanguage } from '@/lib/i18n'
import type { Institution } from '@/types/api'
import { countryName } from '@/utils/format'

export function StatusBadge({ status }: { status: Institution['status'] }) {
  const { t } = useTranslation()
  return (
    <span className={`badge badge--${status.toLowerCase()}`} data-status={status}>
      {t(`status.${status}`)}
    </span>
  )
}

/** An institution's name, place, type and verification status (with the reason when rejected). */
export function InstitutionCard({ institution }: { institution: Institution }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  return (
    <div className="institution-card">
      <p className="institution-card__name">
        <strong>{institution.name}</strong>
        {institution.nameLatin && institution.nameLatin !== institution.name && (
          <span className="muted"> · {institution.nameLatin}</span>
        )}
      </p>
      <p className="muted">
        {[institution.city, countryName(institution.country, language), t(`institutionType.${institution.type}`)]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {institution.website && (
        <p>
          <a href={institution.website} target="_blank" rel="noopener noreferrer">
            {institution.website}
          </a>
        </p>
      )}
      <p>
        <StatusBadge status={institution.status} />
      </p>
      {institution.status === 'REJECTED' && institution.rejectionReason && (
        <p>{t('home.rejectionReason', { reason: institution.rejectionReason })}</p>
      )}
    </div>
  )
}
