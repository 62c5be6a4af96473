import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { needPath, paths } from '@/config/paths'
import { useCodeLabels } from '@/features/catalog/components/code-labels'
import { currentLanguage } from '@/lib/i18n'
import { formatDate } from '@/utils/format'
import { useMyNeeds } from '../api/get-my-needs'
import { NeedBadges } from './need-status'

export function MyNeeds({ canPost }: { canPost: boolean }) {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const needs = useMyNeeds()
  return (
    <>
      {canPost ? (
        <p>
          <Link className="btn btn--primary" to={paths.newNeed}>{t('needs.post')}</Link>
        </p>
      ) : (
        <p className="alert alert--info">{t('needs.notVerified')}</p>
      )}
      {needs.isPending ? (
        <Spinner />
      ) : needs.isError ? (
        <ErrorAlert error={needs.error} onRetry={() => void needs.refetch()} />
      ) : needs.data.length === 0 ? (
        <p className="empty">{t('needs.mine.empty')}</p>
      ) : (
        <ul className="card-list">
          {needs.data.map((n) => (
            <li key={n.id} className="card">
              <article aria-labelledby={`need-${n.id}`}>
                <h2 id={`need-${n.id}`} className="listing-card__title" lang={n.content.language}>
                  <Link to={needPath(n.id)}>{n.content.title ?? n.content.problemStatement.slice(0, 80)}</Link>
                </h2>
                <p className="listing-card__meta">
                  <NeedBadges status={n.status} visibility={n.visibility} />{' '}
                  <span className="muted">
                    {n.content.diseaseAreas.map((a) => labels.code('diseaseArea', a)).join(', ')} ·{' '}
                    {t('needs.updated', { date: formatDate(n.updatedAt, currentLanguage()) })}
                  </span>
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
