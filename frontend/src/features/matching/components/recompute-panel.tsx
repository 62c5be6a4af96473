import { useEffect, useRef } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ErrorAlert, Spinner } from '@/components/ui/feedback'
import { currentLanguage } from '@/lib/i18n'
import { formatDate } from '@/utils/format'
import { brokeringQueryKey } from '../api/get-brokering'
import { useRecomputeStatus, useStartRecompute } from '../api/full-recompute'

/**
 * Staff start a full recompute of every open need's matches and follow its progress (polled while
 * it runs). When a run ends, the brokering figures are fetched again, since they are built from the matches.
 */
export function RecomputePanel() {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const status = useRecomputeStatus()
  const start = useStartRecompute()
  const lang = currentLanguage()
  const state = status.data?.state
  const previous = useRef(state)

  useEffect(() => {
    if (previous.current === 'RUNNING' && state && state !== 'RUNNING') {
      void queryClient.invalidateQueries({ queryKey: brokeringQueryKey })
    }
    previous.current = state
  }, [state, queryClient])

  const job = status.data
  const running = state === 'RUNNING'
  return (
    <section aria-labelledby="brokering-recompute" className="brokering__recompute">
      <h2 id="brokering-recompute">{t('needs.brokering.recompute.title')}</h2>
      <p className="muted">{t('needs.brokering.recompute.intro')}</p>
      {status.isPending && <Spinner />}
      {status.isError && <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />}
      {job && (
        <div aria-live="polite">
          {job.state === 'IDLE' && <p>{t('needs.brokering.recompute.idle')}</p>}
          {running && (
            <p>
              <label>
                {t('needs.brokering.recompute.running', { done: job.done, total: job.total })}{' '}
                <progress max={Math.max(job.total, 1)} value={job.done} />
              </label>
            </p>
          )}
          {job.state === 'DONE' && (
            <p>{t('needs.brokering.recompute.done', { total: job.total, date: formatDate(job.finishedAt, lang) })}</p>
          )}
          {job.state === 'FAILED' && (
            <p className="alert alert--error">
              {t('needs.brokering.recompute.failed', { error: job.error ?? '?', date: formatDate(job.finishedAt, lang) })}
            </p>
          )}
        </div>
      )}
      {start.isError && <ErrorAlert error={start.error} />}
      <button type="button" className="btn btn--secondary" disabled={running || start.isPending || status.isPending} onClick={() => start.mutate()}>
        {t('needs.brokering.recompute.start')}
      </button>
    </section>
  )
}
