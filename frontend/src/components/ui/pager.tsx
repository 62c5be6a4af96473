import { useTranslation } from 'react-i18next'

/** Previous / "page x of y" / next; `page` is zero-based as the API counts. */
export function Pager({ page, size, total, onPage }: { page: number; size: number; total: number; onPage: (page: number) => void }) {
  const { t } = useTranslation()
  const pages = Math.max(1, Math.ceil(total / size))
  if (pages <= 1) return null
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <button type="button" className="btn btn--secondary" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('common.previous')}
      </button>
      <span aria-live="polite">{t('pager.info', { page: page + 1, pages })}</span>
      <button type="button" className="btn btn--secondary" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
        {t('common.next')}
      </button>
    </nav>
  )
}
