import { useTranslation } from 'react-i18next'

/** Last resort when rendering throws: no layout (it may be what broke), just a way out. */
export function CrashRoute() {
  const { t } = useTranslation()
  return (
    <div className="page crash" role="alert">
      <h1>{t('crash.title')}</h1>
      <p>{t('crash.text')}</p>
      <button type="button" className="btn btn--primary" onClick={() => window.location.reload()}>
        {t('crash.reload')}
      </button>
    </div>
  )
}
