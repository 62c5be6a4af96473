import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { useUser } from '@/features/auth/api/get-me'
import { Landing } from '@/features/home/components/landing'

export function HomeRoute() {
  const { t } = useTranslation()
  const { data: user, isPending, isError, error, refetch } = useUser()
  useEffect(() => {
    document.title = t('app.name')
  }, [t])
  if (isPending) return <Spinner />
  if (isError) return <ErrorAlert error={error} onRetry={() => void refetch()} />
  return <Landing user={user} />
}
