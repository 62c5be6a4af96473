import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '@/components/ui/feedback'
import { exportUrl, useImportListings } from '../api/import-listings'

/** Staff upload an NDJSON or CSV file; a progress bar while it uploads, then the per-line report. */
export function ImportForm() {
  const { t } = useTranslation()
  const [file, setFile] = useState<File | null>(null)
  const [progress, setProgress] = useState<number | null>(null)
  const [missing, setMissing] = useState(false)
  const run = useImportListings()

  function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (!file) {
      setMissing(true)
      return
    }
    setProgress(0)
    run.mutate({ file, onProgress: setProgress })
  }

  const report = run.data
  return (
    <>
      <form className="form panel panel--wide" onSubmit={onSubmit} noValidate>
        <div className={`field${missing ? ' field--invalid' : ''}`}>
          <label htmlFor="import-file">{t('import.file')}</label>
          <input id="import-file" type="file" accept=".ndjson,.jsonl,.json,.csv,application/x-ndjson,text/csv"
            aria-describedby="import-hint" aria-invalid={missing || undefined}
            onChange={(e) => { setFile(e.target.files?.[0] ?? null); setMissing(false) }} />
          <p id="import-hint" className="field__hint">{t('import.hint')}</p>
          {missing && <p className="field__error">{t('validation.required')}</p>}
        </div>
        {run.isPending && progress !== null && (
          <div>
            <progress className="progress" max={1} value={progress} aria-label={t('import.progress')} />
            <p className="muted" aria-live="polite">
              {progress < 1 ? t('import.uploading', { percent: Math.round(progress * 100) }) : t('import.processing')}
            </p>
          </div>
        )}
        <button type="submit" className="btn btn--primary" disabled={run.isPending}>{t('import.submit')}</button>
      </form>
      {run.isError && <ErrorAlert error={run.error} />}
      {report && (
        <section aria-labelledby="import-report" className="listing-section">
          <h2 id="import-report">{t('import.report')}</h2>
          <p role="status">{t('import.summary', { created: report.created, updated: report.updated, failed: report.failed })}</p>
          {report.errors.length > 0 && (
            <div className="table-wrap">
              <table className="data-table">
                <caption className="visually-hidden">{t('import.errors')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('import.line')}</th>
                    <th scope="col">{t('import.reference')}</th>
                    <th scope="col">{t('import.message')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.errors.map((e) => (
                    <tr key={`${e.line}-${e.message}`}>
                      <td>{e.line}</td>
                      <td>{e.reference ?? '—'}</td>
                      <td>{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
      <section aria-labelledby="export-title" className="listing-section">
        <h2 id="export-title">{t('import.exportTitle')}</h2>
        <p className="actions">
          <a className="btn btn--secondary" href={exportUrl('csv')} download>{t('import.exportCsv')}</a>
          <a className="btn btn--secondary" href={exportUrl('xlsx')} download>{t('import.exportXlsx')}</a>
        </p>
      </section>
    </>
  )
}
