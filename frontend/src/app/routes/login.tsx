import { useTranslation } from 'react-i18next'
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom'
import { Page } from '@/components/layout/page'
import { paths } from '@/config/paths'
import { useUser } from '@/features/auth/api/get-me'
import { LoginForm } from '@/features/auth/components/login-form'

/** Only same-app paths are followed after login (no open redirect). */
function safeTarget(from: unknown): string {
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : paths.home
}

export function LoginRoute() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const location = useLocation()
  const { data: user } = useUser()
  const target = safeTarget((location.state as { from?: unknown } | null)?.from)

  if (user) return <Navigate to={target} replace />
  return (
    <Page title={t('login.title')} intro={t('login.intro')} width="narrow">
      <div className="panel">
        <LoginForm onSuccess={() => navigate(target, { replace: true })} />
        <p className="panel__footer">
          {t('login.noAccount')} <Link to={paths.register}>{t('login.registerLink')}</Link>
        </p>
      </div>
    </Page>
  )
}
