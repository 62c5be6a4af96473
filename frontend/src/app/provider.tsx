import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { ToastProvider } from '@/components/ui/toast'
import { meQueryKey } from '@/features/auth/api/get-me'
import { setLanguageProvider, setUnauthorizedHandler } from '@/lib/api-client'
import { currentLanguage } from '@/lib/i18n'

export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  // Set during render (idempotent) rather than in an effect, so the very first request already
  // has them. Any 401 means the session is gone: forget the user, so guarded pages ask to sign in.
  setUnauthorizedHandler(() => queryClient.setQueryData(meQueryKey, null))
  setLanguageProvider(currentLanguage)
  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>{children}</ToastProvider>
    </QueryClientProvider>
  )
}
