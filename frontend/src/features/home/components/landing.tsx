import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { paths } from '@/config/paths'
import { currentLanguage } from '@/lib/i18n'
import type { User } from '@/types/api'
import { formatNumber } from '@/utils/format'
import { RoleCards } from './role-cards'

// The Center's targets (README): shown on the landing page for everyone.
const GOALS = { technologies: 500, professionals: 2000 }

export function Landing({ user }: { user: User | null }) {
  const { t } = useTranslation()
  const language = currentLanguage()
  return (
    <div className="landing">
      {user && <RoleCards user={user} />}

      <section className={`hero${user ? ' hero--compact' : ''}`} aria-labelledby="hero-title">
        <p className="hero__eyebrow">{t('app.center')}</p>
        {user ? <h2 id="hero-title">{t('home.title')}</h2> : <h1 id="hero-title">{t('home.title')}</h1>}
        <p className="hero__lead">{t('home.lead')}</p>
        {!user && (
          <div className="actions">
            <Link to={paths.register} className="btn btn--primary btn--large">
              {t('login.registerLink')}
            </Link>
            <Link to={paths.login} className="btn btn--secondary btn--large">
              {t('userMenu.signIn')}
            </Link>
          </div>
        )}
      </section>

      <section aria-labelledby="goals-title">
        <h2 id="goals-title">{t('home.goalsTitle')}</h2>
        <dl className="goals">
          <div className="goal">
            <dt>{t('home.goalTechnologies')}</dt>
            <dd>{formatNumber(GOALS.technologies, language)}</dd>
          </div>
          <div className="goal">
            <dt>{t('home.goalProfessionals')}</dt>
            <dd>{formatNumber(GOALS.professionals, language)}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="steps-title">
        <h2 id="steps-title">{t('home.stepsTitle')}</h2>
        <ol className="steps">
          <li>{t('home.stepPublish')}</li>
          <li>{t('home.stepFind')}</li>
          <li>{t('home.stepTransfer')}</li>
        </ol>
      </section>
    </div>
  )
}
