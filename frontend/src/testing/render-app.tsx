import { render } from '@testing-library/react'
import { RouterProvider, createMemoryRouter } from 'react-router-dom'
import { AppProvider } from '@/app/provider'
import { routes } from '@/app/router'
import { createQueryClient } from '@/lib/react-query'

/** Renders the whole app (layout, routes, providers) at a path, against the fake API. */
export function renderApp(path = '/') {
  const queryClient = createQueryClient()
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } })
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  const result = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  )
  return { ...result, router, queryClient }
}
