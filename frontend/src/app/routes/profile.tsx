import { useTranslation } from 'react-i18next'
import { Page } from '@/components/layout/page'
import { useUser } from '@/features/auth/api/get-me'
import { RequirePolicy } from '@/features/auth/components/require-policy'
import { InstitutionCard } from '@/features/institutions/components/institution-card'
import { ProfileForm } from '@/features/profile/components/profile-form'

export function ProfileRoute() {
  return (
    <RequirePolicy policy="profile:edit">
      <Profile />
    </RequirePolicy>
  )
}

function Profile() {
  const { t } = useTranslation()
  const { data: user } = useUser()
  if (!user) return null
  return (
    <Page title={t('profile.title')} width="wide">
      <div className="card-grid">
        <section className="card" aria-labelledby="account-title">
          <h2 id="account-title">{t('profile.account')}</h2>
          <dl className="facts">
            <dt>{t('profile.username')}</dt>
            <dd>{user.username}</dd>
            <dt>{t('profile.email.address')}</dt>
            <dd>{user.email}</dd>
            <dt>{t('profile.roles')}</dt>
            <dd>{user.roles.map((role) => t(`roles.${role}`)).join(', ')}</dd>
          </dl>
          <ProfileForm key={user.id} user={user} />
        </section>
        <section className="card" aria-labelledby="institution-title">
          <h2 id="institution-title">{t('profile.institution')}</h2>
          {user.institution ? <InstitutionCard institution={user.institution} /> : <p className="muted">{t('home.noInstitution')}</p>}
        </section>
      </div>
    </Page>
  )
}
