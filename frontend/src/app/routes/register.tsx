import { useTranslation } from 'react-i18next'
import { Link, Navigate, useNavigate } from 'react-router-dom'
import { Page } from '@/components/layout/page'
import { paths } from '@/config/paths'
import { useUser } from '@/features/auth/api/get-me'
import { RegisterForm } from '@/features/auth/components/register-form'

export function RegisterRoute() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { data: user } = useUser()

  if (user) return <Navigate to={paths.home} replace />
  return (
    <Page title={t('register.title')} intro={t('register.intro')} width="form">
      <div className="panel panel--wide">
        <RegisterForm onSuccess={() => navigate(paths.home, { replace: true })} />
        <p className="panel__footer">
          {t('register.haveAccount')} <Link to={paths.login}>{t('register.loginLink')}</Link>
        </p>
      </div>
    </Page>
  )
}
