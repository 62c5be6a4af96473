import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, useLocation } from 'react-router-dom'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { paths } from '@/config/paths'
import { ApiError } from '@/lib/api-client'
import { can, type Policy } from '@/lib/authorization'
import { useUser } from '../api/get-me'

/** Shows children only when the policy holds; anonymous visitors are sent to sign in first. */
export function RequirePolicy({ policy, children }: { policy: Policy; children: ReactNode }) {
  const { t } = useTranslation()
  const { data: user, isPending, isError, error, refetch } = useUser()
  const location = useLocation()

  if (isPending) return <Spinner />
  if (isError) return <ErrorAlert error={error} onRetry={() => void refetch()} />
  if (!user) return <Navigate to={paths.login} replace state={{ from: location.pathname + location.search }} />
  if (!can(user, policy)) {
    return (
      <div className="page">
        <h1>{t('errors.forbidden')}</h1>
        <ErrorAlert error={new ApiError({ status: 403 })} />
      </div>
    )
  }
  return <>{children}</>
}
