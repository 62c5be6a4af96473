import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { paths } from '@/config/paths'
import { InstitutionCard } from '@/features/institutions/components/institution-card'
import { can, hasRole } from '@/lib/authorization'
import type { User } from '@/types/api'

/** What the signed-in person can do, by role, with links to where they do it. */
export function RoleCards({ user }: { user: User }) {
  const { t } = useTranslation()
  const institution = user.institution
  return (
    <section className="dashboard" aria-labelledby="welcome-title">
      <h1 id="welcome-title">{t('home.welcome', { name: user.displayName })}</h1>
      <div className="card-grid">
        <div className="card">
          <h3>{t('home.yourInstitution')}</h3>
          {institution ? <InstitutionCard institution={institution} /> : <p className="muted">{t('home.noInstitution')}</p>}
          {institution?.status === 'PENDING' && <p className="note">{t('home.pendingNote')}</p>}
        </div>
        <div className="card">
          <h3>{t('home.yourRoles')}</h3>
          <ul className="plain-list">
            {hasRole(user, 'PROVIDER') && <li>{t('home.providerCard')}</li>}
            {hasRole(user, 'REQUESTER') && <li>{t('home.requesterCard')}</li>}
            {can(user, 'institutions:verify') && (
              <li>
                {t('home.staffCard')} <Link to={paths.staffInstitutions}>{t('home.openVerification')}</Link>
              </li>
            )}
            {can(user, 'users:manage') && (
              <li>
                {t('home.adminCard')} <Link to={paths.adminUsers}>{t('home.openUsers')}</Link>
              </li>
            )}
          </ul>
          <p>
            <Link to={paths.profile}>{t('home.openProfile')}</Link>
          </p>
        </div>
      </div>
    </section>
  )
}
