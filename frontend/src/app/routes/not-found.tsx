import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { Page } from '@/components/layout/page'
import { paths } from '@/config/paths'

export function NotFoundRoute() {
  const { t } = useTranslation()
  return (
    <Page title={t('notFound.title')} intro={t('notFound.text')}>
      <p>
        <Link to={paths.home} className="btn btn--primary">
          {t('notFound.back')}
        </Link>
      </p>
    </Page>
  )
}
