// Every route of the app in one place; links and the router both read from here.
export const paths = {
  home: '/',
  login: '/login',
  register: '/register',
  profile: '/profile',
  staffInstitutions: '/staff/institutions',
  adminUsers: '/admin/users',
} as const

export type AppPath = (typeof paths)[keyof typeof paths]
