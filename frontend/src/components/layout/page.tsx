import { useEffect, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** A page's heading and the document title, which follow the UI language. */
type Width = 'narrow' | 'form' | 'normal' | 'wide'

export function Page({ title, intro, children, width = 'normal' }: { title: string; intro?: string; children: ReactNode; width?: Width }) {
  const { t } = useTranslation()
  useEffect(() => {
    document.title = t('app.documentTitle', { page: title })
  }, [t, title])
  return (
    <div className={`page page--${width}`}>
      <h1>{title}</h1>
      {intro && <p className="page__intro">{intro}</p>}
      {children}
    </div>
  )
}
